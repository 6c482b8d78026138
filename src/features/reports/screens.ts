// The reports on a phone: the scopes a person holds, then a scope's indicators for a half-year,
// a line or two each, with what each counts, and the buttons to the chart, the monitoring report,
// the exports and the courses awaiting confirmation. Who may open what is decided before these are
// called (handlers.ts).
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatDate } from "../../i18n/dates.ts";
import { percent } from "../diagnostics/aggregates-screens.ts";
import { inLang, readerOf } from "../diagnostics/take-screens.ts";
import { TRAINING_DATA } from "../training/callbacks.ts";
import { REPORT_DATA as DATA, type FileFormat } from "./callbacks.ts";
import { computeIndicators, isEmpty, type Indicators } from "./indicators.ts";
import { halfYearCode, halfYearOf, periodOf, shiftHalfYear, type HalfYear } from "./period.ts";
import { firstRegistered, ownScopes, scopeName, type ReportScope } from "./scope.ts";

const BUTTON_MAX = 40;
const PLACES_PER_PAGE = 12;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const zoneOf = (ctx: Context) => ctx.deps.config.defaultTimezone;
const currentHalf = (ctx: Context): HalfYear => halfYearOf(ctx.deps.clock.now(), zoneOf(ctx));

/** "II полугодие 2026" / "2nd half of 2026". */
export const halfYearWords = (ctx: Context, half: HalfYear) => ctx.t("report-half-year", { half: half.half, year: String(half.year) });

export async function nameOf(ctx: Context, scope: ReportScope): Promise<string> {
  return (await scopeName(ctx.deps.db, scope, ctx.t("report-region"))) ?? "—";
}

/** The scopes the person holds; with one, its indicators straight away. */
export async function reportsHomeScreen(ctx: Context): Promise<Screen> {
  const scopes = ownScopes(ctx.member);
  const half = halfYearCode(currentHalf(ctx));
  if (scopes.length === 1) return (await indicatorsScreen(ctx, scopes[0]!, currentHalf(ctx)))!;
  const keyboard = new InlineKeyboard();
  for (const scope of scopes) {
    const icon = scope.kind === "r" ? "🗺" : scope.kind === "m" ? "🏘" : "🏫";
    keyboard.text(clip(`${icon} ${await nameOf(ctx, scope)}`, BUTTON_MAX), DATA.indicators(scope.kind, scope.id, half)).row();
  }
  keyboard.text(ctx.t("button-menu"), DATA.menu());
  return { text: ctx.t(scopes.length ? "report-home-title" : "report-home-empty"), keyboard };
}

/** The region's municipalities, for methodologists, a page at a time. */
export async function municipalitiesScreen(ctx: Context, page: number): Promise<Screen> {
  const rows = await ctx.deps.db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  const shown = pageOf(rows, page, PLACES_PER_PAGE);
  const half = halfYearCode(currentHalf(ctx));
  const keyboard = new InlineKeyboard();
  for (const row of shown.items) keyboard.text(clip(row.name, BUTTON_MAX), DATA.indicators("m", row.id, half)).row();
  addPager(keyboard, shown, DATA.municipalities.pagerPrefix());
  keyboard.row().text(ctx.t("button-back"), DATA.indicators("r", 0, half));
  return { text: ctx.t("report-municipalities-title"), keyboard };
}

