import { AppMenu } from "../../bot/menu.ts";
import { myRegistrationsScreen, upcomingScreen } from "../events/screens.ts";
import { can } from "../roles/permissions.ts";
import { editScreen } from "../../bot/screen.ts";
import { plansListScreen } from "../plans/browse-screens.ts";
import { plansExist } from "../plans/browse.ts";
import { adminMenu, adminMenuText } from "../admin/menu.ts";
import { profileMenu } from "../profile/menus.ts";
import { profileText } from "../profile/screen.ts";
import { settingsMenu, settingsText } from "../settings/menu.ts";
import { addEventManageButtons } from "../events/manage/menu-buttons.ts";

/** The root of every menu: entries come from the features that exist, per the person's roles. */
export const mainMenu = new AppMenu("main")
  .text((ctx) => ctx.t("menu-upcoming"), async (ctx) => {
    const person = ctx.member;
    if (person) await editScreen(ctx, await upcomingScreen(ctx, person, { range: "all", kind: null, page: 0 }));
  })
  .row()
  .text((ctx) => ctx.t("menu-my-registrations"), async (ctx) => {
    const person = ctx.member;
    if (person) await editScreen(ctx, await myRegistrationsScreen(ctx, person));
  })
  .row()
  .submenu((ctx) => ctx.t("menu-profile"), "profile", async (ctx) => {
    await ctx.editMessageText(profileText(ctx), { parse_mode: "HTML" });
  })
  .submenu((ctx) => ctx.t("menu-settings"), "settings", async (ctx) => {
    await ctx.editMessageText(settingsText(ctx), { parse_mode: "HTML" });
  })
  .row()
  .dynamic(async (ctx, range) => {
    if (await plansExist(ctx.deps.db, ctx.deps.clock.now())) {
      range.text((c) => c.t("menu-plans"), async (c) => editScreen(c, await plansListScreen(c, 0)));
    }
    if (can(ctx.member, "plans.import")) {
      range.text((c) => c.t("menu-plan-import"), async (c) => {
        await c.reply(c.t("plan-import-howto"), { parse_mode: "HTML" });
      });
    }
    range.row();
    addEventManageButtons(ctx, range);
    if (can(ctx.member, "roles.manage")) {
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
