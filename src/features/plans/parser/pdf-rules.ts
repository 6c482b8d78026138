/**
 * The straight rules of a page (table borders) from the paths pdfjs's operator list draws: lines
 * stroked, and the thin rectangles Word fills instead.
 */
import { apply, type Matrix } from "./pdf-matrix.ts";

/** A horizontal rule at y = `at` from x = `from` to `to`, or a vertical one at x = `at`. */
export type Rule = { horizontal: boolean; at: number; from: number; to: number };

// pdfjs's paint operators (OPS in pdfjs-dist) that stroke and that fill a path, and its path
// commands (DrawOPS): those other than these take one point.
const STROKES = new Set([20, 21, 24, 25, 26, 27]);
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
const MOVE_TO = 0;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;
// Word draws borders as thin filled rectangles; anything thicker is shading, not a rule.
const MAX_RULE_THICKNESS = 3;
// Points a segment may lean and still be a horizontal or vertical rule.
const STRAIGHT = 0.5;

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

/** The rules a constructPath operator draws (its arguments: how it paints, then its path buffer). */
export function pathRules(args: unknown, ctm: Matrix, rules: Rule[]) {
  const [paint, [path]] = args as [number, [ArrayLike<number> | null]];
  if (!path) return;
  for (const points of subpaths(path, ctm)) {
    if (STROKES.has(paint)) strokedRules(points, rules);
    else if (FILLS.has(paint)) filledRule(points, rules);
  }
}
