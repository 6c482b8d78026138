/** "ежемесячно, кроме января", "в течение года, кроме летних месяцев": whole months taken out of the dates. */
import { daysInMonth, isoDay } from "./dates.ts";
import { wrapsNewYear, type WithinYear } from "./schedule-items.ts";
import type { DateSpan } from "./types.ts";

type MonthTest = (year: number, month: number) => boolean;

/** Whether `excluded` covers a month; a month written without a year is excluded in every year. */
export function excludedMonth(excluded: readonly WithinYear[]): MonthTest {
  return (year, month) =>
    excluded.some((item) => {
      const wraps = wrapsNewYear(item);
      const afterStart = month >= item.startMonth;
      const beforeEnd = month <= item.endMonth;
      if (wraps ? !afterStart && !beforeEnd : !afterStart || !beforeEnd) return false;
      if (item.year === null) return true;
      return year === (wraps && !afterStart ? item.year + 1 : item.year);
    });
}

/** Each span with the excluded months cut out: one span may become several, or none. */
export function withoutMonths(spans: readonly DateSpan[], isExcluded: MonthTest): DateSpan[] {
  return spans.flatMap((span) => {
    const kept: DateSpan[] = [];
    let piece: DateSpan | null = null;
    let year = Number(span.start.slice(0, 4));
    let month = Number(span.start.slice(5, 7));
    while (isoDay(year, month, 1) <= span.end) {
      if (isExcluded(year, month)) {
        piece = null;
      } else {
        const monthStart = isoDay(year, month, 1);
        const monthEnd = isoDay(year, month, daysInMonth(year, month));
        const end = monthEnd < span.end ? monthEnd : span.end;
        if (piece) piece.end = end;
        else kept.push((piece = { start: monthStart > span.start ? monthStart : span.start, end }));
      }
      if (++month > 12) [year, month] = [year + 1, 1];
    }
    return kept;
  });
}
