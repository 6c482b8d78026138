// The dga: buttons of the staff's self-diagnosis results. Every one checks "reports.view", and
// every group against the person's own scope, read from this update's member and the database:
// an id written into a forged button opens nothing the person may not see.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { MenuEntry } from "../../bot/main-menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { editScreen, type Screen } from "../../bot/screen.ts";
import { onlyWith } from "../roles/guard.ts";
import { can } from "../roles/permissions.ts";
import { AGGREGATE_DATA as DATA, ANY_AGGREGATE_DATA } from "./aggregates-callbacks.ts";
import { loadStaffQuestionnaire, maySeeMunicipality, maySeeSchool, municipalityAggregate, regionAggregate, schoolAggregate, staffViewOf, type StaffQuestionnaire, type StaffView } from "./aggregates-service.ts";
import { aggregateListScreen, aggregateOverviewScreen, municipalityScreen, regionScreen, schoolScreen, sendGroupChart } from "./aggregates-screens.ts";

export const diagnosticsAggregatesFeature = new Composer<Context>();
const buttons = diagnosticsAggregatesFeature.callbackQuery(ANY_AGGREGATE_DATA);
buttons.use(onlyWith("reports.view"));

const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
const notFound = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("diagnostics-aggregate-not-found") });

/** The questionnaire and the person's scope, or an answer saying why not (then null). */
async function prepare(ctx: Context, questionnaireId: number): Promise<{ questionnaire: StaffQuestionnaire; view: StaffView } | null> {
  const questionnaire = await loadStaffQuestionnaire(ctx.deps.db, questionnaireId);
  if (!questionnaire) {
    await notFound(ctx);
    return null;
  }
  return { questionnaire, view: staffViewOf(ctx.member) };
}

async function show(ctx: Context, screen: Screen | null): Promise<void> {
  if (!screen) return void (await notFound(ctx));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

buttons.callbackQuery(DATA.list.pattern, async (ctx) => show(ctx, await aggregateListScreen(ctx)));

buttons.callbackQuery(DATA.open.pattern, async (ctx) => {
  const [questionnaireId, page] = DATA.open.parse(ctx.match);
  const ready = await prepare(ctx, questionnaireId);
  if (ready) await show(ctx, await aggregateOverviewScreen(ctx, ready.questionnaire, ready.view, page));
});

buttons.callbackQuery(DATA.region.pattern, async (ctx) => {
  const ready = await prepare(ctx, ...DATA.region.parse(ctx.match));
  if (!ready) return;
  if (!ready.view.region) return void (await notAllowed(ctx));
  await show(ctx, await regionScreen(ctx, ready.questionnaire));
});

buttons.callbackQuery(DATA.municipality.pattern, async (ctx) => {
  const [questionnaireId, municipalityId, page] = DATA.municipality.parse(ctx.match);
  const ready = await prepare(ctx, questionnaireId);
  if (!ready) return;
  if (!maySeeMunicipality(ready.view, municipalityId)) return void (await notAllowed(ctx));
  await show(ctx, await municipalityScreen(ctx, ready.questionnaire, municipalityId, ready.view, page));
});

buttons.callbackQuery(DATA.school.pattern, async (ctx) => {
  const [questionnaireId, schoolId] = DATA.school.parse(ctx.match);
  const ready = await prepare(ctx, questionnaireId);
  if (!ready) return;
  if (!(await maySeeSchool(ctx.deps.db, ready.view, schoolId))) return void (await notAllowed(ctx));
  await show(ctx, await schoolScreen(ctx, ready.questionnaire, schoolId, ready.view));
});

buttons.callbackQuery(DATA.chart.pattern, async (ctx) => {
  const [kind, questionnaireId, placeId] = DATA.chart.parse(ctx.match);
  const ready = await prepare(ctx, questionnaireId);
  if (!ready) return;
  const { questionnaire, view } = ready;
  const db = ctx.deps.db;
  const allowed = kind === "r" ? view.region : kind === "m" ? maySeeMunicipality(view, placeId) : await maySeeSchool(db, view, placeId);
  if (!allowed) return void (await notAllowed(ctx));
  const group =
    kind === "r"
      ? { name: ctx.t("diagnostics-aggregate-region"), aggregate: (await regionAggregate(db, questionnaire)).total }
      : kind === "m"
        ? (await municipalityAggregate(db, questionnaire, placeId, view))?.municipality
        : await schoolAggregate(db, questionnaire, placeId, view);
  if (!group?.aggregate.shown) return void (await notFound(ctx));
  await ctx.answerCallbackQuery();
  await sendGroupChart(ctx, questionnaire, { name: group.name, aggregate: group.aggregate });
});

buttons.callbackQuery(DATA.menu.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** An old or made-up button of this feature changes nothing. */
buttons.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});

const views = (ctx: Context) => can(ctx.member, "reports.view");

/** "📊 Self-diagnosis results", for coordinators, methodologists and admins (checked again on press). */
export const diagnosticsAggregateMenuEntries: MenuEntry[] = [
  { label: "diagnostics-aggregate-menu", row: 46, shows: views, screen: async (ctx) => (views(ctx) ? aggregateListScreen(ctx) : null) },
];
