/** Parts of a year in a schedule: quarters, halves, school terms ("четверти"). */
import { monthsItem, type Read } from "./schedule-items.ts";
import type { Token } from "./schedule-tokens.ts";

/**
 * The months of each part of a year. Quarters are the calendar's (reports are due by calendar
 * quarter); a school year's terms ("четверти") and halves run from September and end in May.
 */
const PART_MONTHS = {
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
  half: [[1, 6], [7, 12]],
  "school-half": [[9, 12], [1, 5]],
  term: [[9, 10], [11, 12], [1, 3], [4, 5]],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

/** "I", "I – II", "I, III", "I и III" at `at`: the parts' numbers, first and last of each. */
function readPartNumbers(tokens: Token[], at: number): { ranges: [number, number][]; next: number } | null {
  const ranges: [number, number][] = [];
  let index = at;
  for (;;) {
    const first = tokens[index];
    if (first?.type !== "number") return null;
    const afterDash = tokens[index + 2];
    const isRange = tokens[index + 1]?.type === "dash" && afterDash?.type === "number";
    ranges.push([first.value, isRange ? afterDash.value : first.value]);
    index += isRange ? 3 : 1;
    const joiner = tokens[index]?.type;
    if (joiner !== "separator" && joiner !== "and") return { ranges, next: index };
    index++;
  }
}

/** "II квартал 2022 года", "1 полугодие", "I–II четверть", "I, III квартал", "I полугодие 2025/2026 учебного года". */
export function readPart(tokens: Token[], at: number, schoolYearPlan: boolean): Read | null {
  const numbers = readPartNumbers(tokens, at);
  if (!numbers) return null;
  let index = numbers.next;
  const unit = tokens[index]?.type;
  if (unit !== "quarter" && unit !== "half" && unit !== "term") return null;
  const yearToken = tokens[++index];
  const calendarYear = yearToken?.type === "year" ? yearToken.year : null;
  const schoolYear = yearToken?.type === "school-year" ? yearToken.firstYear : null;
  if (calendarYear !== null || schoolYear !== null) index++;
  // A half of a named calendar year is the calendar's; of a school year, or of a school-year plan, the school's.
  const ofSchoolYear = schoolYear !== null || (schoolYearPlan && calendarYear === null);
  const parts: readonly (readonly [number, number])[] = PART_MONTHS[unit === "half" && ofSchoolYear ? "school-half" : unit];
  const items = numbers.ranges.flatMap(([first, last]) => {
    const from = parts[first - 1];
    const to = parts[last - 1];
    if (!from || !to || last < first) return [];
    return [monthsItem(schoolYear === null ? calendarYear : from[0] >= 9 ? schoolYear : schoolYear + 1, from[0], to[1])];
  });
  return { items, next: index, givesYear: calendarYear !== null };
}
