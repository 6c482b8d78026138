// The staff's self-diagnosis results on a phone: the questionnaires, the groups a person may see,
// and one group's numbers (percentages with one decimal at most, an area to a line). Who may
// open what is decided before these are called (aggregates-handlers.ts).
import { InlineKeyboard, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { AGGREGATE_DATA as DATA } from "./aggregates-callbacks.ts";
import { type GroupAggregate, type Hidden, type NamedAggregate, type StaffQuestionnaire, type StaffView, listStaffQuestionnaires, municipalityAggregate, regionAggregate, schoolAggregate } from "./aggregates-service.ts";
import { renderChart } from "./chart.ts";
import { statusWord } from "./manage-screens.ts";
import type { QuestionnaireStatus } from "./manage-service.ts";
import { inLang, readerOf } from "./take-screens.ts";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const BUTTON_MAX = 40;
/** Places a page: a city's hundred schools would pass Telegram's 4,096 characters and 100 buttons. */
const PLACES_PER_PAGE = 12;

/** "72.5" / "72,5": one decimal at most, in the reader's way of writing numbers. */
export function percent(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === "en" ? "en" : "ru", { maximumFractionDigits: 1 }).format(Math.round(value * 10) / 10);
}

/** "+4.2", "−3", "0": percentage points with the sign a reader expects. */
export function signedPoints(value: number, lang: string): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded > 0) return `+${percent(rounded, lang)}`;
  if (rounded < 0) return `−${percent(-rounded, lang)}`;
  return "0";
}

const titleOf = (ctx: Context, questionnaire: StaffQuestionnaire) => inLang(questionnaire.title, readerOf(ctx));

const HIDDEN_ROW_KEYS: Record<Hidden, string> = { few: "diagnostics-aggregate-row-hidden", subtraction: "diagnostics-aggregate-row-subtraction" };
const HIDDEN_KEYS: Record<Hidden, string> = { few: "diagnostics-aggregate-hidden", subtraction: "diagnostics-aggregate-hidden-subtraction" };
const CHANGE_HIDDEN_KEYS: Record<Hidden, string> = { few: "diagnostics-aggregate-change-hidden", subtraction: "diagnostics-aggregate-change-hidden-subtraction" };

/** "• Name: 12 took it", or why it is not shown. */
function groupLine(ctx: Context, group: NamedAggregate): string {
  const name = esc(group.name);
  return group.aggregate.shown ? ctx.t("diagnostics-aggregate-row", { name, people: group.aggregate.people }) : ctx.t(HIDDEN_ROW_KEYS[group.aggregate.why], { name });
}

export async function aggregateListScreen(ctx: Context): Promise<Screen> {
  const items = await listStaffQuestionnaires(ctx.deps.db);
  const keyboard = new InlineKeyboard();
  for (const item of items) {
    const status = item.status === "closed" ? ` (${statusWord(ctx.t.bind(ctx), item.status as QuestionnaireStatus)})` : "";
    keyboard.text(clip(`${inLang(item.title, readerOf(ctx))}${status}`, 60), DATA.open(item.id, 0)).row();
  }
  keyboard.text(ctx.t("button-menu"), DATA.menu());
  return { text: ctx.t(items.length ? "diagnostics-aggregate-list-title" : "diagnostics-aggregate-list-empty"), keyboard };
}

/** The groups the person may see: the region by municipality, or a coordinator's schools and municipalities. */
export async function aggregateOverviewScreen(ctx: Context, questionnaire: StaffQuestionnaire, view: StaffView, page: number): Promise<Screen> {
  const db = ctx.deps.db;
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("diagnostics-aggregate-title", { title: esc(titleOf(ctx, questionnaire)) })];
  if (view.region) {
    const region = await regionAggregate(db, questionnaire);
    lines.push(ctx.t("diagnostics-aggregate-region-hint"));
    lines.push(groupLine(ctx, { id: 0, name: ctx.t("diagnostics-aggregate-region"), aggregate: region.total }));
    keyboard.text(ctx.t("diagnostics-aggregate-region"), DATA.region(questionnaire.id)).row();
    if (!region.municipalities.length) lines.push(ctx.t("diagnostics-aggregate-nobody"));
    const shown = pageOf(region.municipalities, page, PLACES_PER_PAGE);
    shown.items.forEach((each, index) => {
      lines.push(groupLine(ctx, each));
      keyboard.text(clip(each.name, BUTTON_MAX), DATA.municipality(questionnaire.id, each.id, 0));
      if (index % 2 === 1) keyboard.row();
    });
    addPager(keyboard, shown, DATA.open.pagerPrefix(questionnaire.id));
  } else {
    const groups: { group: NamedAggregate; data: string }[] = [];
    for (const id of view.municipalityIds) {
      const found = await municipalityAggregate(db, questionnaire, id, view);
      if (found) groups.push({ group: found.municipality, data: DATA.municipality(questionnaire.id, id, 0) });
    }
    for (const id of view.schoolIds) {
      const found = await schoolAggregate(db, questionnaire, id, view);
      if (found) groups.push({ group: found, data: DATA.school(questionnaire.id, id) });
    }
    lines.push(ctx.t("diagnostics-aggregate-own-hint"));
    for (const { group, data } of groups) {
      lines.push(groupLine(ctx, group));
      keyboard.text(clip(group.name, BUTTON_MAX), data).row();
    }
  }
  keyboard.row().text(ctx.t("diagnostics-aggregate-to-list"), DATA.list());
  return { text: lines.join("\n"), keyboard };
}

