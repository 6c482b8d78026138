/**
 * Finding a municipality or a school by what people type: "школа 45", "сош 45" or "45" for
 * «СОШ № 45», "таврич" for the Tavrichesky district. Folded in JS (SQLite's lower() leaves
 * Cyrillic alone); the lists are a municipality's schools or all municipalities, a few hundred at most.
 */

/** Words that say what kind of body it is; they rank a match higher but are not required. */
const GENERIC = new Set([
  "школа", "школу", "школы", "school", "сош", "оош", "нош", "сш", "боу", "мбоу", "моу", "мкоу", "маоу", "оу",
  "г", "город", "no", "номер", "средняя", "общеобразовательная", "основная",
  "район", "муниципальный", "мр", "рн", "district", "municipal",
]);

/** Lower-cased words and numbers: "№", quotes, dots and hyphens only separate them; ё is е. */
export function searchTokens(text: string): string[] {
  return text.toLowerCase().replaceAll("ё", "е").match(/\p{L}+|\d+/gu) ?? [];
}

function tokenMatches(queryToken: string, nameTokens: readonly string[]): boolean {
  // A number is the school's number: "45" must not find № 145 or № 450.
  if (/^\d/.test(queryToken)) return nameTokens.includes(queryToken);
  return nameTokens.some((token) => token.startsWith(queryToken));
}

/** How well a name answers the query: null when a word that matters is missing. */
function score(nameTokens: readonly string[], queryTokens: readonly string[]): number | null {
  const required = queryTokens.filter((token) => !GENERIC.has(token));
  const wanted = required.length ? required : queryTokens;
  if (!wanted.every((token) => tokenMatches(token, nameTokens))) return null;
  return queryTokens.filter((token) => tokenMatches(token, nameTokens)).length;
}

const natural = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });

/** Names in the order people count them: № 2 before № 10. */
export function naturalOrder<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => natural.compare(a.name, b.name));
}

/** The items the query finds, the closest first, then in the list's own order. */
export function searchByName<T extends { name: string }>(items: readonly T[], query: string): T[] {
  const queryTokens = searchTokens(query);
  if (!queryTokens.length) return [];
  const found: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const value = score(searchTokens(item.name), queryTokens);
    if (value !== null) found.push({ item, score: value, index });
  });
  return found.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.item);
}
