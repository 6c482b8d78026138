/**
 * Finding a directory name in running Russian text, in any grammatical case: a plan's issuer
 * says "Министерство образования Омской области" for "Омская область" and "Управление
 * образования Администрации Оконешниковского муниципального района" for "Оконешниковский
 * муниципальный район". Each word of the name gets the endings of its declension class.
 */

const LETTER = "[а-яa-z0-9]";
const ADJECTIVE_MASCULINE = "(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем)";
const ADJECTIVE_FEMININE = "(?:ая|яя|ой|ей|ую|юю|ою|ею)";
const ADJECTIVE_NEUTER = "(?:ое|ее|ого|его|ому|ему|ым|им|ом|ем)";

/** Lower case, ё as е, quotes and line breaks as spaces: how both sides are compared. */
export function foldForMatching(text: string): string {
  return text.toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/[«»"“”„]/g, " ").replace(/\s+/g, " ").trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One word of a name as a pattern matching its case forms. */
function wordPattern(word: string): string {
  // "Русско-Полянский", "Усть-Ишимский": only the last part declines.
  const dash = word.lastIndexOf("-");
  if (dash > 0) return escapeRegExp(word.slice(0, dash + 1)) + wordPattern(word.slice(dash + 1));
  if (word === "область") return "(?:област(?:ь|и|ью)|обл\\.?)";
  const stem = escapeRegExp(word.slice(0, -2));
  if (/(?:ый|ий|ой)$/.test(word)) return stem + ADJECTIVE_MASCULINE;
  if (/(?:ая|яя)$/.test(word)) return stem + ADJECTIVE_FEMININE;
  if (/(?:ое|ее)$/.test(word)) return stem + ADJECTIVE_NEUTER;
  const base = escapeRegExp(word.slice(0, -1));
  if (/ь$/.test(word)) return `${base}(?:ь|и|ью|ем|е|я|ю)`;
  if (/[ая]$/.test(word)) return `${base}(?:а|я|ы|и|е|у|ю|ой|ей|ою|ею)`;
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return `${escapeRegExp(word)}(?:а|у|ом|е)?`;
  return escapeRegExp(word);
}

/**
 * A name as a whole-word pattern. "г. Омск" also matches "города Омска" and a bare "Омска";
 * "муниципальный" may be left out ("Таврического района").
 */
export function namePattern(name: string): RegExp {
  const words = foldForMatching(name).split(" ");
  let prefix = "";
  if (words[0] === "г." || words[0] === "г") {
    words.shift();
    prefix = "(?:(?:г\\.?|город[а-я]{0,2})\\s*)?";
  }
  const body = words
    .map((word, index) => {
      const pattern = wordPattern(word);
      if (index === words.length - 1) return pattern;
      return word === "муниципальный" ? `(?:${pattern}\\s+)?` : `${pattern}\\s+`;
    })
    .join("");
  return new RegExp(`(?<!${LETTER})${prefix}${body}(?!${LETTER})`, "u");
}

/** Where a name occurs in the text, and how long the occurrence is; null when it does not. */
export function findName(foldedText: string, pattern: RegExp): { index: number; length: number } | null {
  const match = pattern.exec(foldedText);
  return match ? { index: match.index, length: match[0].length } : null;
}

/**
 * The named item the text speaks of: the longest occurrence, then the earliest ("в Омском
 * муниципальном районе" is the district, not the city whose instrumental is "Омском").
 */
export function bestNamed<T extends { name: string }>(text: string, items: readonly T[]): T | null {
  const folded = foldForMatching(text);
  let best: { item: T; index: number; length: number } | null = null;
  for (const item of items) {
    const found = findName(folded, namePattern(item.name));
    if (!found) continue;
    if (!best || found.length > best.length || (found.length === best.length && found.index < best.index)) best = { item, ...found };
  }
  return best?.item ?? null;
}
