import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { MenuEntry } from "../../bot/main-menu.ts";

async function sendHelp(ctx: Context): Promise<void> {
  await ctx.reply(ctx.t("help-text"), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

/** /help, for anyone, registered or not. */
export const helpFeature = new Composer<Context>();

helpFeature.command("help", sendHelp);

/** "❓ Help", the last row of the main menu. */
export const helpMenuEntries: MenuEntry[] = [{ label: "menu-help", row: 70, run: sendHelp }];
