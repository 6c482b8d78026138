/**
 * The pages of a PDF to the text form the parser reads (see html-text.ts): a paragraph a line, a
 * table row a line with its cells separated by tabs, a cell of several paragraphs as "<p>…</p>
 * <p>…</p>", a blank line before and after each table, so a table cut by a page break leaves one.
 *
 * A row cut by a page break is put back together when the part on the next page plainly goes on
 * with it: its first cell empty and every cell it fills already begun (a section title would
 * start with its number).
 */
import { pageBlocks, type Block, type TableBlock } from "./pdf-layout.ts";
import { joinWrapped, paragraphsOf, wrapsInto, type TextLine } from "./pdf-lines.ts";
import type { PageContent } from "./pdf-page.ts";
import { settleDashes, vocabularyOf, type Vocabulary } from "./pdf-words.ts";

/** A cell's paragraphs. */
type Cell = string[];
/** A table that ended its page, its first rows (a header Word repeats on each page), its last row and the line that row is on. */
type CutTable = { block: TableBlock; header: Cell[][]; lastRow: Cell[]; line: number };

// A gap between lines this many times the usual one is an empty paragraph.
const BLANK_GAP = 1.6;
const SAME_BORDER = 2;
const NUMBERED = /^(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s/;

const cellText = (cell: Cell) => (cell.length > 1 ? cell.map((paragraph) => `<p>${paragraph}</p>`).join(" ") : (cell[0] ?? ""));
const rowText = (row: Cell[]) => row.map(cellText).join("\t");
const sameRow = (a: Cell[] | undefined, b: Cell[] | undefined) => a !== undefined && b !== undefined && rowText(a) === rowText(b);
// Rows a repeated header may have: the header and the row of column numbers under it.
const HEADER_ROWS = 3;
const sameColumns = (a: TableBlock, b: TableBlock) => a.xs.length === b.xs.length && a.xs.every((x, index) => Math.abs(x - b.xs[index]!) <= SAME_BORDER);

function goesOn(row: Cell[], part: Cell[] | undefined): part is Cell[] {
  if (!part || part.length !== row.length || part[0]!.length > 0 || part.every((cell) => cell.length === 0)) return false;
  return part.every((cell, index) => cell.length === 0 || (row[index]!.length > 0 && !NUMBERED.test(cell[0]!)));
}

/** The cell's last paragraph runs on into the part's first one. */
const joined = (cell: Cell, part: Cell): Cell =>
  cell.length === 0 || part.length === 0 ? [...cell, ...part] : [...cell.slice(0, -1), `${cell.at(-1)} ${part[0]}`, ...part.slice(1)];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The usual distance between the baselines of two lines outside tables, as a share of the font size. */
function usualLineGap(pages: readonly Block[][]): number {
  const gaps = pages.flatMap((blocks) =>
    blocks.flatMap((block, index) => {
      const previous = blocks[index - 1];
      if (block.kind !== "line" || previous?.kind !== "line") return [];
      const gap = block.line.baseline - previous.line.baseline;
      return gap > 0 && gap <= 3 * block.line.size ? [gap / block.line.size] : [];
    }),
  );
  return median(gaps) ?? 1.2;
}

/** Where lines outside tables end when they wrap: the rightmost line of pages as wide. */
function rightEdges(pages: readonly PageContent[], blocks: readonly Block[][]): number[] {
  const widest = new Map<number, number>();
  for (const [index, page] of pages.entries()) {
    const key = Math.round(page.width);
    for (const block of blocks[index]!) if (block.kind === "line") widest.set(key, Math.max(widest.get(key) ?? 0, block.line.right));
  }
  return pages.map((page) => widest.get(Math.round(page.width)) ?? page.width);
}

/** Lines as they are set together, and where they end: each cell's, and each page's outside tables. */
function* lineGroups(pages: readonly Block[][], edges: readonly number[]): Generator<{ lines: TextLine[]; edge: number }> {
  for (const [page, blocks] of pages.entries()) {
    yield { lines: blocks.flatMap((block) => (block.kind === "line" ? [block.line] : [])), edge: edges[page]! };
    for (const block of blocks) if (block.kind === "table") for (const row of block.rows) yield* row;
  }
}

const rowsOf = (block: TableBlock, words: Vocabulary): Cell[][] =>
  block.rows.map((row) => row.map((cell) => paragraphsOf(cell.lines, cell.edge, words).map((paragraph) => paragraph.replace(/\t/g, " "))));

type OpenParagraph = { text: string; last: TextLine; edge: number };
type Writer = { lines: string[]; paragraph: OpenParagraph | null; cutTable: CutTable | null; words: Vocabulary };

function endParagraph(writer: Writer) {
  if (writer.paragraph) writer.lines.push(settleDashes(writer.paragraph.text, writer.words));
  writer.paragraph = null;
}

function writeTable(writer: Writer, block: TableBlock, atPageTop: boolean) {
  endParagraph(writer);
  const { lines, words } = writer;
  const continued = atPageTop && writer.cutTable && sameColumns(writer.cutTable.block, block) ? writer.cutTable : null;
  const allRows = rowsOf(block, words);
  // A header repeated on the new page is left out, as it is from Word's own text.
  let repeated = 0;
  while (continued && sameRow(allRows[repeated], continued.header[repeated])) repeated++;
  const rows = allRows.slice(repeated);
  if (continued && goesOn(continued.lastRow, rows[0])) {
    const part = rows.shift()!;
    continued.lastRow = continued.lastRow.map((cell, index) => joined(cell, part[index]!));
    lines[continued.line] = rowText(continued.lastRow);
  }
  lines.push("", ...rows.map(rowText), "");
  const lastRow = rows.at(-1);
  writer.cutTable = lastRow ? { block, header: continued?.header ?? allRows.slice(0, HEADER_ROWS), lastRow, line: lines.length - 2 } : continued;
}

function writeLine(writer: Writer, line: TextLine, edge: number, { blankBefore, afterTable }: { blankBefore: boolean; afterTable: boolean }) {
  const open = writer.paragraph;
  writer.cutTable = null;
  // A paragraph goes on across a page break when its last line wrapped.
  if (open && !afterTable && !blankBefore && wrapsInto(open.last, line, open.edge)) {
    writer.paragraph = { text: joinWrapped(open.text, open.last, line, open.edge, writer.words), last: line, edge };
    return;
  }
  endParagraph(writer);
  if (blankBefore && writer.lines.at(-1) !== "") writer.lines.push("");
  writer.paragraph = { text: line.text, last: line, edge };
}

export function pagesToPlanText(pages: readonly PageContent[]): string {
  const blocks = pages.map(pageBlocks);
  const lineGap = usualLineGap(blocks);
  const edges = rightEdges(pages, blocks);
  const writer: Writer = { lines: [], paragraph: null, cutTable: null, words: vocabularyOf(lineGroups(blocks, edges)) };
  for (const [page, pageBlocks] of blocks.entries()) {
    for (const [index, block] of pageBlocks.entries()) {
      const previous = pageBlocks[index - 1];
      if (block.kind === "table") {
        writeTable(writer, block, index === 0);
        continue;
      }
      const gap = previous?.kind === "line" ? block.line.baseline - previous.line.baseline : 0;
      writeLine(writer, block.line, edges[page]!, { blankBefore: gap > BLANK_GAP * lineGap * block.line.size, afterTable: previous?.kind === "table" });
    }
  }
  endParagraph(writer);
  return writer.lines.join("\n");
}
