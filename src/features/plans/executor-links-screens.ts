// The methodologist's screens for a plan's executors that match nothing in the directory: the list,
// then a municipality of the plan's territory, then its education body or one of its schools.
// Plain buttons rather than the conversation pickers: each step is one tap that carries all it
// needs (plan, executor, municipality), so an old screen still works after a restart.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import { listSchools } from "../directory/service.ts";
import type { PlanScreen } from "./browse-screens.ts";
import { EXECUTOR_DATA, PLAN_DATA } from "./callbacks.ts";
import { linkableMunicipalities, unlinkedExecutors } from "./executor-links.ts";
import { cut } from "./words.ts";

const PER_PAGE = 8;

/** "🔗 Unlinked executors: 5" on a plan's screen, for those who may link them; nothing when there are none. */
export async function unlinkedButton(ctx: Context, planId: number): Promise<[string, string] | null> {
  const count = (await unlinkedExecutors(ctx.deps.db, planId)).length;
  return count ? [ctx.t("plan-deadline-unlinked-button", { count }), EXECUTOR_DATA.list(planId, 0)] : null;
}

export async function unlinkedListScreen(ctx: Context, planId: number, page: number, lead?: string): Promise<PlanScreen | null> {
  const plan = await ctx.deps.db.plan.findUnique({ where: { id: planId }, select: { title: true } });
  if (!plan) return null;
  const executors = await unlinkedExecutors(ctx.deps.db, planId);
  const shown = pageOf(executors, page, PER_PAGE);
  const keyboard = new InlineKeyboard();
  for (const executor of shown.items) keyboard.text(cut(executor.name, 60), EXECUTOR_DATA.executor(planId, executor.id, 0)).row();
  addPager(keyboard, shown, EXECUTOR_DATA.list.pagerPrefix(planId));
  keyboard.row().text(ctx.t("button-back"), PLAN_DATA.plan(planId));
  const numbered = shown.items.map((executor, index) => `${shown.page * PER_PAGE + index + 1}. ${esc(cut(executor.name, 200))}`);
  const body = executors.length
    ? [ctx.t("plan-deadline-unlinked-title", { plan: esc(cut(plan.title, 200)), count: executors.length }), numbered.join("\n"), ctx.t("plan-deadline-unlinked-pick")]
    : [ctx.t("plan-deadline-unlinked-none", { plan: esc(cut(plan.title, 200)) })];
  return { text: [...(lead ? [lead] : []), ...body].join("\n\n"), keyboard };
}

async function executorName(ctx: Context, planId: number, organisationId: number): Promise<string | null> {
  const executors = await unlinkedExecutors(ctx.deps.db, planId);
  return executors.find((executor) => executor.id === organisationId)?.name ?? null;
}

/** The municipalities of the plan's territory; a municipal plan goes straight to its one municipality. */
export async function executorScreen(ctx: Context, planId: number, organisationId: number, page: number): Promise<PlanScreen | null> {
  const name = await executorName(ctx, planId, organisationId);
  if (name === null) return null;
  const municipalities = await linkableMunicipalities(ctx.deps.db, planId);
  if (municipalities.length === 1) return municipalityScreen(ctx, planId, organisationId, municipalities[0]!.id, 0);
  const shown = pageOf(municipalities, page, PER_PAGE);
  const keyboard = new InlineKeyboard();
  for (const municipality of shown.items) keyboard.text(cut(municipality.name, 60), EXECUTOR_DATA.municipality(planId, organisationId, municipality.id, 0)).row();
  addPager(keyboard, shown, EXECUTOR_DATA.executor.pagerPrefix(planId, organisationId));
  keyboard.row().text(ctx.t("button-back"), EXECUTOR_DATA.list(planId, 0));
  return { text: ctx.t("plan-deadline-link-municipality", { executor: esc(cut(name, 300)) }), keyboard };
}

/** The municipality's education body, then its schools. */
export async function municipalityScreen(ctx: Context, planId: number, organisationId: number, municipalityId: number, page: number): Promise<PlanScreen | null> {
  const name = await executorName(ctx, planId, organisationId);
  const municipalities = await linkableMunicipalities(ctx.deps.db, planId);
  const municipality = municipalities.find((each) => each.id === municipalityId);
  if (name === null || !municipality) return null;
  const shown = pageOf(await listSchools(ctx.deps.db, municipalityId), page, PER_PAGE);
  const keyboard = new InlineKeyboard().text(ctx.t("plan-deadline-link-body", { municipality: cut(municipality.name, 50) }), EXECUTOR_DATA.linkBody(planId, organisationId, municipalityId)).row();
  for (const school of shown.items) keyboard.text(cut(school.name, 60), EXECUTOR_DATA.linkSchool(planId, organisationId, school.id)).row();
  addPager(keyboard, shown, EXECUTOR_DATA.municipality.pagerPrefix(planId, organisationId, municipalityId));
  keyboard.row().text(ctx.t("button-back"), municipalities.length === 1 ? EXECUTOR_DATA.list(planId, 0) : EXECUTOR_DATA.executor(planId, organisationId, 0));
  return { text: ctx.t("plan-deadline-link-place", { executor: esc(cut(name, 300)), municipality: esc(municipality.name) }), keyboard };
}
