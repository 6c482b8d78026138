/** Measure numbers: what a misread number stands for, and gaps and repeats in the sequence. */
import { romanValue } from "./section-numbers.ts";
import type { PlanWarning } from "./types.ts";

// "2.1.3", or "II.3" for a measure numbered afresh under a Roman section.
const NUMERIC = /^(?:[IVX]{1,4}\.)?\d+(?:\.\d+)*$/;

export const isNumeric = (number: string): boolean => NUMERIC.test(number);

const parts = (number: string) => number.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : romanValue(part)));

/** The number after this one at the same level: 1.4 → 1.5, 10 → 11. */
function successor(number: string): string {
  const levels = parts(number);
  levels[levels.length - 1]! += 1;
  return levels.join(".");
}

/**
 * The number a non-number stands for ("И" printed where 11 belongs): the successor of the
 * number before it, when the number after it (if any) follows that. Otherwise the text as written.
 */
export function assumedNumbers(written: readonly string[]): string[] {
  return written.map((number, index) => {
    if (isNumeric(number)) return number;
    const before = written[index - 1];
    const after = written[index + 1];
    if (!before || !isNumeric(before)) return number;
    const assumed = successor(before);
    return after === undefined || !isNumeric(after) || after === successor(assumed) ? assumed : number;
  });
}

/**
 * Whether `next` may follow `previous`: at the first level where they differ, `next` is one more
 * (or 1 where `previous` has no such level) and any deeper levels start at 1 — 1.4 → 1.5,
 * 1 → 1.1, 1.8 → 2.1, 2.3 → 3.
 */
function follows(previous: string, next: string): boolean {
  const before = parts(previous);
  const after = parts(next);
  const level = after.findIndex((part, index) => part !== before[index]);
  if (level < 0) return false;
  const stepped = before[level] === undefined ? after[level] === 1 : after[level] === before[level]! + 1;
  return stepped && after.slice(level + 1).every((part) => part === 1);
}

/** Gaps and repeats, each with the index of the measure it names. */
export function numberingWarnings(numbers: readonly string[]): { index: number; warning: PlanWarning }[] {
  const warnings: { index: number; warning: PlanWarning }[] = [];
  const seen = new Set<string>();
  let previous: string | null = null;
  for (const [index, number] of numbers.entries()) {
    if (!isNumeric(number)) continue;
    if (seen.has(number)) warnings.push({ index, warning: { measure: number, code: "numbering-repeat", details: { number } } });
    else if (previous !== null && !follows(previous, number)) {
      warnings.push({ index, warning: { measure: number, code: "numbering-gap", details: { from: previous, to: number } } });
    }
    seen.add(number);
    previous = number;
  }
  return warnings;
}
