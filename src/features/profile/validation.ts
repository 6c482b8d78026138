/** Rules for what a person types about themselves; pure, so both flows and tests share them. */

export type NameCheck = { ok: true; value: string } | { ok: false; rule: "name-length" | "name-letters" };

export const NAME_MIN = 2;
export const NAME_MAX = 100;

/**
 * A word starts with a letter (so combining marks alone are no word); inside it, hyphens and
 * apostrophes join letters ("Анна-Мария", "O'Neil", "O’Neil"). Words are parted by a space or
 * an initial's dot ("Иванова М. П.", "М.П."); the name may end with a dot.
 */
const WORD = String.raw`\p{L}(?:[\p{L}\p{M}]|[-'’ʼ]\p{L})*`;
const NAME = new RegExp(String.raw`^${WORD}(?:(?:\. ?| )${WORD})*\.?$`, "u");
/** Hangul fillers are letters to Unicode but print as nothing: a "name" of them looks blank. */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0]/u;

export function checkFullName(raw: string): NameCheck {
  const value = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (value.length < NAME_MIN || value.length > NAME_MAX) return { ok: false, rule: "name-length" };
  if (!NAME.test(value) || BLANK_LETTERS.test(value)) return { ok: false, rule: "name-letters" };
  if ((value.match(/\p{L}/gu) ?? []).length < NAME_MIN) return { ok: false, rule: "name-length" };
  return { ok: true, value };
}

export const EXPERIENCE_MAX = 60;

/** Whole years, alone or with their word: "15", "15 лет", "2 года", "1 year", "15 years". */
export function parseExperience(raw: string): number | null {
  const match = /^\s*(\d{1,2})\s*(?:лет|год|года|г|years?|yrs?|y)?\.?\s*$/iu.exec(raw);
  if (!match) return null;
  const years = Number(match[1]);
  return years <= EXPERIENCE_MAX ? years : null;
}
