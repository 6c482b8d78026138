import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { can } from "../roles/permissions.ts";
import { settingsMenu, settingsText } from "../settings/menu.ts";
import { mainMenu } from "./menus.ts";
import { showMainMenu } from "./show.ts";

/** /menu, /help and /settings, and the menus themselves (installed once, from the root). */
export const menuFeature = new Composer<Context>();

menuFeature.command("help", async (ctx) => {
  await ctx.reply(ctx.t("help-text"), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});

/** Everything below needs a registered person; others are sent to /start. */
const registered = menuFeature.filter((ctx) => ctx.member?.onboarded === true);

/** Admin menus are refused on the server to anyone without their permission, forged buttons included. */
registered.callbackQuery(/^admin[/-]/, async (ctx, next) => {
  const permission = ctx.callbackQuery.data.startsWith("admin-directory/") ? "directory.manage" : "roles.manage";
  if (can(ctx.member, permission)) return next();
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  await showMainMenu(ctx);
});
registered.use(mainMenu);
registered.command("menu", (ctx) => showMainMenu(ctx));
registered.command("settings", async (ctx) => {
  await ctx.reply(settingsText(ctx), { parse_mode: "HTML", reply_markup: settingsMenu });
});

menuFeature.command(["menu", "settings"], async (ctx) => {
  await ctx.reply(ctx.t("error-not-registered"));
});
