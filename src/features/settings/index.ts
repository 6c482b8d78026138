import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { MenuEntry } from "../../bot/main-menu.ts";
import { settingsMenu } from "./menu.ts";
import { settingsText } from "./screen.ts";

/** /settings, for registered people; others are sent to /start. */
export const settingsFeature = new Composer<Context>();

settingsFeature.command("settings", async (ctx) => {
  if (ctx.member?.onboarded !== true) return void (await ctx.reply(ctx.t("error-not-registered")));
  await ctx.reply(settingsText(ctx), { parse_mode: "HTML", reply_markup: await settingsMenu.markup(ctx) });
});

/** "⚙️ Settings", beside Profile in the main menu. */
export const settingsMenuEntries: MenuEntry[] = [{ label: "menu-settings", row: 30, order: 2, submenu: settingsMenu, title: settingsText }];
