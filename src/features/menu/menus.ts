import { AppMenu } from "../../bot/menu.ts";
import { can } from "../roles/permissions.ts";
import { adminMenu, adminMenuText } from "../admin/menu.ts";
import { profileMenu } from "../profile/menus.ts";
import { profileText } from "../profile/screen.ts";
import { settingsMenu, settingsText } from "../settings/menu.ts";

/** The root of every menu: entries come from the features that exist, per the person's roles. */
export const mainMenu = new AppMenu("main")
  .submenu((ctx) => ctx.t("menu-profile"), "profile", async (ctx) => {
    await ctx.editMessageText(await profileText(ctx), { parse_mode: "HTML" });
  })
  .submenu((ctx) => ctx.t("menu-settings"), "settings", async (ctx) => {
    await ctx.editMessageText(settingsText(ctx), { parse_mode: "HTML" });
  })
  .row()
  .dynamic((ctx, range) => {
    if (can(ctx.actor, "roles.manage")) {
      range.submenu((c) => c.t("menu-admin"), "admin", async (c) => {
        await c.editMessageText(adminMenuText(c), { parse_mode: "HTML" });
      });
      range.row();
    }
  })
  .text((ctx) => ctx.t("menu-help"), async (ctx) => {
    await ctx.reply(ctx.t("help-text"), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  });

mainMenu.register([profileMenu, settingsMenu, adminMenu]);