/** One group's numbers, or the privacy line; never anything about a person. */
export function groupText(ctx: Context, questionnaire: StaffQuestionnaire, groupName: string, aggregate: GroupAggregate): string {
  const { lang } = readerOf(ctx);
  const parts = [ctx.t("diagnostics-aggregate-group-title", { title: esc(titleOf(ctx, questionnaire)), group: esc(groupName) })];
  if (!aggregate.shown) return [...parts, ctx.t(HIDDEN_KEYS[aggregate.why])].join("\n\n");
  parts.push(ctx.t("diagnostics-aggregate-took", { people: aggregate.people }));
  const areas = aggregate.areas.map((area) => {
    const args = { area: esc(inLang(area.title, readerOf(ctx))), average: percent(area.average, lang), share: percent(area.deficitShare, lang) };
    return area.change === null ? ctx.t("diagnostics-aggregate-area", args) : ctx.t("diagnostics-aggregate-area-change", { ...args, change: signedPoints(area.change, lang) });
  });
  parts.push(`${ctx.t("diagnostics-aggregate-legend", { threshold: questionnaire.definition.deficitThreshold })}\n${areas.join("\n")}`);
  parts.push(aggregate.changeHidden ? ctx.t(CHANGE_HIDDEN_KEYS[aggregate.changeHidden]) : ctx.t("diagnostics-aggregate-change-legend", { people: aggregate.retakers }));
  return parts.join("\n\n");
}

function groupKeyboard(ctx: Context, aggregate: GroupAggregate, chartData: string, backData: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (aggregate.shown) keyboard.text(ctx.t("diagnostics-aggregate-chart"), chartData).row();
  return keyboard.text(ctx.t("diagnostics-aggregate-back"), backData);
}

export async function regionScreen(ctx: Context, questionnaire: StaffQuestionnaire): Promise<Screen> {
  const { total } = await regionAggregate(ctx.deps.db, questionnaire);
  return { text: groupText(ctx, questionnaire, ctx.t("diagnostics-aggregate-region"), total), keyboard: groupKeyboard(ctx, total, DATA.chart("r", questionnaire.id, 0), DATA.open(questionnaire.id, 0)) };
}

/** A municipality with its schools under it, each openable (the same 5 rule applies to each). */
export async function municipalityScreen(ctx: Context, questionnaire: StaffQuestionnaire, municipalityId: number, view: StaffView, page: number): Promise<Screen | null> {
  const found = await municipalityAggregate(ctx.deps.db, questionnaire, municipalityId, view);
  if (!found) return null;
  const { municipality, schools } = found;
  const keyboard = new InlineKeyboard();
  let text = groupText(ctx, questionnaire, municipality.name, municipality.aggregate);
  const shown = pageOf(schools, page, PLACES_PER_PAGE);
  if (schools.length) text += `\n\n${ctx.t("diagnostics-aggregate-schools")}\n${shown.items.map((school) => groupLine(ctx, school)).join("\n")}`;
  for (const school of shown.items) keyboard.text(clip(school.name, BUTTON_MAX), DATA.school(questionnaire.id, school.id)).row();
  addPager(keyboard, shown, DATA.municipality.pagerPrefix(questionnaire.id, municipalityId)).row();
  if (municipality.aggregate.shown) keyboard.text(ctx.t("diagnostics-aggregate-chart"), DATA.chart("m", questionnaire.id, municipalityId)).row();
  keyboard.text(ctx.t("diagnostics-aggregate-back"), DATA.open(questionnaire.id, 0));
  return { text, keyboard };
}

/** A school; "back" goes to its municipality when the person may see that, else to their groups. */
export async function schoolScreen(ctx: Context, questionnaire: StaffQuestionnaire, schoolId: number, view: StaffView): Promise<Screen | null> {
  const found = await schoolAggregate(ctx.deps.db, questionnaire, schoolId, view);
  if (!found) return null;
  const back = view.region || view.municipalityIds.includes(found.municipalityId) ? DATA.municipality(questionnaire.id, found.municipalityId, 0) : DATA.open(questionnaire.id, 0);
  return { text: groupText(ctx, questionnaire, found.name, found.aggregate), keyboard: groupKeyboard(ctx, found.aggregate, DATA.chart("s", questionnaire.id, schoolId), back) };
}

/** The averages of a group shown (5 people or more) as a picture, sent as a new photo. */
export async function sendGroupChart(ctx: Context, questionnaire: StaffQuestionnaire, group: { name: string; aggregate: Extract<GroupAggregate, { shown: true }> }): Promise<void> {
  const reader = readerOf(ctx);
  const png = await renderChart({
    title: clip(`${titleOf(ctx, questionnaire)} — ${group.name}`, 70),
    areas: group.aggregate.areas.map((area) => inLang(area.title, reader)),
    series: [{ name: group.name, values: group.aggregate.areas.map((area) => Math.round(area.average * 10) / 10) }],
    threshold: questionnaire.definition.deficitThreshold,
  });
  await ctx.replyWithPhoto(new InputFile(png, `results-${questionnaire.id}.png`), {
    caption: ctx.t("diagnostics-aggregate-chart-caption", { title: titleOf(ctx, questionnaire), group: group.name, people: group.aggregate.people }),
  });
}
