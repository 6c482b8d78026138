import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { esc } from "../../bot/html.ts";
import { onlyWith } from "../roles/guard.ts";
import type { PlanScreen } from "./browse-screens.ts";
import { EXECUTOR_DATA } from "./callbacks.ts";
import { linkExecutorByHand, type ExecutorLink } from "./executor-links.ts";
import { executorScreen, municipalityScreen, unlinkedListScreen } from "./executor-links-screens.ts";
import { cut } from "./words.ts";

/** A methodologist links a plan's unmatched executors to schools and municipalities (permission plans.import). */
export const executorLinksFeature = new Composer<Context>();

const staff = executorLinksFeature.filter((ctx) => ctx.member?.onboarded === true).callbackQuery(/^px:/, onlyWith("plans.import"));

async function show(ctx: Context, screen: PlanScreen | null, fallbackPlanId: number): Promise<void> {
  if (!screen) {
    // The executor was linked meanwhile (or the data is forged): back to what is left to link.
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    const list = await unlinkedListScreen(ctx, fallbackPlanId, 0);
    if (list) await editScreen(ctx, list);
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

staff.callbackQuery(EXECUTOR_DATA.list.pattern, async (ctx) => {
  const [planId, page] = EXECUTOR_DATA.list.parse(ctx.match);
  const screen = await unlinkedListScreen(ctx, planId, page);
  if (!screen) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-found") });
    return;
  }
  await show(ctx, screen, planId);
});
staff.callbackQuery(EXECUTOR_DATA.executor.pattern, async (ctx) => {
  const [planId, organisationId, page] = EXECUTOR_DATA.executor.parse(ctx.match);
  await show(ctx, await executorScreen(ctx, planId, organisationId, page), planId);
});
staff.callbackQuery(EXECUTOR_DATA.municipality.pattern, async (ctx) => {
  const [planId, organisationId, municipalityId, page] = EXECUTOR_DATA.municipality.parse(ctx.match);
  await show(ctx, await municipalityScreen(ctx, planId, organisationId, municipalityId, page), planId);
});

async function link(ctx: Context, planId: number, organisationId: number, target: ExecutorLink): Promise<void> {
  const organisation = await ctx.deps.db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  const linked = await linkExecutorByHand(ctx.deps.db, { planId, organisationId, link: target });
  if (!linked || !organisation) {
    await show(ctx, null, planId);
    return;
  }
  const place = "schoolId" in target
    ? (await ctx.deps.db.school.findUniqueOrThrow({ where: { id: target.schoolId }, select: { name: true } })).name
    : ctx.t("plan-deadline-body-of", { municipality: (await ctx.deps.db.municipality.findUniqueOrThrow({ where: { id: target.municipalityId }, select: { name: true } })).name });
  await ctx.answerCallbackQuery({ text: ctx.t("plan-deadline-linked-answer") });
  const lead = ctx.t("plan-deadline-linked", { executor: esc(cut(organisation.name, 200)), place: esc(cut(place, 200)) });
  const list = await unlinkedListScreen(ctx, planId, 0, lead);
  if (list) await editScreen(ctx, list);
}

staff.callbackQuery(EXECUTOR_DATA.linkSchool.pattern, async (ctx) => {
  const [planId, organisationId, schoolId] = EXECUTOR_DATA.linkSchool.parse(ctx.match);
  await link(ctx, planId, organisationId, { schoolId });
});
staff.callbackQuery(EXECUTOR_DATA.linkBody.pattern, async (ctx) => {
  const [planId, organisationId, municipalityId] = EXECUTOR_DATA.linkBody.parse(ctx.match);
  await link(ctx, planId, organisationId, { municipalityId });
});
