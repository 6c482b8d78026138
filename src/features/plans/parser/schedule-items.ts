/** The stretches of time a schedule's tokens name, before the plan's period places them: days, months, years. */
import type { Token } from "./schedule-tokens.ts";

/**
 * Days inside a year: a day, a month, a run of months. `year` is null until the text or the period
 * gives it; `endYear` only when the text writes both ("сентябрь 2025 – май 2026"), else it follows.
 */
export type WithinYear = {
  kind: "within-year";
  year: number | null;
  endYear: number | null;
  startMonth: number;
  startDay: number | null;
  endMonth: number;
  endDay: number | null;
};
export type Item = WithinYear | { kind: "years"; firstYear: number; lastYear: number };
/** `givesYear`: the items' year was written as a calendar year, so yearless months before them in their part share it. */
export type Read<T extends Item = Item> = { items: T[]; next: number; givesYear: boolean };

/** "ноябрь – февраль" ends in the year after it starts. */
export const wrapsNewYear = (item: Pick<WithinYear, "startMonth" | "startDay" | "endMonth" | "endDay">) =>
  item.endMonth < item.startMonth || (item.endMonth === item.startMonth && (item.endDay ?? 31) < (item.startDay ?? 1));

export const monthsItem = (year: number | null, startMonth: number, endMonth: number): WithinYear => ({
  kind: "within-year",
  year,
  endYear: null,
  startMonth,
  startDay: null,
  endMonth,
  endDay: null,
});

type Point = { month: number; day: number | null; year: number | null; next: number };

/** "[до] [20] июня [2025]", "[до] 01.09.2025" at `at`. */
function readPoint(tokens: Token[], at: number): Point | null {
  let index = at;
  if (tokens[index]?.type === "until") index++;
  const dayToken = tokens[index];
  if (dayToken?.type === "date") return { month: dayToken.month, day: dayToken.day, year: dayToken.year, next: index + 1 };
  const day = dayToken?.type === "number" && tokens[index + 1]?.type === "month" ? dayToken.value : null;
  if (day !== null) index++;
  const monthToken = tokens[index];
  if (monthToken?.type !== "month") return null;
  index++;
  const yearToken = tokens[index];
  const year = yearToken?.type === "year" ? yearToken.year : null;
  if (year !== null) index++;
  return { month: monthToken.month, day, year, next: index };
}

/** "17–18 марта 2026", "с 17 по 18 марта": days of one month, the month and year written once after the last. */
function readDayRange(tokens: Token[], at: number): Point | null {
  const index = tokens[at]?.type === "until" ? at + 1 : at;
  const first = tokens[index];
  const joiner = tokens[index + 1]?.type;
  if (first?.type !== "number" || (joiner !== "dash" && joiner !== "until") || tokens[index + 2]?.type !== "number") return null;
  const end = readPoint(tokens, index + 2);
  return end && { ...end, day: first.value, next: index + 1 };
}

/** A point, or a range of two: "20 июня", "Октябрь – ноябрь 2020", "с 01.09.2025 по 31.12.2025", "Сентябрь – 2021". */
export function readMonths(tokens: Token[], at: number): Read<WithinYear> | null {
  const start = readDayRange(tokens, at) ?? readPoint(tokens, at);
  if (!start) return null;
  let end = start;
  let next = start.next;
  let year = start.year;
  const joiner = tokens[next]?.type;
  if (joiner === "dash" || joiner === "until") {
    const after = readPoint(tokens, next + 1);
    const yearAfter = tokens[next + 1];
    if (after) {
      end = after;
      next = after.next;
    } else if (yearAfter?.type === "year" && year === null) {
      year = yearAfter.year; // "Сентябрь – 2021": a dash before the year, not a range
      next += 2;
    }
  }
  const span = { startMonth: start.month, startDay: start.day, endMonth: end.month, endDay: end.day };
  const endYear = year !== null && end !== start ? end.year : null;
  if (year === null && end.year !== null) year = end.year - (wrapsNewYear(span) ? 1 : 0);
  return { items: [{ kind: "within-year", year, endYear, ...span }], next, givesYear: year !== null };
}

/** "2018", "2018 – 2020", "2025/2026 учебный год" (September to August). */
export function readYears(tokens: Token[], at: number): Read | null {
  const token = tokens[at];
  if (token?.type === "school-year") {
    return { items: [{ ...monthsItem(token.firstYear, 9, 8), endYear: token.firstYear + 1 }], next: at + 1, givesYear: false };
  }
  if (token?.type !== "year") return null;
  const last = tokens[at + 1]?.type === "dash" ? tokens[at + 2] : undefined;
  const isSpan = last?.type === "year" && last.year >= token.year;
  return { items: [{ kind: "years", firstYear: token.year, lastYear: isSpan ? last.year : token.year }], next: isSpan ? at + 3 : at + 1, givesYear: false };
}
