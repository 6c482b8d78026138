/** Calendar helpers: ISO days, month lengths, the plan's period. */
import type { DateSpan, Recurrence } from "./types.ts";

/**
 * The years a plan covers. A school year ("2025/2026 учебный год") runs September to August, so a
 * month with no year falls in the first year from September to December and in the next after.
 */
export type PlanPeriod = { firstYear: number; lastYear: number; schoolYear: boolean };

export const isoDay = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const yearSpan = (firstYear: number, lastYear: number): DateSpan => ({ start: isoDay(firstYear, 1, 1), end: isoDay(lastYear, 12, 31) });

export const periodSpan = (period: PlanPeriod): DateSpan =>
  period.schoolYear
    ? { start: isoDay(period.firstYear, 9, 1), end: isoDay(period.lastYear, 8, 31) }
    : yearSpan(period.firstYear, period.lastYear);

/** Months in one occurrence of a recurrence; weekly has none (see occurrences). */
const MONTHS_PER_OCCURRENCE: Partial<Record<Recurrence, number>> = { monthly: 1, quarterly: 3, "twice-yearly": 6, yearly: 12 };

/**
 * A recurring measure's occurrences over the plan's period, each its own span whose last day is
 * that occurrence's deadline: the period cut into equal parts from its start (a calendar year into
 * calendar quarters, a school year into September–November, December–February, and so on). A
 * weekly measure stays one span of the whole period: a deadline every week is no deadline.
 */
export function occurrences(period: PlanPeriod, recurrence: Recurrence | null): DateSpan[] {
  const whole = periodSpan(period);
  const months = recurrence ? MONTHS_PER_OCCURRENCE[recurrence] : undefined;
  if (!months) return [whole];
  const spans: DateSpan[] = [];
  let year = Number(whole.start.slice(0, 4));
  let month = Number(whole.start.slice(5, 7));
  while (isoDay(year, month, 1) <= whole.end) {
    const last = month + months - 1;
    const endYear = year + Math.floor((last - 1) / 12);
    const endMonth = ((last - 1) % 12) + 1;
    spans.push({ start: isoDay(year, month, 1), end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)) });
    year = endMonth === 12 ? endYear + 1 : endYear;
    month = (endMonth % 12) + 1;
  }
  return spans;
}

export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Sorted by start; spans that overlap become one. */
export function mergeSpans(spans: readonly DateSpan[]): DateSpan[] {
  const sorted = [...spans].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const merged: DateSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

// Month names in any case form: "декабрь", "декабря", "декабре"; "май", "мая", "мае".
const MONTH_STEMS: [RegExp, number][] = [
  [/^январ[ьяе]$/, 1],
  [/^феврал[ьяе]$/, 2],
  [/^марта?$|^марте$/, 3],
  [/^апрел[ьяе]$/, 4],
  [/^ма[йяе]$/, 5],
  [/^июн[ьяе]$/, 6],
  [/^июл[ьяе]$/, 7],
  [/^августа?$|^августе$/, 8],
  [/^сентябр[ьяе]$/, 9],
  [/^октябр[ьяе]$/, 10],
  [/^ноябр[ьяе]$/, 11],
  [/^декабр[ьяе]$/, 12],
];

/** 1–12 for a Russian month name in lower case, else null. */
export function monthNumber(word: string): number | null {
  return MONTH_STEMS.find(([stem]) => stem.test(word))?.[1] ?? null;
}
