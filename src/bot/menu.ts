import { Menu, type MenuOptions } from "@grammyjs/menu";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Context } from "./context.ts";

/**
 * A Menu that can also be rendered where its middleware has not run: at the end of a
 * conversation, whose update never reaches the menus installed after the conversations.
 */
export class AppMenu extends Menu<Context> {
  /** Public here (protected in Menu): the main menu navigates to its submenus by id. */
  constructor(
    override readonly id: string,
    options: Partial<MenuOptions<Context>> = {},
  ) {
    super(id, {
      onMenuOutdated: async (ctx) => {
        await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
        await ctx.menu.update();
      },
      ...options,
    });
  }

  async markup(ctx: Context): Promise<InlineKeyboardMarkup> {
    return { inline_keyboard: await this.render(ctx) };
  }
}
