/** A schedule's tokens to the items it dates and the months it excludes. */
import { monthsItem, readMonths, readYears, type Item, type WithinYear } from "./schedule-items.ts";
import { readPart } from "./schedule-parts.ts";
import type { Token } from "./schedule-tokens.ts";

const SUMMER = monthsItem(null, 6, 8);

/** The months after "кроме": "кроме января", "(кроме июля, августа)", "кроме летних месяцев"; returns where they end. */
function readExcluded(tokens: Token[], at: number, excluded: WithinYear[]): number {
  let index = at;
  for (;;) {
    const token = tokens[index];
    const following = tokens[index + 1]?.type;
    if (token?.type === "summer") {
      excluded.push(SUMMER);
      index++;
    } else if ((token?.type === "separator" || token?.type === "and") && (following === "month" || following === "summer")) {
      index++;
    } else {
      const read = readMonths(tokens, index);
      if (!read) return index;
      excluded.push(...read.items);
      index = read.next;
    }
  }
}

export function readItems(tokens: Token[], schoolYearPlan: boolean): { items: Item[]; excluded: WithinYear[] } {
  const items: Item[] = [];
  const excluded: WithinYear[] = [];
  let partStart = 0; // where the current comma-separated part began, for a year written at its end
  for (let at = 0; at < tokens.length; ) {
    if (tokens[at]!.type === "except") {
      at = readExcluded(tokens, at + 1, excluded);
      continue;
    }
    const read = readMonths(tokens, at) ?? readPart(tokens, at, schoolYearPlan) ?? readYears(tokens, at);
    if (!read) {
      if (tokens[at]!.type === "separator") partStart = items.length;
      at++;
      continue;
    }
    at = read.next;
    const item = read.items[0];
    if (!item) continue;
    if (read.givesYear && item.kind === "within-year") {
      // "октябрь и декабрь 2023": the year belongs to the months before it in its part, too.
      for (const earlier of items.slice(partStart)) if (earlier.kind === "within-year" && earlier.year === null) earlier.year = item.year;
    }
    items.push(...read.items);
    if (item.kind === "years" || item.year !== null) partStart = items.length;
  }
  return { items, excluded };
}