/** A municipality's schools, a page at a time. */
export async function schoolsScreen(ctx: Context, municipalityId: number, page: number): Promise<Screen> {
  const rows = await ctx.deps.db.school.findMany({ where: { municipalityId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const shown = pageOf(rows, page, PLACES_PER_PAGE);
  const half = halfYearCode(currentHalf(ctx));
  const keyboard = new InlineKeyboard();
  for (const row of shown.items) keyboard.text(clip(row.name, BUTTON_MAX), DATA.indicators("s", row.id, half)).row();
  addPager(keyboard, shown, DATA.schools.pagerPrefix(municipalityId));
  keyboard.row().text(ctx.t("button-back"), DATA.indicators("m", municipalityId, half));
  const municipality = await ctx.deps.db.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  return { text: ctx.t(rows.length ? "report-schools-title" : "report-schools-empty", { name: esc(municipality?.name ?? "—") }), keyboard };
}

const pct = (ctx: Context, value: number) => percent(value, ctx.member?.lang ?? "ru");

function deficitLines(ctx: Context, indicators: Indicators): string[] {
  const { deficits } = indicators;
  if (deficits.state === "none") return [ctx.t("report-deficits-none")];
  const questionnaire = esc(inLang(deficits.questionnaire, readerOf(ctx)));
  if (deficits.state === "hidden") return [ctx.t(deficits.why === "few" ? "report-deficits-hidden-few" : "report-deficits-hidden-subtraction", { questionnaire })];
  const areas = [...deficits.areas].sort((a, b) => b.deficitShare - a.deficitShare);
  return [
    ctx.t("report-deficits-title", { questionnaire, people: deficits.people, threshold: deficits.threshold }),
    ...areas.map((area) => ctx.t("report-deficit-area", { area: esc(inLang(area.title, readerOf(ctx))), share: pct(ctx, area.deficitShare) })),
  ];
}

/** The indicators as lines of the screen (and of nothing else: the report files write their own). */
function indicatorLines(ctx: Context, indicators: Indicators): string[] {
  const lines = [
    ctx.t("report-teachers", { count: indicators.teachers }),
    ctx.t("report-trained", { count: indicators.trained.count, share: pct(ctx, indicators.trained.share) }),
    ...(indicators.pendingTrainings ? [ctx.t("report-trainings-pending", { count: indicators.pendingTrainings })] : []),
    ctx.t("report-planning", { count: indicators.planning.count, share: pct(ctx, indicators.planning.share) }),
    ctx.t("report-sign-ups", { count: indicators.signUps, attended: indicators.attended }),
  ];
  if (indicators.forms.length) {
    lines.push(ctx.t("report-forms", { forms: indicators.forms.slice(0, 4).map((form) => ctx.t("report-form", { kind: form.kind, count: form.signUps })).join(", ") }));
  }
  lines.push(ctx.t("report-contests", { count: indicators.contests.reduce((sum, row) => sum + row.participations, 0), people: indicators.contestants }));
  for (const row of indicators.contests) {
    lines.push(ctx.t("report-contest-level", { level: row.level ?? "none", count: row.participations, prize: row.prizeWinners, winners: row.winners }));
  }
  return [...lines, "", ...deficitLines(ctx, indicators)];
}

/** Back from a scope: to the list it was picked from, or to the menu when it is the person's only one. */
async function backFrom(ctx: Context, scope: ReportScope): Promise<string> {
  const own = ownScopes(ctx.member);
  if (own.some((each) => each.kind === scope.kind && each.id === scope.id)) return own.length > 1 ? DATA.home() : DATA.menu();
  if (scope.kind === "m") return DATA.municipalities(0);
  const school = await ctx.deps.db.school.findUnique({ where: { id: scope.id }, select: { municipalityId: true } });
  return school ? DATA.schools(school.municipalityId, 0) : DATA.home();
}

/** A scope's indicators for a half-year; null when the scope is gone from the directory. */
export async function indicatorsScreen(ctx: Context, scope: ReportScope, half: HalfYear): Promise<Screen | null> {
  const name = await scopeName(ctx.deps.db, scope, ctx.t("report-region"));
  if (name === null) return null;
  const now = ctx.deps.clock.now();
  const period = periodOf(half, zoneOf(ctx));
  const indicators = await computeIndicators(ctx.deps.db, { scope, period, now, viewer: ctx.member });
  const code = halfYearCode(half);
  const head = [
    ctx.t("report-title", { name: esc(name) }),
    ctx.t("report-period", { period: halfYearWords(ctx, half), at: formatDate(indicators.at, ctx.member?.lang ?? "ru", zoneOf(ctx)) }),
    "",
  ];
  const keyboard = new InlineKeyboard();
  if (isEmpty(indicators)) {
    head.push(ctx.t("report-no-data", { name: esc(name), period: halfYearWords(ctx, half) }));
  } else {
    head.push(...indicatorLines(ctx, indicators), "", ctx.t("report-what-counts"));
    keyboard.text(ctx.t("report-button-chart"), DATA.chart(scope.kind, scope.id, code)).text(ctx.t("report-button-exports"), DATA.exports(scope.kind, scope.id, code, "x")).row();
    keyboard.text(ctx.t("report-button-docx"), DATA.report("d", scope.kind, scope.id, code)).text(ctx.t("report-button-xlsx"), DATA.report("x", scope.kind, scope.id, code)).row();
  }
  if (indicators.pendingTrainings) keyboard.text(ctx.t("report-button-trainings", { count: indicators.pendingTrainings }), TRAINING_DATA.review(scope.kind, scope.id, 0)).row();
  const previous = shiftHalfYear(half, -1);
  const next = shiftHalfYear(half, 1);
  const first = await firstRegistered(ctx.deps.db, scope);
  if (first && periodOf(previous, zoneOf(ctx)).until > first) keyboard.text(`‹ ${halfYearWords(ctx, previous)}`, DATA.indicators(scope.kind, scope.id, halfYearCode(previous)));
  if (periodOf(next, zoneOf(ctx)).from <= now) keyboard.text(`${halfYearWords(ctx, next)} ›`, DATA.indicators(scope.kind, scope.id, halfYearCode(next)));
  keyboard.row();
  if (scope.kind === "r") keyboard.text(ctx.t("report-button-municipalities"), DATA.municipalities(0)).row();
  if (scope.kind === "m") keyboard.text(ctx.t("report-button-schools"), DATA.schools(scope.id, 0)).row();
  keyboard.text(ctx.t("button-back"), await backFrom(ctx, scope));
  return { text: head.join("\n"), keyboard };
}

/** The half-year's exports, one button each, in the format chosen on top (a row of two kept short for a phone). */
export async function exportsScreen(ctx: Context, scope: ReportScope, half: HalfYear, format: FileFormat): Promise<Screen | null> {
  const name = await scopeName(ctx.deps.db, scope, ctx.t("report-region"));
  if (name === null) return null;
  const code = halfYearCode(half);
  const keyboard = new InlineKeyboard();
  for (const each of ["x", "c"] as const) keyboard.text(`${each === format ? "● " : ""}${ctx.t("report-export-format", { format: each })}`, DATA.exports(scope.kind, scope.id, code, each));
  keyboard.row();
  for (const kind of ["rg", "at", "tr", "dg"] as const) keyboard.text(ctx.t("report-export-kind", { kind }), DATA.export(kind, format, scope.kind, scope.id, code)).row();
  keyboard.text(ctx.t("button-back"), DATA.indicators(scope.kind, scope.id, code));
  return { text: ctx.t("report-exports-title", { name: esc(name), period: halfYearWords(ctx, half) }), keyboard };
}
