// Searching practices by words. Matching is done here, in JS, not by the database: SQLite's LIKE
// folds the case of Latin letters only, and the schema keeps no lower-cased copy, so "Проект"
// would not find "проектная". JS folds Cyrillic case and ё alike on both databases, over a
// bounded set of candidates (browse-service.ts).
import { QUERY_MAX } from "./callbacks.ts";

/** Lower case, ё as е, words of letters and digits. */
const words = (text: string) => text.toLocaleLowerCase("ru").replaceAll("ё", "е").match(/[\p{L}\d]+/gu) ?? [];

/**
 * A word's stem, so that forms of it find each other ("проектная" and "проектной"): Russian
 * endings are cut, two letters from long words, one from middling ones; short words stay whole.
 */
function stem(word: string): string {
  if (word.length >= 7) return word.slice(0, -2);
  if (word.length >= 5) return word.slice(0, -1);
  return word;
}

/**
 * The words of a search as a button carries them: folded, Cyrillic and Latin letters and digits
 * only (two bytes each at most), cut to QUERY_MAX characters (a word cut short still finds what it
 * began); "" when nothing is left.
 */
export function searchQuery(typed: string): string {
  const kept = words(typed).flatMap((word) => word.match(/[a-zа-я0-9]+/g) ?? []);
  return kept.join(" ").slice(0, QUERY_MAX).trim();
}

/** Whether every word of the query is found, by its stem, in the text (title and description). */
export function matches(query: string, text: string): boolean {
  const haystack = words(text).join(" ");
  return words(query).every((word) => haystack.includes(stem(word)));
}
