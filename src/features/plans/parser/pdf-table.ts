/**
 * Tables on a PDF page from the rules drawn there: rules that touch make one table; their
 * positions give its columns and rows; a border missing between two cells merges them (a section
 * title across the row, an executor cell spanning rows), as merged cells are in Word.
 */
import type { Rule } from "./pdf-page.ts";

/** A cell as drawn: its box and the grid position of its top-left corner. */
export type GridCell = { row: number; column: number; left: number; right: number };
export type Grid = {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column borders (x) and row borders (y), in order. */
  xs: number[];
  ys: number[];
  /** The cell that covers each grid position, by row then column (a merged cell covers several). */
  cells: GridCell[][];
};

const TOUCH = 2; // points: LibreOffice and Word draw a cell's borders a fraction of a point apart
const MAX_RULES = 4_000; // beyond this the page is a drawing, not a table
const MIN_SIZE = 8;

function touches(a: Rule, b: Rule): boolean {
  if (a.horizontal === b.horizontal) {
    return Math.abs(a.at - b.at) <= TOUCH && a.from <= b.to + TOUCH && b.from <= a.to + TOUCH;
  }
  const [h, v] = a.horizontal ? [a, b] : [b, a];
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Groups of rules that touch one another. */
function connectedGroups(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      if (touches(rules[i]!, rules[j]!)) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, Rule[]>();
  for (const [index, rule] of rules.entries()) groups.set(root(index), [...(groups.get(root(index)) ?? []), rule]);
  return [...groups.values()];
}

/** Positions closer than TOUCH are one border. */
function borders(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const result: number[] = [];
  for (const position of sorted) {
    if (result.length > 0 && position - result.at(-1)! <= TOUCH) continue;
    result.push(position);
  }
  return result;
}

const drawn = (rules: readonly Rule[], horizontal: boolean, at: number, from: number, to: number) =>
  rules.some((rule) => rule.horizontal === horizontal && Math.abs(rule.at - at) <= TOUCH && rule.from <= from && rule.to >= to);

function gridOf(rules: readonly Rule[]): Grid | null {
  const xs = borders(rules.filter((rule) => !rule.horizontal).map((rule) => rule.at));
  const ys = borders(rules.filter((rule) => rule.horizontal).map((rule) => rule.at));
  if (xs.length < 2 || ys.length < 2 || xs.at(-1)! - xs[0]! < MIN_SIZE || ys.at(-1)! - ys[0]! < MIN_SIZE) return null;
  // Each position starts as its own cell, then joins the cell to its left or above where no border parts them.
  const owner: [number, number][][] = ys.slice(1).map((_, row) => xs.slice(1).map((_, column) => [row, column]));
  for (let row = 0; row < ys.length - 1; row++) {
    const [top, bottom] = [ys[row]!, ys[row + 1]!];
    const middleY = (top + bottom) / 2;
    for (let column = 0; column < xs.length - 1; column++) {
      const middleX = (xs[column]! + xs[column + 1]!) / 2;
      const margin = Math.min(TOUCH * 2, (bottom - top) / 4);
      if (column > 0 && !drawn(rules, false, xs[column]!, middleY - margin, middleY + margin)) owner[row]![column] = owner[row]![column - 1]!;
      else if (row > 0 && !drawn(rules, true, top, middleX - 1, middleX + 1)) owner[row]![column] = owner[row - 1]![column]!;
    }
  }
  const cells = new Map<string, GridCell>();
  const covering = owner.map((positions) =>
    positions.map(([row, column], at) => {
      const key = `${row}:${column}`;
      const cell = cells.get(key) ?? { row, column, left: xs[column]!, right: xs[column + 1]! };
      cell.right = Math.max(cell.right, xs[at + 1]!);
      cells.set(key, cell);
      return cell;
    }),
  );
  return { top: ys[0]!, bottom: ys.at(-1)!, left: xs[0]!, right: xs.at(-1)!, xs, ys, cells: covering };
}

/** The tables drawn on a page, top to bottom. */
export function findGrids(rules: readonly Rule[]): Grid[] {
  if (rules.length > MAX_RULES) return [];
  return connectedGroups(rules)
    .map(gridOf)
    .filter((grid): grid is Grid => grid !== null)
    .sort((a, b) => a.top - b.top);
}

const indexIn = (borders: readonly number[], at: number) => {
  for (let index = 0; index < borders.length - 1; index++) if (at < borders[index + 1]!) return index;
  return borders.length - 2;
};

/** The cell of a grid at a point, or null when the point is outside the grid. */
export function cellAt(grid: Grid, x: number, y: number): GridCell | null {
  if (x < grid.left || x > grid.right || y < grid.top || y > grid.bottom) return null;
  return grid.cells[indexIn(grid.ys, y)]![indexIn(grid.xs, x)]!;
}
