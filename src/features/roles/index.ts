import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { AppError } from "../../errors.ts";
import { editScreen } from "../../bot/screen.ts";
import { confirmRevokeGrantScreen, confirmRevokeInviteScreen, invitesScreen, rolesScreen } from "./admin-screens.ts";
import { ANY_ROLES_DATA, ROLES_DATA } from "./callbacks.ts";
import { revokeInvite } from "./invites.ts";
import { revokeGrant } from "./service.ts";
import { onlyWith } from "./guard.ts";

/** The admin's role and invite lists: every button re-checks the permission on the server. */
export const rolesFeature = new Composer<Context>();

const admin = rolesFeature.callbackQuery(ANY_ROLES_DATA);

admin.use(onlyWith("roles.manage"));

admin.callbackQuery(ROLES_DATA.roles.pattern, async (ctx) => {
  const [page] = ROLES_DATA.roles.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await rolesScreen(ctx, page));
});

admin.callbackQuery(ROLES_DATA.revokeGrant.pattern, async (ctx) => {
  const [grantId, page] = ROLES_DATA.revokeGrant.parse(ctx.match);
  const screen = await confirmRevokeGrantScreen(ctx, grantId, page);
  await ctx.answerCallbackQuery(screen ? undefined : { text: ctx.t("error-not-found") });
  await editScreen(ctx, screen ?? (await rolesScreen(ctx, page)));
});

admin.callbackQuery(ROLES_DATA.revokeGrantConfirmed.pattern, async (ctx) => {
  const [grantId, page] = ROLES_DATA.revokeGrantConfirmed.parse(ctx.match);
  const done = await outcome(() => revokeGrant(ctx.deps.db, { grantId, now: ctx.deps.clock.now() }));
  if (done) ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t(done ? "admin-role-revoked" : "error-not-found") });
  await editScreen(ctx, await rolesScreen(ctx, page));
});

admin.callbackQuery(ROLES_DATA.invites.pattern, async (ctx) => {
  const [page] = ROLES_DATA.invites.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await invitesScreen(ctx, page));
});

admin.callbackQuery(ROLES_DATA.revokeInvite.pattern, async (ctx) => {
  const [inviteId, page] = ROLES_DATA.revokeInvite.parse(ctx.match);
  const screen = await confirmRevokeInviteScreen(ctx, inviteId, page);
  await ctx.answerCallbackQuery(screen ? undefined : { text: ctx.t("error-not-found") });
  await editScreen(ctx, screen ?? (await invitesScreen(ctx, page)));
});

admin.callbackQuery(ROLES_DATA.revokeInviteConfirmed.pattern, async (ctx) => {
  const [inviteId, page] = ROLES_DATA.revokeInviteConfirmed.parse(ctx.match);
  const done = await outcome(() => revokeInvite(ctx.deps.db, { id: inviteId, at: ctx.deps.clock.now() }));
  await ctx.answerCallbackQuery({ text: ctx.t(done ? "admin-invite-revoked" : "error-not-found") });
  await editScreen(ctx, await invitesScreen(ctx, page));
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
