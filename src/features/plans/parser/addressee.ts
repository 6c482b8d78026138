/**
 * The body an order's paragraph addresses, in the dative ("Руководителям образовательных
 * организаций", "Директору ГИМЦ РО И.Е. Кузнецовой"), as an executor is named: in the nominative.
 * Only the leading words in the dative change; the genitive that follows ("образовательных
 * организаций") and names and abbreviations stay as written.
 */

// Dative endings and their nominative, longest first. Adjectives take the gender of the noun they go with.
const PLURAL: [RegExp, string][] = [
  [/ым$/, "ые"],
  [/им$/, "ие"],
  [/ям$/, "и"],
  [/ам$/, "ы"],
];
const NEUTER_NOUN = /ию$/;
const SINGULAR_NOUN: [RegExp, string][] = [
  [/ию$/, "ие"],
  [/ии$/, "ия"], // "Комиссии" → "Комиссия"
  [/у$/, ""],
  [/ю$/, "ь"],
];
const ADJECTIVE_SINGULAR = /(?:ому|ему)$/;
const SURNAME_FEMININE = /(?:ой)$/;
const INITIALS = /^[А-ЯЁ]\.(?:[А-ЯЁ]\.)?$/;

function nominativeWord(word: string, neuter: boolean): string | null {
  const lower = word.toLocaleLowerCase("ru");
  if (ADJECTIVE_SINGULAR.test(lower)) return word.replace(/(?:ому|ему)$/, (ending) => (neuter ? (ending === "ому" ? "ое" : "ее") : ending === "ому" ? "ый" : "ий"));
  for (const [ending, nominative] of PLURAL) if (ending.test(lower)) return word.replace(ending, nominative);
  for (const [ending, nominative] of SINGULAR_NOUN) if (ending.test(lower)) return word.replace(ending, nominative);
  return null;
}

export function nominativeOfAddressee(addressee: string): string {
  const words = addressee.split(" ");
  const firstNoun = words.find((word) => !ADJECTIVE_SINGULAR.test(word.toLocaleLowerCase("ru")));
  const neuter = firstNoun !== undefined && NEUTER_NOUN.test(firstNoun.toLocaleLowerCase("ru"));
  const out: string[] = [];
  let changing = true;
  for (const [index, word] of words.entries()) {
    // A surname by its initials: "И.Е. Кузнецовой" → "И.Е. Кузнецова", "Петровой А.С." → "Петрова А.С.".
    const byInitials = (index > 0 && INITIALS.test(words[index - 1]!)) || INITIALS.test(words[index + 1] ?? "");
    if (byInitials && /^[А-ЯЁ][а-яё]/.test(word)) {
      out.push(SURNAME_FEMININE.test(word) ? word.replace(/ой$/, "а") : word.replace(/у$/, ""));
      continue;
    }
    // "органам …, осуществляющим управление": the participle agrees with the noun it describes.
    if (/(?:щим|вшим)$/.test(word)) {
      out.push(word.replace(/им$/, "ие"));
      continue;
    }
    const nominative = changing && /^[а-яё]/i.test(word) && word !== word.toLocaleUpperCase("ru") ? nominativeWord(word, neuter) : null;
    if (nominative === null) changing = false;
    out.push(nominative ?? word);
  }
  return out.join(" ");
}
