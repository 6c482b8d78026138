/** Warnings about a plan's measures, in document order. */
import { isNumeric, numberingWarnings } from "./numbering.ts";
import type { Assembly } from "./rows.ts";
import type { ParsedMeasure, PlanWarning, UndatedReason } from "./types.ts";

export type MeasureFacts = {
  measure: ParsedMeasure;
  /** The number as the document prints it, when that is not the number assumed ("И" for 11). */
  writtenNumber: string;
  scheduleReadable: boolean;
  /** Why the schedule has no dates on purpose ("по мере необходимости"), else null. */
  scheduleUndated: UndatedReason | null;
};

const CHECKED_COLUMNS = ["title", "schedule", "executors", "result"] as const;

function ownWarnings({ measure, writtenNumber, scheduleReadable, scheduleUndated }: MeasureFacts, hasResultColumn: boolean): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const name = measure.number;
  if (!isNumeric(writtenNumber)) warnings.push({ measure: name, code: "number-not-numeric", details: { text: writtenNumber } });
  const filled = { title: measure.title, schedule: measure.schedule, executors: measure.executors.join(""), result: measure.result ?? "" };
  for (const column of CHECKED_COLUMNS) {
    if (column === "result" && !hasResultColumn) continue;
    if (filled[column] === "") warnings.push({ measure: name, code: "empty-cell", details: { column } });
  }
  if (measure.schedule !== "" && scheduleUndated) warnings.push({ measure: name, code: "schedule-undated", details: { reason: scheduleUndated, text: measure.schedule } });
  else if (measure.schedule !== "" && !scheduleReadable) warnings.push({ measure: name, code: "date-unreadable", details: { text: measure.schedule } });
  return warnings;
}

export function planWarnings(facts: readonly MeasureFacts[], unplaced: Assembly["unplaced"], hasResultColumn: boolean): PlanWarning[] {
  const numbering = numberingWarnings(facts.map((fact) => fact.measure.number));
  const warnings: PlanWarning[] = [];
  for (let index = 0; index <= facts.length; index++) {
    warnings.push(...unplaced.filter((row) => row.afterMeasures === index).map((row) => row.warning));
    const fact = facts[index];
    if (!fact) continue;
    warnings.push(...numbering.filter((entry) => entry.index === index).map((entry) => entry.warning));
    warnings.push(...ownWarnings(fact, hasResultColumn));
  }
  return warnings;
}
