import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { directoryScreen } from "../directory/screens.ts";
import { requestsScreen } from "../school-requests/screens.ts";
import { CREATE_INVITE } from "./ids.ts";
import { invitesScreen, rolesScreen } from "../roles/admin-screens.ts";

export function adminMenuText(ctx: Context): string {
  return ctx.t("admin-title");
}

/** The admin's hub; src/features/admin/index.ts refuses its buttons to anyone who is not an admin. */
export const adminMenu = new AppMenu("admin")
  .text(
    (ctx) => ctx.t("admin-new-invite"),
    async (ctx) => {
      await ctx.menu.close({ immediate: true });
      await ctx.conversation.enter(CREATE_INVITE, { lang: pickLocale(ctx.member?.lang, undefined) });
    },
  )
  .row()
  .text(
    (ctx) => ctx.t("admin-invites"),
    async (ctx) => {
      await editScreen(ctx, await invitesScreen(ctx, 0));
    },
  )
  .text(
    (ctx) => ctx.t("admin-roles"),
    async (ctx) => {
      await editScreen(ctx, await rolesScreen(ctx, 0));
    },
  )
  .row()
  .text(
    (ctx) => ctx.t("admin-directory"),
    async (ctx) => {
      await editScreen(ctx, await directoryScreen(ctx, 0));
    },
  )
  .text(
    (ctx) => ctx.t("admin-school-requests"),
    async (ctx) => {
      await editScreen(ctx, await requestsScreen(ctx, 0));
    },
  )
  .row()
  .text((ctx) => ctx.t("button-back"), (ctx) => showHome(ctx, { edit: true }));
