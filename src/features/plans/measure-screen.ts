import { sectionTitle } from "./save-plan.ts";
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { can } from "../roles/permissions.ts";
import { EVENT_DATA, MANAGE_DATA } from "../events/callbacks.ts";
import type { UpcomingRange } from "../events/upcoming.ts";
import { getMeasure, measuresBefore } from "./browse.ts";
import { MEASURES_PER_PAGE, readerOf, type PlanScreen } from "./browse-screens.ts";
import { PLAN_DATA, type MeasureOrigin } from "./callbacks.ts";
import { cut, spansInWords } from "./words.ts";

/** The list a measure was opened from; its "back" returns to the same page. */
export type MeasureBack = { list: "plan"; origin: MeasureOrigin } | { list: "upcoming"; range: UpcomingRange; kind: string | null; page: number };

/*
 * What a measure screen may show of each field, so that together they stay under Telegram's
 * 4,096 characters whatever the document holds.
 */
const TITLE = 1000;
const PLAN_TITLE = 150;
const SECTION_TITLE = 150;
const SCHEDULE = 300;
const DATES_SHOWN = 6;
const EXECUTORS = 700;
const RESULT = 900;

/** One measure in full: its plan and section, schedule and dates in words, executors and expected result. */
export async function measureScreen(ctx: Context, measureId: number, back: MeasureBack): Promise<PlanScreen | null> {
  const measure = await getMeasure(ctx.deps.db, measureId);
  if (!measure) return null;
  const { lang } = await readerOf(ctx);
  const t = ctx.t.bind(ctx);
  const executors = measure.executors.map((row) => row.organisation.name + (row.byAgreement ? ` ${t("plans-by-agreement")}` : ""));
  const recurrence = measure.recurrence ? ` (${t(`recurrence-${measure.recurrence}`)})` : "";
  const where = [t("plans-measure-plan", { plan: esc(cut(measure.plan.title, PLAN_TITLE)) })];
  if (measure.section) where.push(t("plans-measure-section", { number: esc(cut(measure.section.number, 20)), title: esc(cut(sectionTitle(t, measure.section), SECTION_TITLE)) }));
  const lines = [
    `<b>${esc(cut(`${measure.number}. ${measure.title}`, TITLE))}</b>`,
    `<i>${t(`measure-kind-${measure.kind}`)}${measure.form ? ` · ${esc(cut(measure.form, SCHEDULE))}` : ""}</i>`,
    where.join("\n"),
    "",
    t("plans-measure-schedule", { schedule: esc(cut(measure.schedule || "—", SCHEDULE)) + recurrence }),
  ];
  if (measure.dates.length) lines.push(t("plans-measure-dates", { dates: esc(spansInWords(t, measure.dates, lang, DATES_SHOWN)) }));
  lines.push(t("plans-measure-executors", { executors: esc(cut(executors.join("; ") || "—", EXECUTORS)) }));
  if (measure.audience) lines.push(t("plans-measure-audience", { audience: esc(cut(measure.audience, SCHEDULE)) }));
  if (measure.result) lines.push(t("plans-measure-result", { result: esc(cut(measure.result, RESULT)) }));
  if (measure.documentKind) lines.push(t("plans-measure-document", { document: esc(cut(measure.documentKind, SCHEDULE)) }));
  if (measure.archivedAt) lines.push("", t("plans-measure-archived"));
  else if (measure.plan.archivedAt) lines.push("", t("plans-measure-plan-archived"));

  const keyboard = new InlineKeyboard();
  // Methodologists turn a current plan's measure into an event people can sign up for (re-checked where it is handled).
  if (!measure.archivedAt && !measure.plan.archivedAt && can(ctx.member, "events.manage")) {
    keyboard.text(t("plans-make-event", { number: cut(measure.number, 20) }), MANAGE_DATA.fromMeasure(measure.id)).row();
  }
  keyboard.text(t("button-back"), await backData(ctx, measure, back));
  return { text: lines.join("\n"), keyboard };
}

async function backData(ctx: Context, measure: { planId: number; position: number; sectionNumber: string | null }, back: MeasureBack): Promise<string> {
  if (back.list === "upcoming") return EVENT_DATA.upcoming(back.range, back.kind, back.page);
  const inSection = back.origin === "s" && measure.sectionNumber !== null;
  const page = Math.floor((await measuresBefore(ctx.deps.db, measure, inSection)) / MEASURES_PER_PAGE);
  return PLAN_DATA.section(measure.planId, inSection ? measure.sectionNumber : null, page);
}

/** The button of a plan measure in "Upcoming": it opens the measure, whose "back" returns to that page. */
export function upcomingMeasureButton(measure: { id: number; number: string; title: string }, back: Omit<Extract<MeasureBack, { list: "upcoming" }>, "list">): [string, string] {
  return [cut(`📋 ${measure.number}. ${measure.title}`, 60), PLAN_DATA.measureFromUpcoming(measure.id, back.range, back.kind, back.page)];
}
