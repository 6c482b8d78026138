/**
 * A schedule in words ("Октябрь – ноябрь 2020 года", "до 20 июня и до 20 декабря", "1 раз в
 * четверть") to dates, relative to the plan's period.
 *
 * - A month is its first to last day; "до 20 июня" and "до 01.09.2025" are the one day; a year is
 *   1 Jan – 31 Dec; "с 01.09.2025 по 31.12.2025" and "сентябрь 2025 – май 2026" run between their
 *   ends; a school year ("2025/2026", "2025-2026 уч. год") runs 1 September to 31 August, and so
 *   does a school-year plan's own pair of years written as a span ("2026–2027" in a 2026/2027 plan).
 * - A year written after months applies to the months before it in the same comma-separated part:
 *   "октябрь – ноябрь 2020 года, октябрь – ноябрь 2022 года".
 * - A month with no year falls in each year of the plan's period (in a school year: September to
 *   December in its first year, January to August in its second). A multi-year plan that says
 *   "Декабрь" means December of every year it runs, so each gets a span.
 * - Parts of a year: a quarter ("III квартал") is the calendar's in any plan, because reports are
 *   due by calendar quarter: "I квартал" of a 2025/2026 plan is January–March 2026. A school term
 *   ("I четверть") is the school's: I September–October, II November–December, III January–March,
 *   IV April–May. A half ("I полугодие") is the calendar's (January–June, July–December) unless a
 *   school year is written after it, or none is and the plan is a school year's: then I is
 *   September–December and II January–May (the second half ends with the lessons, as schools use
 *   the words). With no year written, parts are placed like their first month.
 * - A recurrence ("ежемесячно", "1 раз в квартал", "2 раза в год") recurs over the plan's period:
 *   one span per occurrence, whose last day is its deadline, unless the text names days
 *   ("Ежегодно, 3 ноября", "ежегодно в мае") or a day of the month ("до 25 числа каждого месяца":
 *   that day in each occurrence's last month; "… месяца, следующего за отчетным": in the month
 *   after). Weekly measures, "3 раза в год" and "в течение года" (or "всего периода") are the period.
 * - "кроме января", "кроме летних месяцев" (June–August) take whole months out of whatever dates
 *   the rest gives, in every year unless a year is written with them.
 * - Text that dates nothing on purpose ("по мере необходимости", "по запросу", "по графику",
 *   "по плану", "постоянно") gets no dates and says why in `undated`; nothing is guessed. "Постоянно"
 *   stays undated although "в течение года" is the period: it is work without an end to remind of,
 *   not work due by the period's end.
 */
import { isValidDay, isoDay, mergeSpans, occurrences, daysInMonth, periodSpan, yearSpan, type PlanPeriod } from "./dates.ts";
import { takeRecurrence } from "./recurrence.ts";
import { deadlineDays, takeMonthDay } from "./schedule-deadlines.ts";
import { excludedMonth, withoutMonths } from "./schedule-exclusions.ts";
import { wrapsNewYear, type Item } from "./schedule-items.ts";
import { readItems } from "./schedule-read.ts";
import { tokenize } from "./schedule-tokens.ts";
import { undatedReason } from "./schedule-undated.ts";
import type { DateSpan, Recurrence, UndatedReason } from "./types.ts";

/**
 * `readable`: some date or a recurrence was read. `undated`: why nothing was, when the text says
 * so on purpose ("по запросу"); null whenever anything was read.
 */
export type ScheduleDates = { dates: DateSpan[]; recurrence: Recurrence | null; readable: boolean; undated: UndatedReason | null };

/** The years in which a month with no year of its own falls, by the rule above. */
function yearsOfMonth(month: number, period: PlanPeriod): number[] {
  const first = period.schoolYear && month < 9 ? period.firstYear + 1 : period.firstYear;
  const last = period.schoolYear && month >= 9 ? period.lastYear - 1 : period.lastYear;
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

function spansOf(item: Item, period: PlanPeriod | null): DateSpan[] {
  if (item.kind === "years") {
    const isThePlansSchoolYear = period?.schoolYear && item.firstYear === period.firstYear && item.lastYear === period.lastYear;
    return [isThePlansSchoolYear ? periodSpan(period) : yearSpan(item.firstYear, item.lastYear)];
  }
  const years = item.year !== null ? [item.year] : period ? yearsOfMonth(item.startMonth, period) : [];
  return years.flatMap((year) => {
    const endYear = item.endYear ?? (wrapsNewYear(item) ? year + 1 : year);
    const startDay = item.startDay ?? 1;
    const endDay = item.endDay ?? daysInMonth(endYear, item.endMonth);
    if (!isValidDay(year, item.startMonth, startDay) || !isValidDay(endYear, item.endMonth, endDay)) return [];
    const span = { start: isoDay(year, item.startMonth, startDay), end: isoDay(endYear, item.endMonth, endDay) };
    return span.start <= span.end ? [span] : [];
  });
}

/** A recurrence with no days of its own: its occurrences, or a day in each when the text names a day of the month. */
function recurringDates(period: PlanPeriod, recurrence: Recurrence | null, text: string): DateSpan[] {
  const spans = occurrences(period, recurrence);
  const monthDay = recurrence && recurrence !== "weekly" ? takeMonthDay(text) : null;
  return monthDay ? deadlineDays(spans, monthDay) : spans;
}

export function parseSchedule(schedule: string, period: PlanPeriod | null): ScheduleDates {
  const text = schedule.toLocaleLowerCase("ru").replace(/ё/g, "е");
  const { rest, recurrence, recurs } = takeRecurrence(text);
  const { items, excluded } = readItems(tokenize(rest), period?.schoolYear ?? false);
  let dates = mergeSpans(items.flatMap((item) => spansOf(item, period)));
  if (dates.length === 0 && recurs && period) dates = recurringDates(period, recurrence, rest);
  if (excluded.length > 0) dates = withoutMonths(dates, excludedMonth(excluded));
  const readable = dates.length > 0 || recurrence !== null;
  return { dates, recurrence, readable, undated: readable ? null : undatedReason(text) };
}
