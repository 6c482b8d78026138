/** A schedule's words as tokens: days, years, school years, months, parts of a year, joiners. */
import { monthNumber } from "./dates.ts";

export type Token =
  | { type: "date"; year: number | null; month: number; day: number }
  | { type: "year"; year: number }
  | { type: "school-year"; firstYear: number }
  | { type: "number"; value: number }
  | { type: "month"; month: number }
  | { type: "quarter" | "half" | "term" | "summer" | "except" | "dash" | "separator" | "until" | "and" | "word" };

// Words that neither date nor break "month year" apart.
const FILLER = /^(?:г|гг|год|года|годы|году|годах|в|с|числа|срок|не|уч|учебн[а-я]*)$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINALS: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4 };
const ORDINAL = /^(перв|втор|трет|четверт)(?:ый|ой|ий|ая|ое|ого|ую|ом|ья|ье|ьего|ьем|ью|ьей)$/;
const TERM = /^четверт(?:ь|и|ью|ей|ям|ях)$/;

const PATTERN = new RegExp(
  [
    String.raw`(?<pairFirst>\d{4})\s*(?<pairJoin>[-–—/])\s*(?<pairLast>\d{4})`,
    String.raw`(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<dateYear>\d{4}|\d{2})(?!\d)`,
    String.raw`(?<shortDay>\d{2})\.(?<shortMonth>\d{2})(?![\d.])`,
    String.raw`(?<year>\d{4})`,
    String.raw`(?<number>\d{1,2})(?:-(?:ого|ый|ой|ий|ое|ая|го|й|е|я)(?![а-я]))?`,
    String.raw`(?<word>[a-zа-я]+)`,
    String.raw`(?<dash>[-–—])`,
    "[,;]",
  ].join("|"),
  "g",
);

/**
 * "2025/2026" and "2025-2026 уч. год" are one school year; any other pair of years ("2021-2023",
 * "2021-2022 г.г.") is a span of calendar years.
 */
function yearPair(first: number, join: string, last: number, after: string): Token[] {
  const isSchoolYear = last === first + 1 && (join === "/" || /^\s*уч/.test(after));
  return isSchoolYear ? [{ type: "school-year", firstYear: first }] : [{ type: "year", year: first }, { type: "dash" }, { type: "year", year: last }];
}

function wordToken(word: string): Token | null {
  const month = monthNumber(word);
  if (month) return { type: "month", month };
  if (word in ROMAN) return { type: "number", value: ROMAN[word]! };
  if (TERM.test(word)) return { type: "term" };
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return { type: "number", value: ORDINALS[ordinal[1]!]! };
  if (word.startsWith("квартал")) return { type: "quarter" };
  if (word.startsWith("полугоди")) return { type: "half" };
  if (word.startsWith("летн") || word === "летом") return { type: "summer" };
  if (word === "кроме" || word === "исключением") return { type: "except" };
  if (word === "до" || word === "позднее" || word === "по") return { type: "until" };
  if (word === "и") return { type: "and" }; // "до 20 июня и до 20 декабря": two days, not a range
  return FILLER.test(word) ? null : { type: "word" };
}

/** `text` in lower case with "ё" as "е". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const group = match.groups!;
    if (group.pairFirst) {
      tokens.push(...yearPair(Number(group.pairFirst), group.pairJoin!, Number(group.pairLast), text.slice(match.index + match[0].length)));
    } else if (group.day) {
      const year = Number(group.dateYear);
      tokens.push({ type: "date", year: year < 100 ? 2000 + year : year, month: Number(group.month), day: Number(group.day) });
    } else if (group.shortDay) tokens.push({ type: "date", year: null, month: Number(group.shortMonth), day: Number(group.shortDay) });
    else if (group.year) tokens.push({ type: "year", year: Number(group.year) });
    else if (group.number) tokens.push({ type: "number", value: Number(group.number) });
    else if (group.word) {
      const token = wordToken(group.word);
      if (token) tokens.push(token);
    } else if (group.dash) tokens.push({ type: "dash" });
    else tokens.push({ type: "separator" });
  }
  return tokens;
}
