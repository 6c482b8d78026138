import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { AppError } from "../../errors.ts";
import { editScreen } from "../../bot/screen.ts";
import { adminMenu, adminMenuText } from "../admin/menu.ts";
import { invitesScreen, rolesScreen } from "./admin-screens.ts";
import { revokeInvite } from "./invites.ts";
import { can } from "./permissions.ts";
import { revokeGrant } from "./service.ts";

/** The admin's role and invite lists: every button re-checks the permission on the server. */
export const rolesFeature = new Composer<Context>();

const admin = rolesFeature.callbackQuery(/^adm:/);

admin.use(async (ctx, next) => {
  if (can(ctx.member, "roles.manage")) return next();
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
});

admin.callbackQuery("adm:back", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(adminMenuText(ctx), { parse_mode: "HTML", reply_markup: adminMenu });
});

admin.callbackQuery(/^adm:rg:p:(\d{1,6})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await rolesScreen(ctx, Number(ctx.match[1])));
});

admin.callbackQuery(/^adm:rg:rv:(\d{1,9}):(\d{1,6})$/, async (ctx) => {
  const done = await outcome(() => revokeGrant(ctx.deps.db, Number(ctx.match[1])));
  await ctx.answerCallbackQuery({ text: ctx.t(done ? "admin-role-revoked" : "error-not-found") });
  await editScreen(ctx, await rolesScreen(ctx, Number(ctx.match[2])));
});

admin.callbackQuery(/^adm:iv:p:(\d{1,6})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await invitesScreen(ctx, Number(ctx.match[1])));
});

admin.callbackQuery(/^adm:iv:rv:(\d{1,9}):(\d{1,6})$/, async (ctx) => {
  const done = await outcome(() => revokeInvite(ctx.deps.db, { id: Number(ctx.match[1]), at: ctx.deps.clock.now() }));
  await ctx.answerCallbackQuery({ text: ctx.t(done ? "admin-invite-revoked" : "error-not-found") });
  await editScreen(ctx, await invitesScreen(ctx, Number(ctx.match[2])));
});

/** Runs a service call; a not-found (someone else got there first) is an answer, not a failure. */
async function outcome(action: () => Promise<void>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") return false;
    throw error;
  }
}
