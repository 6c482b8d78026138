/**
 * A plan's remarks as a methodologist should read them: first what needs a person to look at the
 * document (gaps and repeats in numbering, rows placed nowhere, a misread number, replaced bytes,
 * executors that match nothing in the directory), one by one; then the rest grouped by what it
 * says ("22 schedules are 'по плану' and were left undated: 1.2, 1.5, …") instead of a line each.
 */
import type { PlanWarning, WarningCode } from "./parser/types.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

const NEEDS_A_PERSON: ReadonlySet<WarningCode> = new Set(["numbering-gap", "numbering-repeat", "row-unplaced", "number-not-numeric", "bytes-replaced"]);

export type RemarkGroup = { code: WarningCode; detail: string; measures: string[] };
export type Remarks = { first: PlanWarning[]; groups: RemarkGroup[] };

/** What a group of warnings has in common beside its code: the reason a schedule is undated, the empty column. */
const detailOf = (warning: PlanWarning) => warning.details.reason ?? warning.details.column ?? "";

export function sortRemarks(warnings: readonly PlanWarning[]): Remarks {
  const first: PlanWarning[] = [];
  const groups = new Map<string, RemarkGroup>();
  for (const warning of warnings) {
    if (NEEDS_A_PERSON.has(warning.code)) {
      first.push(warning);
      continue;
    }
    const key = `${warning.code}|${detailOf(warning)}`;
    const group = groups.get(key) ?? { code: warning.code, detail: detailOf(warning), measures: [] };
    if (warning.measure) group.measures.push(warning.measure);
    groups.set(key, group);
  }
  return { first, groups: [...groups.values()].sort((a, b) => b.measures.length - a.measures.length) };
}

// Literal keys, so the locale check sees each one.
const GROUP_KEYS: Partial<Record<WarningCode, string>> = {
  "schedule-undated": "plan-remarks-undated",
  "date-unreadable": "plan-remarks-unreadable",
  "empty-cell": "plan-remarks-empty-cell",
};

/** One line for a group: its count, what it is, and the first numbers it concerns. */
export function groupText(t: Translate, group: RemarkGroup, sample: PlanWarning | undefined, maxNumbers = 12): string {
  const key = GROUP_KEYS[group.code];
  if (!key) return sample ? warningLine(t, sample) : group.code;
  const shown = group.measures.slice(0, maxNumbers).join(", ");
  const numbers = group.measures.length > maxNumbers ? `${shown} …` : shown;
  return t(key, { count: group.measures.length, numbers, reason: group.detail, column: group.detail });
}

export function warningLine(t: Translate, warning: PlanWarning): string {
  const text = t(`plan-warning-${warning.code}`, warning.details);
  return warning.measure ? `${warning.measure}: ${text}` : text;
}

/** The warning a group was made from, for groups shown as a single warning's text. */
export function sampleOf(warnings: readonly PlanWarning[], group: RemarkGroup): PlanWarning | undefined {
  return warnings.find((warning) => warning.code === group.code && detailOf(warning) === group.detail);
}
