/**
 * A schedule in words ("Октябрь – ноябрь 2020 года", "до 20 июня и до 20 декабря", "1 раз в
 * четверть") to dates, relative to the plan's period.
 *
 * - A month is its first to last day; "до 20 июня" is the one day 20 June; a year is 1 Jan – 31 Dec.
 * - A year written after months applies to the months before it in the same comma-separated part:
 *   "октябрь – ноябрь 2020 года, октябрь – ноябрь 2022 года".
 * - A month with no year falls in each year of the plan's period (in a school year: September to
 *   December in its first year, January to August in its second). A multi-year plan that says
 *   "Декабрь" means December of every year it runs, so each gets a span.
 * - A recurrence ("ежемесячно", "1 раз в квартал", "2 раза в год") recurs over the plan's period:
 *   one span per occurrence, whose last day is its deadline, unless the text names days
 *   ("Ежегодно, 3 ноября"). Weekly measures, "3 раза в год" and "в течение года" are the period.
 * - Text with nothing to date ("по плану", "постоянно") yields no dates and `readable: false`.
 */
import { isValidDay, isoDay, mergeSpans, monthNumber, occurrences, daysInMonth, yearSpan, type PlanPeriod } from "./dates.ts";
import { takeRecurrence } from "./recurrence.ts";
import type { DateSpan, Recurrence } from "./types.ts";

export type ScheduleDates = { dates: DateSpan[]; recurrence: Recurrence | null; readable: boolean };

type Token =
  | { type: "date"; year: number; month: number; day: number }
  | { type: "year"; year: number }
  | { type: "number"; value: number }
  | { type: "month"; month: number }
  | { type: "quarter" | "half" | "dash" | "separator" | "until" | "and" | "word" };

// Words that neither date nor break "month year" apart.
const FILLER = /^(?:г|гг|год|года|годы|году|годах|в|с|числа|срок|не)$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})|(\d{1,2})|([a-zа-я]+)|([-–—])|([,;])/g;
  for (const match of text.matchAll(pattern)) {
    const [, day, month, fullYear, year, number, word, dash] = match;
    if (fullYear) tokens.push({ type: "date", year: Number(fullYear), month: Number(month), day: Number(day) });
    else if (year) tokens.push({ type: "year", year: Number(year) });
    else if (number) tokens.push({ type: "number", value: Number(number) });
    else if (dash) tokens.push({ type: "dash" });
    else if (word) {
      const monthOfWord = monthNumber(word);
      if (monthOfWord) tokens.push({ type: "month", month: monthOfWord });
      else if (word in ROMAN) tokens.push({ type: "number", value: ROMAN[word]! });
      else if (word.startsWith("квартал")) tokens.push({ type: "quarter" });
      else if (word.startsWith("полугоди")) tokens.push({ type: "half" });
      else if (word === "до" || word === "позднее" || word === "по") tokens.push({ type: "until" });
      else if (word === "и") tokens.push({ type: "and" }); // "до 20 июня и до 20 декабря": two days, not a range
      else if (!FILLER.test(word)) tokens.push({ type: "word" });
    } else tokens.push({ type: "separator" });
  }
  return tokens;
}

/** Days inside a year: a day, a month or a run of months; `year` null until the text or the period gives it. */
type Item =
  | { kind: "within-year"; year: number | null; startMonth: number; startDay: number | null; endMonth: number; endDay: number | null }
  | { kind: "years"; firstYear: number; lastYear: number };
type WithinYear = Extract<Item, { kind: "within-year" }>;
type Read = { item: Item | null; next: number };

/** "ноябрь – февраль" ends in the year after it starts. */
const wrapsNewYear = (item: Omit<WithinYear, "kind" | "year">) =>
  item.endMonth < item.startMonth || (item.endMonth === item.startMonth && (item.endDay ?? 31) < (item.startDay ?? 1));

type Point = { month: number; day: number | null; year: number | null; next: number };

