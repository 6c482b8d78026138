import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { can } from "../roles/permissions.ts";
import { adminMenu, adminMenuText } from "./menu.ts";

/**
 * Refuses the admin menus' buttons, forged ones included, to anyone without their permission,
 * on the server; it goes before the main menu, which handles those buttons as its submenus.
 */
export const adminFeature = new Composer<Context>();

adminFeature.filter((ctx) => ctx.member?.onboarded === true).callbackQuery(/^admin[/-]/, async (ctx, next) => {
  const permission = ctx.callbackQuery.data.startsWith("admin-directory/") ? "directory.manage" : "roles.manage";
  if (can(ctx.member, permission)) return next();
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  await showHome(ctx);
});

/** "🛠 Administration", a row of its own in the main menu, for admins only. */
export const adminMenuEntries: MenuEntry[] = [
  { label: "menu-admin", row: 60, shows: (ctx) => can(ctx.member, "roles.manage"), submenu: adminMenu, title: adminMenuText },
];
