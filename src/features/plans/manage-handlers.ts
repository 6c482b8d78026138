import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { onlyWith } from "../roles/guard.ts";
import { planScreen, plansListScreen, type PlanScreen } from "./browse-screens.ts";
import { ANY_PLAN_MANAGE_DATA, PLAN_MANAGE_DATA } from "./callbacks.ts";
import { archivePlan, deletePlan, restorePlan, type ManageOutcome } from "./manage.ts";
import { archiveAskScreen, deleteAskScreen } from "./manage-screens.ts";

/** Archive, restore and delete, for methodologists and admins: every button re-checks the permission here. */
export const planManageFeature = new Composer<Context>();

const manage = planManageFeature.callbackQuery(ANY_PLAN_MANAGE_DATA);

manage.use(onlyWith("plans.import"));

/** The plan is not there (deleted meanwhile, or an id made up): said so, and the list shown. */
async function gone(ctx: Context) {
  await ctx.answerCallbackQuery({ text: ctx.t("plans-gone"), show_alert: true });
  await editScreen(ctx, await plansListScreen(ctx, 0));
}

async function ask(ctx: Context, screen: PlanScreen | null) {
  if (!screen) return gone(ctx);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

/** After archiving or restoring: a toast saying what happened (or that it already had), and the plan's card as it is now. */
async function settle(ctx: Context, planId: number, outcome: ManageOutcome, toast: { done: string; unchanged: string }) {
  const screen = outcome === "not-found" ? null : await planScreen(ctx, planId);
  if (!screen) return gone(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t(outcome === "done" ? toast.done : toast.unchanged) });
  await editScreen(ctx, screen);
}

manage.callbackQuery(PLAN_MANAGE_DATA.askArchive.pattern, async (ctx) => ask(ctx, await archiveAskScreen(ctx, ...PLAN_MANAGE_DATA.askArchive.parse(ctx.match))));

manage.callbackQuery(PLAN_MANAGE_DATA.archive.pattern, async (ctx) => {
  const [planId] = PLAN_MANAGE_DATA.archive.parse(ctx.match);
  const outcome = await archivePlan(ctx.deps.db, { planId, byId: ctx.member!.userId, at: ctx.deps.clock.now() });
  await settle(ctx, planId, outcome, { done: "plans-archived-done", unchanged: "plans-already-archived" });
});

manage.callbackQuery(PLAN_MANAGE_DATA.restore.pattern, async (ctx) => {
  const [planId] = PLAN_MANAGE_DATA.restore.parse(ctx.match);
  await settle(ctx, planId, await restorePlan(ctx.deps.db, planId), { done: "plans-restored-done", unchanged: "plans-not-archived" });
});

manage.callbackQuery(PLAN_MANAGE_DATA.askDelete.pattern, async (ctx) => ask(ctx, await deleteAskScreen(ctx, ...PLAN_MANAGE_DATA.askDelete.parse(ctx.match))));

manage.callbackQuery(PLAN_MANAGE_DATA.delete.pattern, async (ctx) => {
  const [planId] = PLAN_MANAGE_DATA.delete.parse(ctx.match);
  const deleted = await deletePlan(ctx.deps.db, planId);
  if (!deleted) return gone(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t("plans-deleted", { events: deleted.events }), show_alert: deleted.events > 0 });
  await editScreen(ctx, await plansListScreen(ctx, 0));
});
