// Searching practices by words, in the database: every approved practice is looked at, and only a
// page of them is read. SQLite's LIKE and lower() fold Latin letters only, and PostgreSQL's follow
// its locale, so neither is asked to fold case: each letter of a word becomes a class of the forms
// that fold to it ("[пП]", "[еЕёЁ]"), matched by SQLite's GLOB and PostgreSQL's regular expressions
// alike, whatever the database's locale.
import type { Provider } from "../../db/client.ts";
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

/** A folded letter and the letters that fold to it; a digit stands for itself. */
function formsOf(letter: string): string[] {
  return [...new Set(letter === "е" ? ["е", "Е", "ё", "Ё"] : [letter, letter.toLocaleUpperCase("ru")])];
}

const letterClass = (letter: string) => {
  const forms = formsOf(letter);
  return forms.length > 1 ? `[${forms.join("")}]` : letter;
};

/**
 * What a search asks of a practice's title and description: each word's stem somewhere in them, in
 * any case, ё as е. Stems hold letters and digits only (even from a forged button), so the
 * patterns need no escaping; they travel as parameters. SQLite's GLOB skips quickly to a pattern's
 * first letter only when it is one letter, not a class: so one pattern per form of that letter.
 */
export function searchCondition(provider: Provider, query: string, param: () => string): { sql: string; params: string[] } {
  const stems = words(query).map(stem);
  const text = `("title" || ' ' || "description")`;
  if (provider === "postgresql") {
    return { sql: stems.map(() => `${text} ~ ${param()}`).join(" AND ") || "TRUE", params: stems.map((each) => [...each].map(letterClass).join("")) };
  }
  const alternatives = stems.map((each) => {
    const [first = "", ...rest] = [...each];
    const tail = rest.map(letterClass).join("");
    return formsOf(first).map((form) => `*${form}${tail}*`);
  });
  const sql = alternatives.map((forms) => `(${forms.map(() => `${text} GLOB ${param()}`).join(" OR ")})`).join(" AND ");
  return { sql: sql || "1", params: alternatives.flat() };
}
