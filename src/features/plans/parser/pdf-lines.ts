/**
 * Runs of text to lines, and lines to paragraphs. A PDF keeps no paragraphs, only where each line
 * is drawn; a line ends its paragraph when the next line's first word would have fitted after it,
 * since a line that wraps does so only because that word did not fit.
 */
import type { TextRun } from "./pdf-page.ts";
import { DASH_BREAK, isCutWord, isHyphenated, settleDashes, type Vocabulary } from "./pdf-words.ts";

export type TextLine = { text: string; left: number; right: number; baseline: number; size: number; firstWordWidth: number; firstCharWidth: number };

// Share of the font size: runs further apart than this are separate words (pdfjs's
// SPACE_IN_FLOW_MIN_FACTOR, as within a run: pdf-glyphs.ts).
const WORD_GAP = 0.102;
// A space's width, as a share of the font size.
const SPACE = 0.25;
// A run whose baseline is this close (share of its size) to the line's is on that line.
const SAME_LINE = 0.45;

// Each character's width once: a document repeats few characters, and testing each anew was
// nearly half of rebuilding a PDF's text.
const charWidths = new Map<string, number>();

function charWidth(char: string): number {
  let width = charWidths.get(char);
  if (width === undefined) {
    width = /\p{Lu}/u.test(char) ? 1.35 : /[\s.,;:!'"()|-]/.test(char) ? 0.5 : 1;
    charWidths.set(char, width);
  }
  return width;
}

/** A text's width in average letters: capitals are wider, spaces and stops narrower, in any text face. */
function relativeWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function lineOf(runs: TextRun[]): TextLine {
  const sorted = [...runs].sort((a, b) => a.left - b.left);
  let text = "";
  let right = -Infinity;
  for (const run of sorted) {
    const apart = run.left - right > WORD_GAP * run.size;
    text += text !== "" && apart && !/\s$/.test(text) && !/^\s/.test(run.text) ? ` ${run.text}` : run.text;
    right = Math.max(right, run.right);
  }
  const first = sorted[0]!;
  const firstText = first.text.trimStart();
  // A line may break after a hyphen, so the part up to it is what had to fit.
  const firstWord = /^[^\s-]*-?/.exec(firstText)?.[0] ?? "";
  const firstWidth = Math.max(1, relativeWidth(first.text));
  const widthOf = (part: string) => ((first.right - first.left) * relativeWidth(part)) / firstWidth;
  return {
    text: text.replace(/\s+/g, " ").trim(),
    left: first.left,
    right,
    baseline: sorted.reduce((sum, run) => sum + run.baseline, 0) / sorted.length,
    size: Math.max(...sorted.map((run) => run.size)),
    firstWordWidth: widthOf(firstWord),
    firstCharWidth: widthOf(firstText.slice(0, 1)),
  };
}

/** Lines top to bottom; runs on one baseline (within a fraction of their size) make a line. */
export function linesOf(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const baseline = group?.[0]?.baseline;
    if (group && baseline !== undefined && run.baseline - baseline <= SAME_LINE * Math.max(run.size, group[0]!.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map(lineOf).filter((line) => line.text !== "");
}

/** Whether the line wrapped: the next line's first word would not have fitted before `edge`. */
export function wrapsInto(line: TextLine, next: TextLine, edge: number): boolean {
  // The estimate of the word's width errs long: joining two paragraphs costs less than cutting one.
  return line.right + SPACE * line.size + 1.1 * next.firstWordWidth > edge;
}

/**
 * A line and the one it wrapped into, as one text: a word cut at the column's end is whole
 * again; a soft hyphen goes, and so does a hyphen that only hyphenated ("мероприя-" / "тий");
 * a word with a hyphen of its own ("учебно-" / "методический") keeps it.
 */
export function joinWrapped(text: string, line: TextLine, next: TextLine, edge: number, words: Vocabulary): string {
  if (text.endsWith("\u00ad")) return text.slice(0, -1) + next.text;
  // A line breaks after a hyphen: within a word ("учебно-" / "методический"), or after a list's dash.
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next.text)) return (isHyphenated(text, next, words) ? text.slice(0, -1) : text) + next.text;
  if (/(?:^|\s)-$/u.test(text)) return text + DASH_BREAK + next.text;
  return isCutWord(line, next, edge, words) ? text + next.text : `${text} ${next.text}`;
}

/** Paragraphs of a cell or a column of text whose lines end at `edge` when they wrap. */
export function paragraphsOf(lines: readonly TextLine[], edge: number, words: Vocabulary): string[] {
  const paragraphs: string[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    if (previous && wrapsInto(previous, line, edge)) paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs.at(-1)!, previous, line, edge, words);
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs.map((paragraph) => settleDashes(paragraph, words));
}
