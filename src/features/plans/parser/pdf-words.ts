/**
 * Words cut at a column's end. Without hyphenation, a word too long for its column is cut where
 * the column ends ("общеобразователь" / "ные"); a line may also end with a whole word that fills
 * it ("демонстрирующих" / "эффективные"). The document's own words tell the two apart.
 */
import type { TextLine } from "./pdf-lines.ts";

/**
 * The words of a document, lower case, letters only: `complete` where neither end can have been
 * cut (a word amid its line; first or last on it only where the line before or after cannot go
 * on with it); `all` every word. And whether its list items start with a dash set close
 * ("-участие") more often than apart ("- участие").
 */
export type Vocabulary = { complete: Set<string>; all: Set<string>; closeDashes: boolean };

const LOWER_START = /^\p{Ll}/u;
// Letters in the longest word a plan is likely to hold ("общеобразовательных" has 19).
const LONGEST_WORD = 21;
// No Russian word starts with these: what follows a cut.
const NEVER_FIRST = /^[ьъы]/;
const VOWEL = /[аеёиоуыэюяaeiouy]/;
// Words of up to three letters a plan's sentence may carry on with after a line break.
const SHORT_WORDS = new Set(
  "а в во с со к ко о об у и но да по на за из от до не ни же ли бы то как для при без под над про их его ее её они что это все всё так уже еще ещё где или чем тем".split(" "),
);

/** Whether a line's text reaches `edge`, leaving no room for the first letter of the next line (or of its own). */
const fills = (line: TextLine, next: TextLine, edge: number) => line.right + 1.5 * next.firstCharWidth > edge;

/** The vocabulary of lines grouped as they are set (each cell's, each page's outside tables), with where they end. */
export function vocabularyOf(groups: Iterable<{ lines: readonly TextLine[]; edge: number }>): Vocabulary {
  const vocabulary: Vocabulary = { complete: new Set(), all: new Set(), closeDashes: false };
  let dashes = 0;
  for (const { lines, edge } of groups) {
    for (const [index, line] of lines.entries()) {
      const text = line.text.toLocaleLowerCase("ru");
      const [before, after] = [lines[index - 1], lines[index + 1]];
      // The first line of a cell may go on from the page before when it starts with a small letter.
      const startIsWhole = before ? !/\p{L}$/u.test(before.text) || !fills(before, line, edge) : !LOWER_START.test(line.text);
      // The last line of a cell may still be cut: its row goes on on the next page.
      const endIsWhole = after ? !LOWER_START.test(after.text) || !fills(line, after, edge) : !fills(line, line, edge);
      for (const match of text.matchAll(/\p{L}+/gu)) {
        const [word] = match;
        const end = match.index + word.length;
        vocabulary.all.add(word);
        if ((match.index > 0 || startIsWhole) && (end < text.length || endIsWhole)) vocabulary.complete.add(word);
      }
      dashes += (line.text.match(/(?:^|\s)-\p{L}/gu)?.length ?? 0) - (line.text.match(/(?:^|\s)-\s+\p{L}/gu)?.length ?? 0);
    }
  }
  vocabulary.closeDashes = dashes > 0;
  return vocabulary;
}

const endingOf = (word: string) => word.slice(-2);

/** Whether some complete word of the document ends as `word` does: "конференций" does, "профессиональног" not. */
function endsLikeAWord(word: string, words: Vocabulary): boolean {
  let count = 0;
  for (const known of words.complete) if (known.length > 3 && endingOf(known) === endingOf(word) && ++count > 2) return true;
  return false;
}

/** Whether the line's one word, filling the column up to `edge`, goes on at the start of the next line. */
export function isCutWord(line: TextLine, next: TextLine, edge: number, words: Vocabulary): boolean {
  if (line.text.includes(" ") || !/\p{L}$/u.test(line.text) || !LOWER_START.test(next.text) || !fills(line, next, edge)) return false;
  const tail = /\p{L}+$/u.exec(line.text)![0].toLocaleLowerCase("ru");
  const head = /^\p{L}+/u.exec(next.text)![0].toLocaleLowerCase("ru");
  const joined = tail + head;
  if (words.all.has(joined) || NEVER_FIRST.test(head) || !VOWEL.test(head)) return true;
  if (words.complete.has(tail) || joined.length > LONGEST_WORD) return false;
  // "конференций" / "с" is a word and a preposition; "профессиональног" / "о" ends as no word does.
  if (SHORT_WORDS.has(head)) return !endsLikeAWord(tail, words);
  if (words.complete.has(head)) return false;
  // The same word in another form: "общеобразователь" / "ные" beside "общеобразовательных".
  const stem = joined.slice(0, Math.min(tail.length, joined.length - 3));
  return head.length <= 3 || !endsLikeAWord(tail, words) || (stem.length >= 4 && [...words.all].some((word) => word !== tail && word.startsWith(stem)));
}

/** Whether a hyphen at a line's end only hyphenated a word: the word is used whole elsewhere ("мероприя-" / "тий"). */
export function isHyphenated(text: string, next: TextLine, words: Vocabulary): boolean {
  const tail = /\p{L}+(?=-$)/u.exec(text)?.[0] ?? "";
  const head = /^\p{L}+/u.exec(next.text)?.[0] ?? "";
  return words.complete.has((tail + head).toLocaleLowerCase("ru"));
}

// Where a line broke after a list's dash: set close or apart once the paragraph is whole.
export const DASH_BREAK = "\u0000";

/** A paragraph's dashes broken at line ends set as its other dashes are, or else as the document's. */
export function settleDashes(text: string, words: Vocabulary): string {
  if (!text.includes(DASH_BREAK)) return text;
  const close = text.match(/(?:^|\s)-\p{L}/gu)?.length ?? 0;
  const apart = text.match(/(?:^|\s)-\s+\p{L}/gu)?.length ?? 0;
  return text.replaceAll(DASH_BREAK, close > apart || (close === apart && words.closeDashes) ? "" : " ");
}
