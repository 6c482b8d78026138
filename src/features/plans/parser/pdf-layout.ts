/**
 * A PDF page as blocks in reading order: its tables, rows of cells whose text is rebuilt into
 * paragraphs, and its lines outside tables. Page numbers in the margins are dropped.
 */
import { cellAt, findGrids, type Grid, type GridCell } from "./pdf-table.ts";
import { linesOf, type TextLine } from "./pdf-lines.ts";
import type { PageContent, TextRun } from "./pdf-page.ts";

/** A cell's lines, and where they end when they wrap. */
export type CellLines = { lines: TextLine[]; edge: number };
export type TableBlock = { kind: "table"; top: number; xs: number[]; rows: CellLines[][] };
export type LineBlock = { kind: "line"; top: number; line: TextLine };
export type Block = TableBlock | LineBlock;

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стр(?:аница)?\.?\s*)?\d{1,4}\s*(?:из|\/)\s*\d{1,4}$/i;
const MARGIN_SHARE = 0.12;

function tableRows(grid: Grid, runsOf: Map<GridCell, TextRun[]>): CellLines[][] {
  // The inner padding of the table's cells: the least distance from a border to its text.
  const padding = Math.max(0, Math.min(12, ...[...runsOf].map(([cell, runs]) => Math.min(...runs.map((run) => run.left)) - cell.left)));
  const rows: CellLines[][] = [];
  for (const [row, positions] of grid.cells.entries()) {
    // A row all of whose cells are merged into the rows above holds nothing of its own.
    if (!positions.some((cell) => cell.row === row)) continue;
    rows.push(
      positions.map((cell, column) => {
        const own = cell.row === row && cell.column === column;
        return { lines: own ? linesOf(runsOf.get(cell) ?? []) : [], edge: cell.right - padding };
      }),
    );
  }
  return rows;
}

export function pageBlocks(page: PageContent): Block[] {
  const grids = findGrids(page.rules);
  const runsOf = grids.map(() => new Map<GridCell, TextRun[]>());
  const loose: TextRun[] = [];
  for (const run of page.runs) {
    const [x, y] = [(run.left + run.right) / 2, run.baseline - run.size / 3];
    const index = grids.findIndex((grid) => cellAt(grid, x, y) !== null);
    if (index < 0) {
      loose.push(run);
      continue;
    }
    const cell = cellAt(grids[index]!, x, y)!;
    const runs = runsOf[index]!.get(cell);
    if (runs) runs.push(run);
    else runsOf[index]!.set(cell, [run]);
  }
  const blocks: Block[] = [
    ...grids.map((grid, index): Block => ({ kind: "table", top: grid.top, xs: grid.xs, rows: tableRows(grid, runsOf[index]!) })),
    ...linesOf(loose).map((line): Block => ({ kind: "line", top: line.baseline - line.size, line })),
  ].sort((a, b) => a.top - b.top);
  const isPageNumber = (block: Block | undefined) =>
    block?.kind === "line" && PAGE_NUMBER.test(block.line.text) && (block.top < page.height * MARGIN_SHARE || block.top > page.height * (1 - MARGIN_SHARE));
  if (isPageNumber(blocks[0])) blocks.shift();
  if (isPageNumber(blocks.at(-1))) blocks.pop();
  return blocks;
}
