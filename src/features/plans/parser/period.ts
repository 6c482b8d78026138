/** The years a plan covers, from the words of its title: "на 2020 – 2024 годы", "на 2025/2026 учебный год". */
import type { PlanPeriod } from "./dates.ts";

const DASH = "\\s*[-–—/]\\s*";
const SCHOOL_YEAR = new RegExp(`(\\d{4})${DASH}(\\d{4})\\s+учебн`);
const SPAN = new RegExp(`(\\d{4})${DASH}(\\d{4})\\s*(?:год|гг|г\\.)`);
const SPAN_AFTER_NA = new RegExp(`(?:^|\\s)на\\s+(?:период\\s+)?(\\d{4})${DASH}(\\d{4})`);
const ONE_YEAR = /(?:^|\s)на\s+(\d{4})\s*(?:год|г\.)/;
const UNTIL = /(?:^|\s)до\s+(\d{4})\s*(?:год|г\.)/;

/**
 * The first of `texts` (the plan's title, then the order's subject) that names a period decides.
 * "на период до 2024 года" runs from the year of the document's date to 2024. Without any, the
 * year of the document's date alone; with no date either, null.
 */
export function planPeriod(texts: readonly string[], documentYear: number | null): PlanPeriod | null {
  for (const text of texts) {
    const school = SCHOOL_YEAR.exec(text);
    if (school) return { firstYear: Number(school[1]), lastYear: Number(school[2]), schoolYear: true };
    const span = SPAN.exec(text) ?? SPAN_AFTER_NA.exec(text);
    if (span && Number(span[2]) >= Number(span[1])) return { firstYear: Number(span[1]), lastYear: Number(span[2]), schoolYear: false };
    const one = ONE_YEAR.exec(text);
    if (one) return { firstYear: Number(one[1]), lastYear: Number(one[1]), schoolYear: false };
    const until = UNTIL.exec(text);
    if (until) {
      const lastYear = Number(until[1]);
      return { firstYear: Math.min(documentYear ?? lastYear, lastYear), lastYear, schoolYear: false };
    }
  }
  return documentYear === null ? null : { firstYear: documentYear, lastYear: documentYear, schoolYear: false };
}
