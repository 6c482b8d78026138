/** A plan document's text (tables as tab-separated lines) to its header, sections and measures. */
import { competencyAreas, measureKind } from "./classify.ts";
import { periodSpan } from "./dates.ts";
import { executorResolver } from "./executors.ts";
import { readPlanHeader } from "./header.ts";
import { assumedNumbers } from "./numbering.ts";
import { assembleRows } from "./rows.ts";
import { parseSchedule } from "./schedule.ts";
import { findMeasuresTables } from "./tables.ts";
import { orderObligations, type OrderObligation } from "./order.ts";
import type { PlanPeriod } from "./dates.ts";
import type { ParsedMeasure, ParsedPlan } from "./types.ts";
import { planWarnings, type MeasureFacts } from "./warnings.ts";

export function parsePlan(text: string): ParsedPlan {
  const lines = text.split(/\r\n|\r|\n/);
  const tables = findMeasuresTables(lines);
  const header = readPlanHeader(lines, tables.firstHeaderLine);
  const { sections, measures: rawMeasures, unplaced } = assembleRows(tables.items, tables.numbered);
  const numbers = assumedNumbers(rawMeasures.map((raw) => raw.number));
  const orderItems = orderObligations(lines, tables.firstHeaderLine);
  const resolveExecutors = executorResolver([...rawMeasures.flatMap((raw) => raw.executors), ...orderItems.flatMap((item) => item.executor ?? [])]);

  const facts: MeasureFacts[] = rawMeasures.map((raw, index) => {
    const title = raw.title.join(" ");
    const schedule = raw.schedule.join(" ");
    const result = tables.hasResultColumn ? raw.result.join(" ") || null : null;
    const { dates, recurrence, readable, undated } = parseSchedule(schedule, header.period);
    const measure: ParsedMeasure = {
      number: numbers[index]!,
      section: raw.section,
      title,
      executors: resolveExecutors(raw.executors),
      schedule,
      dates,
      recurrence,
      result,
      kind: measureKind(title, raw.form.join(" ") || null),
      areas: competencyAreas(title, result),
      form: raw.form.join(" ") || null,
      audience: raw.audience.join(" ") || null,
      documentKind: raw.documentKind.join(" ") || null,
    };
    return { measure, writtenNumber: raw.number, scheduleReadable: readable, scheduleUndated: undated };
  });

  return {
    plan: { title: header.title, issuer: header.issuer, number: header.number, date: header.date, period: header.period && periodSpan(header.period) },
    sections,
    measures: facts.map((fact) => fact.measure),
    obligations: orderItems.map((item) => obligationMeasure(item, header.period, resolveExecutors)),
    warnings: [
      ...(tables.numbered ? [] : [{ measure: null, code: "numbers-assigned" as const, details: { count: String(facts.length) } }]),
      ...planWarnings(facts, unplaced, tables.hasResultColumn),
    ],
  };
}

// An obligation to send information or a report upward is a report, whatever its verb.
const REPORTING = /информаци|отч[её]т|сведени|доклад/i;

function obligationMeasure(item: OrderObligation, period: PlanPeriod | null, resolveExecutors: (cells: readonly string[]) => string[]): ParsedMeasure {
  // "(за первое полугодие текущего года)" names what the report covers, not when it is due.
  const { dates, recurrence } = parseSchedule(item.schedule.replace(/\([^()]*\)/g, " "), period);
  return {
    number: item.number,
    section: null,
    title: item.title,
    executors: item.executor ? resolveExecutors([item.executor]) : [],
    schedule: item.schedule,
    dates,
    recurrence,
    result: null,
    kind: REPORTING.test(item.title) ? "report" : measureKind(item.title),
    areas: competencyAreas(item.title, null),
    form: null,
    audience: null,
    documentKind: null,
  };
}
