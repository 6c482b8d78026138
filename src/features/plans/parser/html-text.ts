/**
 * The HTML mammoth makes of a .docx to the text form the parser reads, the form of the seeds: a
 * paragraph a line; a table row a line, its cells separated by tabs; a blank line before and after
 * each table, as a page break leaves in text. A cell's paragraphs are joined with a space, each
 * wrapped in <p> when there are several, as in the seeds, so that the parser still sees where a
 * page break may have cut a cell. Merged cells are padded with empty ones so columns stay in place.
 */
import { decodeEntities } from "./text.ts";

const TOKEN = /<(\/?)([a-z][a-z0-9]*)(\s[^>]*)?>|([^<]+)/gi;
const BLOCK = /^(?:p|h[1-6]|li|div|blockquote)$/;

type OpenCell = { paragraphs: string[]; colspan: number; rowspan: number };
type OpenTable = { row: string[] | null; cell: OpenCell | null; spannedRows: Map<number, number> };

const spanOf = (attributes: string | undefined, name: string) => Math.max(1, Number(new RegExp(`${name}="?(\\d+)`, "i").exec(attributes ?? "")?.[1] ?? 1));

export function htmlToPlanText(html: string): string {
  const lines: string[] = [];
  let text = ""; // the paragraph being read
  let depth = 0; // tables open; a table inside a cell only adds to that cell
  let table: OpenTable | null = null;

  const takeText = () => {
    const taken = text.replace(/\s+/g, " ").trim();
    text = "";
    return taken;
  };
  const endParagraph = () => {
    if (table?.cell) {
      const paragraph = takeText();
      if (paragraph !== "") table.cell.paragraphs.push(paragraph);
    } else if (depth === 0) {
      lines.push(takeText());
    }
  };
  // Columns covered by a cell merged down from a row above stay empty in this row.
  const fillSpanned = (open: OpenTable, row: string[]) => {
    for (let left = open.spannedRows.get(row.length); left !== undefined; left = open.spannedRows.get(row.length)) {
      if (left <= 1) open.spannedRows.delete(row.length);
      else open.spannedRows.set(row.length, left - 1);
      row.push("");
    }
  };

  for (const [, closing, rawName, attributes, content] of html.matchAll(TOKEN)) {
    if (content !== undefined) {
      text += decodeEntities(content);
      continue;
    }
    const name = rawName!.toLowerCase();
    const isClosing = closing === "/";
    if (BLOCK.test(name)) {
      // A paragraph ends at its closing tag, empty or not; an opening tag only ends loose text before it.
      if (isClosing || text.trim() !== "") endParagraph();
    } else if (name === "br") {
      if (table?.cell) text += " "; // a line break inside a cell's paragraph
      else endParagraph();
    } else if (name === "table") {
      if (isClosing) {
        depth--;
        if (depth === 0) {
          table = null;
          lines.push("");
        }
      } else {
        if (depth === 0) {
          if (text.trim() !== "") endParagraph();
          lines.push("");
          table = { row: null, cell: null, spannedRows: new Map() };
        }
        depth++;
      }
    } else if (table && depth > 1 && (name === "td" || name === "th" || name === "tr")) {
      endParagraph(); // a nested table's cell is one more paragraph of the outer cell
    } else if (table && name === "tr") {
      if (!isClosing) table.row = [];
      else if (table.row) {
        fillSpanned(table, table.row);
        lines.push(table.row.join("\t"));
        table.row = null;
      }
    } else if (table?.row && (name === "td" || name === "th")) {
      if (!isClosing) {
        fillSpanned(table, table.row);
        takeText(); // nothing between cells belongs to one
        table.cell = { paragraphs: [], colspan: spanOf(attributes, "colspan"), rowspan: spanOf(attributes, "rowspan") };
        continue;
      }
      const cell = table.cell;
      if (!cell) continue;
      endParagraph();
      const cellText = cell.paragraphs.length > 1 ? cell.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(" ") : (cell.paragraphs[0] ?? "");
      for (let column = 0; column < cell.colspan; column++) {
        if (cell.rowspan > 1) table.spannedRows.set(table.row.length, cell.rowspan - 1);
        table.row.push(column === 0 ? cellText : "");
      }
      table.cell = null;
    }
  }
  if (text.trim() !== "") endParagraph();
  return lines.join("\n");
}
