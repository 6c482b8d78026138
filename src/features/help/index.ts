import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { HELP_DATA } from "./callbacks.ts";
import { helpScreen } from "./screen.ts";

/** /help, for anyone, registered or not. */
export const helpFeature = new Composer<Context>();

helpFeature.command("help", async (ctx) => {
  const screen = helpScreen(ctx);
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });
});

helpFeature.callbackQuery(HELP_DATA.menu, async (ctx) => {
  if (!ctx.member?.onboarded) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-registered") });
    return;
  }
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** "❓ Help", the last row of the main menu: help in place of the menu, with the way back. */
export const helpMenuEntries: MenuEntry[] = [{ label: "menu-help", row: 70, screen: async (ctx) => helpScreen(ctx) }];
