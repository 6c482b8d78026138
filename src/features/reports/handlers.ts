// The rp: buttons of the reports. Every one checks "reports.view", and every scope again against
// the person's grants and the directory: a scope or half-year written into a forged button opens
// nothing. The exports' own buttons (rp:e, rp:ev) are answered in export-handlers.ts.
import { Composer, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome } from "../../bot/main-menu.ts";
import { editScreen, type Screen } from "../../bot/screen.ts";
import { formatDate } from "../../i18n/dates.ts";
import { onlyWith } from "../roles/guard.ts";
import { can } from "../roles/permissions.ts";
import type { MenuEntry } from "../../bot/main-menu.ts";
import { staffViewOf } from "../diagnostics/aggregates-service.ts";
import { ANY_REPORT_DATA, REPORT_DATA as DATA } from "./callbacks.ts";
import { indicatorsChartInput, monitoringFile } from "./files.ts";
import { computeIndicators, isEmpty } from "./indicators.ts";
import { renderIndicatorsChart } from "./chart.ts";
import { halfYearFromCode, periodOf, type HalfYear } from "./period.ts";
import { mayReportOn, type ReportScope } from "./scope.ts";
import { exportsScreen, halfYearWords, indicatorsScreen, municipalitiesScreen, nameOf, reportsHomeScreen, schoolsScreen } from "./screens.ts";

export const reportsFeature = new Composer<Context>();
const buttons = reportsFeature.callbackQuery(ANY_REPORT_DATA);
buttons.use(onlyWith("reports.view"));

const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });

async function show(ctx: Context, screen: Screen | null): Promise<void> {
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

/** The scope and half-year of a button, when they are real and the person may see them; else answered and null. */
async function allowed(ctx: Context, kind: "r" | "m" | "s", id: number, code: number): Promise<{ scope: ReportScope; half: HalfYear } | null> {
  const half = halfYearFromCode(code);
  const scope = (kind === "r" ? (id === 0 ? { kind, id } : null) : { kind, id }) as ReportScope | null;
  if (!half || !scope || periodOf(half, ctx.deps.config.defaultTimezone).from > ctx.deps.clock.now()) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return null;
  }
  if (!(await mayReportOn(ctx.deps.db, ctx.member, scope))) {
    await notAllowed(ctx);
    return null;
  }
  return { scope, half };
}

buttons.callbackQuery(DATA.home.pattern, async (ctx) => show(ctx, await reportsHomeScreen(ctx)));

buttons.callbackQuery(DATA.municipalities.pattern, async (ctx) => {
  if (!staffViewOf(ctx.member).region) return void (await notAllowed(ctx));
  await show(ctx, await municipalitiesScreen(ctx, ...DATA.municipalities.parse(ctx.match)));
});

buttons.callbackQuery(DATA.schools.pattern, async (ctx) => {
  const [municipalityId, page] = DATA.schools.parse(ctx.match);
  if (!(await mayReportOn(ctx.deps.db, ctx.member, { kind: "m", id: municipalityId }))) return void (await notAllowed(ctx));
  await show(ctx, await schoolsScreen(ctx, municipalityId, page));
});

buttons.callbackQuery(DATA.indicators.pattern, async (ctx) => {
  const ready = await allowed(ctx, ...DATA.indicators.parse(ctx.match));
  if (ready) await show(ctx, await indicatorsScreen(ctx, ready.scope, ready.half));
});

buttons.callbackQuery(DATA.open.pattern, async (ctx) => {
  const ready = await allowed(ctx, ...DATA.open.parse(ctx.match));
  if (!ready) return;
  const screen = await indicatorsScreen(ctx, ready.scope, ready.half);
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  await ctx.answerCallbackQuery();
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
});

buttons.callbackQuery(DATA.exports.pattern, async (ctx) => {
  const [kind, id, code, format] = DATA.exports.parse(ctx.match);
  const ready = await allowed(ctx, kind, id, code);
  if (ready) await show(ctx, await exportsScreen(ctx, ready.scope, ready.half, format));
});

/** The indicators of a button's scope and half-year, or an answer saying there are none (then null). */
async function indicatorsOf(ctx: Context, scope: ReportScope, half: HalfYear) {
  const indicators = await computeIndicators(ctx.deps.db, { scope, period: periodOf(half, ctx.deps.config.defaultTimezone), now: ctx.deps.clock.now(), viewer: ctx.member });
  if (!isEmpty(indicators)) return indicators;
  await ctx.answerCallbackQuery({ text: ctx.t("report-no-data-short", { name: await nameOf(ctx, scope), period: halfYearWords(ctx, half) }), show_alert: true });
  return null;
}

buttons.callbackQuery(DATA.chart.pattern, async (ctx) => {
  const ready = await allowed(ctx, ...DATA.chart.parse(ctx.match));
  if (!ready) return;
  const indicators = await indicatorsOf(ctx, ready.scope, ready.half);
  if (!indicators) return;
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_photo");
  const input = indicatorsChartInput(ctx, indicators, { name: await nameOf(ctx, ready.scope), half: ready.half });
  await ctx.replyWithPhoto(new InputFile(await renderIndicatorsChart(input), "indicators.png"), { caption: `${input.title}\n${input.subtitle}` });
});

buttons.callbackQuery(DATA.report.pattern, async (ctx) => {
  const [format, ...rest] = DATA.report.parse(ctx.match);
  const ready = await allowed(ctx, ...rest);
  if (!ready) return;
  const indicators = await indicatorsOf(ctx, ready.scope, ready.half);
  if (!indicators) return;
  await ctx.answerCallbackQuery({ text: ctx.t("report-preparing") });
  await ctx.replyWithChatAction("upload_document");
  const name = await nameOf(ctx, ready.scope);
  const file = await monitoringFile(ctx, indicators, { name, scope: ready.scope, half: ready.half, format });
  const at = formatDate(indicators.at, ctx.member?.lang ?? "ru", ctx.deps.config.defaultTimezone);
  await ctx.replyWithDocument(new InputFile(file.bytes, file.name), { caption: ctx.t("report-file-caption", { name, period: halfYearWords(ctx, ready.half), at }) });
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

/** "📈 Reports and indicators", for coordinators, methodologists and admins (checked again on press). */
export const reportsMenuEntries: MenuEntry[] = [{ label: "menu-reports", row: 46, order: 1, shows: views, screen: async (ctx) => (views(ctx) ? reportsHomeScreen(ctx) : null) }];
