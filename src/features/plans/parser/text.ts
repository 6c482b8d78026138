/** Text as documents deliver it: markup fragments, odd spaces and quotes, words broken at line ends. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith("#")) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// A tag starts with a letter or "/": "< 50 %" in a cell is text, not markup.
const TAG = /<\/?[a-z][^<>]*>/gi;
const PARAGRAPH_BREAK = /<\/?p(?:\s[^<>]*)?>|<br\s*\/?>/gi;

/** Paragraphs of a cell: `<p>` blocks and `<br>` mark them; other tags go. */
export function cellParagraphs(raw: string): string[] {
  return raw
    .split(PARAGRAPH_BREAK)
    .map((part) => cleanText(part))
    .filter((part) => part !== "");
}

/**
 * One line of document text made plain: tags and "**" bold marks stripped, entities decoded,
 * spaces and quotes normalised, words re-joined where a line break split them after a hyphen.
 */
export function cleanText(raw: string): string {
  let text = decodeEntities(raw.replace(TAG, " "))
    .replace(/\*\*/g, "")
    .replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ");
  text = normaliseQuotes(text)
    .replace(/([а-яё])- +(?=[а-яё])/gi, "$1-") // "учителей- предметников": a hyphen left by a line break
    .replace(/(\d{4})(?=год|г\.|гг)/g, "$1 ") // "2023годы"
    .replace(/ +([,.;:!?)])/g, "$1")
    .replace(/\( +/g, "(")
    .replace(/,(?=[А-Яа-яЁёA-Za-z«])/g, ", ")
    .replace(/ {2,}/g, " ");
  return text.trim();
}

/**
 * Straight and German quotes become «»: „ opens, ” closes, and " or “ closes a quote opened
 * before it, else opens one ("Учитель года " closes). Spaces just inside «» go, and a closing
 * quote that doubles another ("МКУ «ЦФЭХИМОСО »»") is dropped.
 */
function normaliseQuotes(text: string): string {
  let open = 0;
  const angled = text.replace(/["„“”]/g, (quote) => {
    const opens = quote === "„" || (quote !== "”" && open === 0);
    open = Math.max(0, open + (opens ? 1 : -1));
    return opens ? "«" : "»";
  });
  let depth = 0;
  let out = "";
  for (const char of angled.replace(/« +/g, "«").replace(/ +»/g, "»")) {
    if (char === "«") depth++;
    if (char === "»") {
      // "«ЦФЭХИМОСО »»" doubles a quote; a lone » may close a quote opened before a page break.
      if (depth === 0 && out.endsWith("»")) continue;
      depth = Math.max(0, depth - 1);
    }
    out += char;
  }
  return out;
}

export function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);
}

/** "ПЛАН", "УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ": text whose letters are nearly all capitals. */
export function isMostlyUpperCase(text: string): boolean {
  const letters = text.match(/[А-ЯЁA-Zа-яёa-z]/g) ?? [];
  const upper = letters.filter((letter) => letter === letter.toUpperCase()).length;
  return letters.length > 0 && upper / letters.length > 0.8;
}

export const startsLowerCase = (text: string): boolean => /^[а-яё]/.test(text);

// Nouns that follow a place adjective: "Омской области" is a name inside a phrase, not a new sentence.
const PLACE_NOUNS = /^(?:области|края|района|округа|республики|федерации|региона|города|муниципального)$/;

/**
 * Where text fused from two cells or a heading and a cell begins its second part: the first
 * capitalised word that follows a lower-case word ("…сопровождение Организация деятельности…"),
 * skipping place names ("…территории Омской области…"). -1 when there is none.
 */
export function fusedTextBoundary(text: string): number {
  const candidate = /(?<=[а-яё0-9»)] )[А-ЯЁ][а-яё]+/g;
  for (const match of text.matchAll(candidate)) {
    const nextWord = text.slice(match.index + match[0].length).trimStart().split(/[\s,.;:]/, 1)[0] ?? "";
    if (!PLACE_NOUNS.test(nextWord)) return match.index;
  }
  return -1;
}

/**
 * A fragment a page break cut from the text before it, ready to follow that text. A fragment
 * that stood as its own paragraph comes capitalised ("…региональной системы" + "Образования");
 * inside a sentence it is lower-case.
 */
export function asContinuation(before: string, fragment: string): string {
  const continues = /[а-яё,]$/.test(before) && /^[А-ЯЁ][а-яё]/.test(fragment);
  return continues ? fragment.charAt(0).toLocaleLowerCase("ru") + fragment.slice(1) : fragment;
}
