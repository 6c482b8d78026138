/**
 * Capitalisation for text printed in capitals ("УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ КАЧКАНАРСКОГО ГОРОДСКОГО
 * ОКРУГА"), learnt from the document itself: a word takes the case it has inside sentences
 * elsewhere ("…работников Качканарского городского округа…"), so names keep their capital.
 */
import { isMostlyUpperCase } from "./text.ts";

type WordCase = "lower" | "capital" | "upper";

const WORD = /[А-ЯЁа-яёA-Za-z]+/g;

function caseOf(word: string): WordCase {
  if (word === word.toLocaleLowerCase("ru")) return "lower";
  if (word.length > 1 && word === word.toLocaleUpperCase("ru")) return "upper";
  return "capital";
}

/** The cases each of `keys` has inside sentences of `lines` (after a lower-case letter, digit or comma). */
function learnCases(lines: readonly string[], keys: ReadonlySet<string>): Map<string, Set<WordCase>> {
  const cases = new Map<string, Set<WordCase>>();
  // These run over every word of the document: each word is lower-cased once (toLocaleLowerCase
  // costs microseconds a call), and a line is checked for capitals only when it holds a key.
  const lowerCased = new Map<string, string>();
  const lower = (word: string) => lowerCased.get(word) ?? lowerCased.set(word, word.toLocaleLowerCase("ru")).get(word)!;
  for (const line of lines) {
    let inCapitals: boolean | undefined;
    for (const match of line.matchAll(WORD)) {
      const key = lower(match[0]);
      if (!keys.has(key)) continue;
      inCapitals ??= isMostlyUpperCase(line);
      if (inCapitals) break;
      const before = line.slice(0, match.index).trimEnd().at(-1);
      if (before === undefined || !/[а-яёa-z0-9,]/.test(before)) continue;
      const seen = cases.get(key) ?? new Set<WordCase>();
      seen.add(caseOf(match[0]));
      cases.set(key, seen);
    }
  }
  return cases;
}

/** Sentence case for capitalised text, each word as the document's `lines` write it elsewhere. */
export function recase(text: string, lines: readonly string[]): string {
  const keys = new Set(Array.from(text.matchAll(WORD), (match) => match[0].toLocaleLowerCase("ru")));
  const known = learnCases(lines, keys);
  let first = true;
  return text.replace(WORD, (word) => {
    const key = word.toLocaleLowerCase("ru");
    const cases = known.get(key);
    const wordCase: WordCase = cases?.has("lower") ? "lower" : cases?.has("capital") ? "capital" : cases?.has("upper") ? "upper" : "lower";
    const isFirst = first;
    first = false;
    if (wordCase === "upper") return word.toLocaleUpperCase("ru");
    if (wordCase === "capital" || isFirst) return key.charAt(0).toLocaleUpperCase("ru") + key.slice(1);
    return key;
  });
}
