/** Recurrence in a schedule's words: "еженедельно", "1 раз в четверть", "2 раза в год", "каждый месяц". */
import type { Recurrence } from "./types.ts";

type Unit = "week" | "month" | "quarter" | "half" | "year";

const UNIT_RECURRENCE: Record<Unit, Recurrence> = {
  week: "weekly",
  month: "monthly",
  quarter: "quarterly",
  half: "twice-yearly",
  year: "yearly",
};
const TIMES_A_YEAR: Record<number, Recurrence> = { 1: "yearly", 2: "twice-yearly", 4: "quarterly", 12: "monthly" };
const COUNT_WORDS: Record<string, number> = { один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4 };

/** The unit a phrase counts in: "неделю", "четверть", "полугодие", "учебного года". */
function unitOf(phrase: string): Unit {
  if (phrase.includes("недел")) return "week";
  if (phrase.includes("месяц")) return "month";
  if (phrase.includes("четверт") || phrase.includes("квартал")) return "quarter";
  if (phrase.includes("пол")) return "half";
  return "year";
}

/** How often per unit: "2 раза в год" is twice-yearly; a count with no name ("3 раза в год") recurs all the same. */
function countedRecurrence(count: string | undefined, unit: Unit): Recurrence | null {
  const times = count === undefined ? 1 : (COUNT_WORDS[count] ?? Number(count));
  if (times === 1) return UNIT_RECURRENCE[unit];
  return unit === "year" ? (TIMES_A_YEAR[times] ?? null) : null;
}

const UNIT = "(недел[юяи]|месяц[аы]?|четверт[ьи]|квартал[аы]?|полугоди[ея]|полгода|(?:(?:учебн|календарн|текущ)[а-я]+\\s+)?год[ау]?)";
const COUNT = `(\\d+|${Object.keys(COUNT_WORDS).join("|")})`;
const RECURRENCE_PATTERNS: [RegExp, (match: RegExpExecArray) => Recurrence | null][] = [
  [new RegExp(`(?<![а-я])(?:${COUNT}\\s+)?раза?\\s+в\\s+${UNIT}`, "g"), (match) => countedRecurrence(match[1], unitOf(match[2]!))],
  [new RegExp(`кажд(?:ую|ый|ой|ого|ом|ые)\\s+${UNIT}`, "g"), (match) => UNIT_RECURRENCE[unitOf(match[1]!)]],
  [/еженедельн[а-я]*/g, () => "weekly"],
  [/ежемесячн[а-я]*/g, () => "monthly"],
  [/ежеквартальн[а-я]*/g, () => "quarterly"],
  [/ежеполугодн[а-я]*/g, () => "twice-yearly"],
  [/ежегодн[а-я]*/g, () => "yearly"],
];

// "в течение года": the whole period, as a recurrence is.
const WHOLE_PERIOD = /в\s+течени[еи]\s+(?:всего\s+)?(?:(?:учебного|календарного|текущего)\s+)?(?:года|периода)|весь\s+период/g;

/** Recurrence phrases and "в течение года" blanked out of the text; the first recurrence is the measure's. */
export function takeRecurrence(text: string): { rest: string; recurrence: Recurrence | null; recurs: boolean } {
  const found: { index: number; length: number; recurrence: Recurrence | null }[] = [];
  for (const [pattern, recurrenceOf] of RECURRENCE_PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, length: match[0].length, recurrence: recurrenceOf(match) });
  }
  const wholePeriod = Array.from(text.matchAll(WHOLE_PERIOD), (match) => ({ index: match.index, length: match[0].length }));
  let rest = text;
  for (const { index, length } of [...found, ...wholePeriod]) rest = rest.slice(0, index) + " ".repeat(length) + rest.slice(index + length);
  found.sort((a, b) => a.index - b.index);
  return { rest, recurrence: found[0]?.recurrence ?? null, recurs: found.length > 0 || wholePeriod.length > 0 };
}