/** "[до] [20] июня [2025]" at `at`. */
function readPoint(tokens: Token[], at: number): Point | null {
  let index = at;
  if (tokens[index]?.type === "until") index++;
  const dayToken = tokens[index];
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

/** A point, or a range of two: "20 июня", "Октябрь – ноябрь 2020", "с октября по декабрь", "Сентябрь – 2021". */
function readMonths(tokens: Token[], at: number): Read | null {
  const start = readPoint(tokens, at);
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
  if (year === null && end.year !== null) year = end.year - (wrapsNewYear(span) ? 1 : 0);
  return { item: { kind: "within-year", year, ...span }, next };
}

/** "II квартал 2022 года", "1 полугодие". */
function readQuarter(tokens: Token[], at: number): Read | null {
  const count = tokens[at];
  const unit = tokens[at + 1]?.type;
  if (count?.type !== "number" || (unit !== "quarter" && unit !== "half")) return null;
  const parts = unit === "quarter" ? 4 : 2;
  const yearToken = tokens[at + 2];
  const year = yearToken?.type === "year" ? yearToken.year : null;
  const next = year === null ? at + 2 : at + 3;
  if (count.value < 1 || count.value > parts) return { item: null, next };
  const months = 12 / parts;
  return { item: { kind: "within-year", year, startMonth: (count.value - 1) * months + 1, startDay: null, endMonth: count.value * months, endDay: null }, next };
}

/** "2018", "2018 – 2020", "26.06.2020". */
function readYearsOrDate(tokens: Token[], at: number): Read | null {
  const token = tokens[at];
  if (token?.type === "date") {
    return { item: { kind: "within-year", year: token.year, startMonth: token.month, startDay: token.day, endMonth: token.month, endDay: token.day }, next: at + 1 };
  }
  if (token?.type !== "year") return null;
  const last = tokens[at + 1]?.type === "dash" ? tokens[at + 2] : undefined;
  const isSpan = last?.type === "year" && last.year >= token.year;
  return { item: { kind: "years", firstYear: token.year, lastYear: isSpan ? last.year : token.year }, next: isSpan ? at + 3 : at + 1 };
}

function readItems(tokens: Token[]): Item[] {
  const items: Item[] = [];
  let partStart = 0; // where the current comma-separated part began, for a year written at its end
  for (let at = 0; at < tokens.length; ) {
    const read = readMonths(tokens, at) ?? readQuarter(tokens, at) ?? readYearsOrDate(tokens, at);
    if (!read) {
      if (tokens[at]!.type === "separator") partStart = items.length;
      at++;
      continue;
    }
    at = read.next;
    if (!read.item) continue;
    items.push(read.item);
    if (read.item.kind === "years") {
      partStart = items.length;
    } else if (read.item.year !== null) {
      // "октябрь и декабрь 2023": the year belongs to the months before it in its part, too.
      for (const earlier of items.slice(partStart, -1)) if (earlier.kind === "within-year" && earlier.year === null) earlier.year = read.item.year;
      partStart = items.length;
    }
  }
  return items;
}

/** The years in which a month with no year of its own falls, by the rule above. */
function yearsOfMonth(month: number, period: PlanPeriod): number[] {
  const first = period.schoolYear && month < 9 ? period.firstYear + 1 : period.firstYear;
  const last = period.schoolYear && month >= 9 ? period.lastYear - 1 : period.lastYear;
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

function spansOf(item: Item, period: PlanPeriod | null): DateSpan[] {
  if (item.kind === "years") return [yearSpan(item.firstYear, item.lastYear)];
  const wraps = wrapsNewYear(item);
  const years = item.year !== null ? [item.year] : period ? yearsOfMonth(item.startMonth, period) : [];
  return years.flatMap((year) => {
    const endYear = wraps ? year + 1 : year;
    const startDay = item.startDay ?? 1;
    const endDay = item.endDay ?? daysInMonth(endYear, item.endMonth);
    if (!isValidDay(year, item.startMonth, startDay) || !isValidDay(endYear, item.endMonth, endDay)) return [];
    return [{ start: isoDay(year, item.startMonth, startDay), end: isoDay(endYear, item.endMonth, endDay) }];
  });
}

export function parseSchedule(schedule: string, period: PlanPeriod | null): ScheduleDates {
  const text = schedule.toLocaleLowerCase("ru").replace(/ё/g, "е");
  const { rest, recurrence, recurs } = takeRecurrence(text);
  let dates = mergeSpans(readItems(tokenize(rest)).flatMap((item) => spansOf(item, period)));
  if (dates.length === 0 && recurs && period) dates = occurrences(period, recurrence);
  return { dates, recurrence, readable: dates.length > 0 || recurrence !== null };
}
