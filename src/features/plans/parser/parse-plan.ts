/** A plan document's text (tables as tab-separated lines) to its header, sections and measures. */
import { competencyAreas, measureKind } from "./classify.ts";
import { periodSpan } from "./dates.ts";
import { executorResolver } from "./executors.ts";
import { readPlanHeader } from "./header.ts";
import { assumedNumbers } from "./numbering.ts";
import { assembleRows } from "./rows.ts";
import { parseSchedule } from "./schedule.ts";
import { findMeasuresTables } from "./tables.ts";
import type { ParsedMeasure, ParsedPlan } from "./types.ts";
import { planWarnings, type MeasureFacts } from "./warnings.ts";

export function parsePlan(text: string): ParsedPlan {
  const lines = text.split(/\r\n|\r|\n/);
  const tables = findMeasuresTables(lines);
  const header = readPlanHeader(lines, tables.firstHeaderLine);
  const { sections, measures: rawMeasures, unplaced } = assembleRows(tables.items);
  const numbers = assumedNumbers(rawMeasures.map((raw) => raw.number));
  const resolveExecutors = executorResolver(rawMeasures.flatMap((raw) => raw.executors));

  const facts: MeasureFacts[] = rawMeasures.map((raw, index) => {
    const title = raw.title.join(" ");
    const schedule = raw.schedule.join(" ");
    const result = tables.hasResultColumn ? raw.result.join(" ") || null : null;
    const { dates, recurrence, readable } = parseSchedule(schedule, header.period);
    const measure: ParsedMeasure = {
      number: numbers[index]!,
      section: raw.section,
      title,
      executors: resolveExecutors(raw.executors),
      schedule,
      dates,
      recurrence,
      result,
      kind: measureKind(title),
      areas: competencyAreas(title, result),
      form: null,
      audience: null,
      documentKind: null,
    };
    return { measure, writtenNumber: raw.number, scheduleReadable: readable };
  });

  return {
    plan: { title: header.title, issuer: header.issuer, number: header.number, date: header.date, period: header.period && periodSpan(header.period) },
    sections,
    measures: facts.map((fact) => fact.measure),
    obligations: [],
    warnings: planWarnings(facts, unplaced, tables.hasResultColumn),
  };
}
