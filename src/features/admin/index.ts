import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { can } from "../roles/permissions.ts";
import { ADMIN_DATA } from "./callbacks.ts";
import { adminMenu, adminMenuText } from "./menu.ts";

/**
 * Refuses the admin menus' buttons, forged ones included, to anyone without their permission,
 * on the server; it goes before the main menu, which handles those buttons as its submenus.
 */
export const adminFeature = new Composer<Context>();

adminFeature.filter((ctx) => ctx.member?.onboarded === true).callbackQuery(/^admin\//, async (ctx, next) => {
  if (can(ctx.member, "roles.manage")) return next();
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  await showHome(ctx);
});

/** "Back" from the roles, invites and directory screens: the hub again, in place. */
adminFeature.callbackQuery(ADMIN_DATA.home, async (ctx) => {
  if (!can(ctx.member, "roles.manage")) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(adminMenuText(ctx), { parse_mode: "HTML", reply_markup: await adminMenu.markup(ctx) });
});

/** "🛠 Administration", a row of its own in the main menu, for admins only. */
export const adminMenuEntries: MenuEntry[] = [
  { label: "menu-admin", row: 60, shows: (ctx) => can(ctx.member, "roles.manage"), submenu: adminMenu, title: adminMenuText },
];
