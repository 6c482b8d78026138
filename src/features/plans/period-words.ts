/** A plan's period as people say it: "2020–2024 годы", "2025 год", "сентябрь 2025 – август 2026". */
import { DateTime } from "luxon";
import type { Translate } from "../../i18n/dates.ts";
import type { DateSpan } from "./parser/types.ts";
import { dayInWords } from "./words.ts";

const utc = (iso: string) => DateTime.fromISO(iso, { zone: "UTC" });

/**
 * Whole calendar years by their numbers; whole months (a school year) by month and year; any
 * other span day to day. Years go to Fluent as text, which would print a number as "2 025".
 */
export function planPeriodInWords(t: Translate, period: DateSpan, lang: string): string {
  const start = utc(period.start);
  const end = utc(period.end);
  const wholeMonths = start.day === 1 && end.day === end.daysInMonth;
  if (wholeMonths && start.month === 1 && end.month === 12) {
    return start.year === end.year
      ? t("plans-period-year", { year: String(start.year) })
      : t("plans-period-years", { first: String(start.year), last: String(end.year) });
  }
  if (wholeMonths) {
    const month = (day: DateTime) => day.setLocale(lang).toFormat("LLLL yyyy");
    return start.hasSame(end, "month") ? month(start) : `${month(start)} – ${month(end)}`;
  }
  const day = (iso: string) => dayInWords(new Date(`${iso}T00:00:00.000Z`), lang);
  return period.start === period.end ? day(period.start) : `${day(period.start)} – ${day(period.end)}`;
}
