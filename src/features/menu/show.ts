import type { Context } from "../../bot/context.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { mainMenu } from "./menus.ts";
import { mainMenuText } from "./text.ts";

/**
 * Sends the main menu as a new message. With `lang`, the person is loaded afresh first: the
 * caller (the end of onboarding) has just changed what the menu depends on.
 */
export async function showMainMenu(ctx: Context, opts: { lang?: string } = {}): Promise<void> {
  if (opts.lang) {
    await reloadMember(ctx);
    ctx.i18n.useLocale(opts.lang);
  }
  await ctx.reply(mainMenuText(ctx), { parse_mode: "HTML", reply_markup: await mainMenu.markup(ctx) });
}
