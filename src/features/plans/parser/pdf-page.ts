/**
 * What a PDF page holds for reading a plan: its runs of text with their positions, and the
 * straight rules drawn on it (table borders). Coordinates are the page as seen: points from its
 * top-left corner, y growing downwards, whatever rotation or scaling the PDF applies.
 */
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A run of text on one baseline, as the PDF draws it. */
export type TextRun = { text: string; left: number; right: number; baseline: number; size: number };
/** A horizontal rule at y = `at` from x = `from` to `to`, or a vertical one at x = `at`. */
export type Rule = { horizontal: boolean; at: number; from: number; to: number };
export type PageContent = { width: number; height: number; runs: TextRun[]; rules: Rule[] };

type Matrix = [number, number, number, number, number, number];

// pdfjs's operator numbers (OPS in pdfjs-dist) and path commands (DrawOPS).
const OP = { save: 10, restore: 11, transform: 12, formBegin: 74, formEnd: 75, constructPath: 91 } as const;
const STROKES = new Set([20, 21, 24, 25, 26, 27]);
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
// Path commands other than these (lineTo) take one point.
const MOVE_TO = 0;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;
// Word draws borders as thin filled rectangles; anything thicker is shading, not a rule.
const MAX_RULE_THICKNESS = 3;
// Points a segment may lean and still be a horizontal or vertical rule.
const STRAIGHT = 0.5;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Subpaths of a pdfjs path buffer as lists of points, curves kept only by their ends. */
function subpaths(path: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const result: [number, number][][] = [];
  let points: [number, number][] = [];
  for (let at = 0; at < path.length; ) {
    const command = path[at]!;
    const step = command === CURVE_TO ? 6 : command === QUADRATIC_TO ? 4 : command === CLOSE ? 0 : 2;
    if (command === MOVE_TO && points.length > 0) {
      result.push(points);
      points = [];
    }
    if (command === CLOSE && points.length > 0) points.push(points[0]!);
    else if (command !== CLOSE) points.push(apply(ctm, path[at + step - 1]!, path[at + step]!));
    at += step + 1;
  }
  if (points.length > 0) result.push(points);
  return result;
}

function strokedRules(points: [number, number][], rules: Rule[]) {
  for (let index = 1; index < points.length; index++) {
    const [x1, y1] = points[index - 1]!;
    const [x2, y2] = points[index]!;
    if (Math.abs(y1 - y2) < STRAIGHT && Math.abs(x1 - x2) >= STRAIGHT) rules.push({ horizontal: true, at: y1, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < STRAIGHT && Math.abs(y1 - y2) >= STRAIGHT) rules.push({ horizontal: false, at: x1, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  }
}

function filledRule(points: [number, number][], rules: Rule[]) {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
  const [width, height] = [right - left, bottom - top];
  if (height <= MAX_RULE_THICKNESS && width > height) rules.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
  else if (width <= MAX_RULE_THICKNESS && height > width) rules.push({ horizontal: false, at: (left + right) / 2, from: top, to: bottom });
}

async function pageRules(page: PDFPageProxy, start: Matrix): Promise<Rule[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm = start;
  for (const [index, op] of fnArray.entries()) {
    const args = argsArray[index];
    if (op === OP.save) stack.push(ctm);
    else if (op === OP.restore) ctm = stack.pop() ?? ctm;
    else if (op === OP.transform) ctm = multiply(ctm, args as Matrix);
    else if (op === OP.formBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (op === OP.formEnd) ctm = stack.pop() ?? ctm;
    else if (op === OP.constructPath) {
      const [paint, [path]] = args as [number, [ArrayLike<number> | null]];
      if (!path) continue;
      for (const points of subpaths(path, ctm)) {
        if (STROKES.has(paint)) strokedRules(points, rules);
        else if (FILLS.has(paint)) filledRule(points, rules);
      }
    }
  }
  return rules;
}

async function pageRuns(page: PDFPageProxy, view: Matrix): Promise<TextRun[]> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const m = multiply(view, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || 1;
    runs.push({ text: item.str, left: m[4], right: m[4] + item.width, baseline: m[5], size });
  }
  return runs;
}

export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const [runs, rules] = await Promise.all([pageRuns(page, view), pageRules(page, view)]);
  return { width: viewport.width, height: viewport.height, runs, rules };
}
