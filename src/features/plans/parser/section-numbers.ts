/** Section numbers as plans write them: Roman ones, and measures numbered afresh in each section. */
import type { RawMeasure } from "./rows.ts";

// Cyrillic "І" and "Х" look the same as Latin and are typed for them.
export const latinRoman = (text: string) => text.replace(/І/g, "I").replace(/Х/g, "X");

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "IV" → 4; Cyrillic "І" and "Х", which look the same, count as Latin. */
export function romanValue(text: string): number {
  const digits = [...latinRoman(text)].map((char) => ROMAN_DIGITS[char] ?? 0);
  return digits.reduce((sum, digit, index) => sum + (digit < (digits[index + 1] ?? 0) ? -digit : digit), 0);
}

export const sectionValue = (number: string) => (/^\d+$/.test(number) ? Number(number) : romanValue(number));

/**
 * Measures numbered afresh in each section ("1", "2" under I and again under II) take their
 * section's number in front ("II.1"), so each stays one measure; a number repeated inside one
 * section is a repeat to report, not a restart.
 */
export function prefixRestartedNumbers(measures: RawMeasure[]) {
  const sectionOfNumber = new Map<string, string | null>();
  let restarts = false;
  for (const measure of measures) {
    const first = sectionOfNumber.get(measure.number);
    if (first !== undefined && first !== measure.section && /^\d+$/.test(measure.number)) restarts = true;
    if (first === undefined) sectionOfNumber.set(measure.number, measure.section);
  }
  if (!restarts) return;
  for (const measure of measures) {
    if (measure.section && !measure.number.startsWith(`${measure.section}.`)) measure.number = `${measure.section}.${measure.number}`;
  }
}
