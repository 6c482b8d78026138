/** "до 25 числа каждого месяца", "ежеквартально до 5 числа месяца, следующего за отчетным": a day in each occurrence. */
import { daysInMonth, isoDay } from "./dates.ts";
import type { DateSpan } from "./types.ts";

/** The day of the month a recurring measure is due, and whether in the month after the one reported on. */
export type MonthDay = { day: number; nextMonth: boolean };

const DAY_OF_MONTH = /(?<![\d.])(\d{1,2})(?:-?го)?\s+числа/;
const FOLLOWING_MONTH = /следующ[а-я]*\s+за\s+отчетн/;

export function takeMonthDay(text: string): MonthDay | null {
  const match = DAY_OF_MONTH.exec(text);
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? { day, nextMonth: FOLLOWING_MONTH.test(text) } : null;
}

/** Each occurrence to its one deadline day, in its last month or the month after; the 31st in a short month is its last day. */
export function deadlineDays(occurrences: readonly DateSpan[], { day, nextMonth }: MonthDay): DateSpan[] {
  return occurrences.map((occurrence) => {
    let year = Number(occurrence.end.slice(0, 4));
    let month = Number(occurrence.end.slice(5, 7));
    if (nextMonth && ++month > 12) [year, month] = [year + 1, 1];
    const deadline = isoDay(year, month, Math.min(day, daysInMonth(year, month)));
    return { start: deadline, end: deadline };
  });
}
