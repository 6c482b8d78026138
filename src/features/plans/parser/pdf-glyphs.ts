/**
 * Text runs from the glyphs pdfjs's operator list shows, placed as a PDF viewer places them
 * (pdfjs's canvas.js: showText). Reading them from the operator list, which the page's rules come
 * from anyway, spares pdfjs a second pass over the page for its text content (reading a PDF took
 * 40 % less). Vertical writing is placed as if horizontal, and right-to-left text is kept in the
 * order drawn: plans are in Russian.
 */
import { apply, multiply, IDENTITY, type Matrix } from "./pdf-matrix.ts";

/** A run of text on one baseline, as the PDF draws it. */
export type TextRun = { text: string; left: number; right: number; baseline: number; size: number };

/** What pdfjs tells of a font: glyph widths are in its units, `fontMatrix[0]` of a text unit. */
export type FontMetrics = { fontMatrix?: ArrayLike<number> };
/** A glyph of pdfjs's showText operator; a number between glyphs moves the next one back by thousandths of the font size. */
export type Glyph = { unicode: string; width: number; isSpace: boolean };

/** The text state, which the graphics state saves and restores. */
export type TextStyle = { font: FontMetrics | null; size: number; charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number };
/** Where the next glyph goes within a text object (BT … ET), as canvas.js keeps it. */
export type TextPosition = { matrix: Matrix; x: number; y: number; lineX: number; lineY: number };

export const defaultStyle = (): TextStyle => ({ font: null, size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 });
export const newTextObject = (): TextPosition => ({ matrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 });

const DEFAULT_FONT_UNIT = 0.001;
// A move within a line wider than this share of the font size leaves a space, as pdfjs's text
// content has it (SPACE_IN_FLOW_MIN_FACTOR); wider than this other share, the text after it is
// another run (SPACE_IN_FLOW_MAX_FACTOR), which may stand in another table cell.
const SPACE_IN_FLOW = 0.102;
const NEW_RUN = 0.6;

// Baselines this close (points) are one.
const SAME_BASELINE = 0.01;

/**
 * A run, joined to the one before when it goes on from where that one ended, as pdfjs's text
 * content joins them: some PDFs place each word or letter on its own, and the lines are read by
 * their first words (pdf-lines.ts).
 */
function addRun(runs: TextRun[], run: TextRun) {
  const last = runs.at(-1);
  const gap = last ? run.left - last.right : NaN;
  if (!last || Math.abs(last.baseline - run.baseline) > SAME_BASELINE || last.size !== run.size || !(gap >= -SPACE_IN_FLOW * run.size && gap <= NEW_RUN * run.size)) {
    runs.push(run);
    return;
  }
  last.text += gap > SPACE_IN_FLOW * run.size ? ` ${run.text}` : run.text;
  last.right = Math.max(last.right, run.right);
}

export function moveText(at: TextPosition, x: number, y: number) {
  at.x = at.lineX += x;
  at.y = at.lineY += y;
}

export function setTextMatrix(at: TextPosition, matrix: ArrayLike<number>) {
  at.matrix = Array.from(matrix) as Matrix;
  at.x = at.lineX = at.y = at.lineY = 0;
}

/** Runs of the glyphs shown at `at`, which moves on past them; `toPage` maps user space to the page as seen. */
export function showGlyphs(glyphs: readonly (Glyph | number)[], style: TextStyle, at: TextPosition, toPage: Matrix, runs: TextRun[], normalize: (text: string) => string) {
  const size = Math.abs(style.size);
  if (!style.font || size === 0) return;
  // A negative size mirrors the text.
  const direction = Math.sign(style.size);
  const hScale = style.hScale * direction;
  const advance = size * (style.font.fontMatrix?.[0] ?? DEFAULT_FONT_UNIT);
  const matrix = multiply(toPage, at.matrix);
  const shown = size * Math.hypot(matrix[2], matrix[3]) || 1;
  const y = at.y + style.rise;
  let x = 0;
  let start = 0;
  let end = 0;
  let text = "";
  // As in pdfjs's text content: a space glyph, or a move as wide as one, puts one space before the next letter.
  let space = false;
  const endRun = () => {
    if (text !== "") {
      const [from, baseline] = apply(matrix, at.x + start * hScale, y);
      const [to] = apply(matrix, at.x + end * hScale, y);
      addRun(runs, { text: normalize(text), left: Math.min(from, to), right: Math.max(from, to), baseline, size: shown });
    }
    text = "";
    space = false;
  };
  for (const glyph of glyphs) {
    if (typeof glyph === "number") {
      x -= (glyph * size) / 1000;
      continue;
    }
    const width = glyph.width * advance;
    const spacing = ((glyph.isSpace ? style.wordSpacing : 0) + style.charSpacing) * direction;
    if (glyph.unicode.trim() === "") space = true;
    else {
      const gap = x - end;
      if (text !== "" && Math.abs(gap) > NEW_RUN * size) endRun();
      if (text === "") start = x;
      else if (space || gap > SPACE_IN_FLOW * size) text += " ";
      space = false;
      text += glyph.unicode;
      end = x + width;
    }
    x += width + spacing;
  }
  endRun();
  at.x += x * hScale;
}
