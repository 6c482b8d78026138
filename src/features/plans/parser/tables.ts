/**
 * Finds the measures table(s) in a document's text (one line a row, cells separated by tabs) by
 * its header row, whatever the column order, and yields its rows with page breaks marked.
 */
import { cellParagraphs, cleanText } from "./text.ts";

export type ColumnRole = "number" | "title" | "schedule" | "executors" | "coExecutors" | "result" | "form" | "audience" | "documentKind";

const COLUMN_ROLES: readonly ColumnRole[] = ["number", "title", "schedule", "executors", "coExecutors", "result", "form", "audience", "documentKind"];

export type Cell = { paragraphs: string[]; text: string };

export type TableItem =
  /** A body row; `afterBreak` when a blank line or a repeated header (a page break) precedes it. */
  | { kind: "row"; line: number; cells: Record<ColumnRole, Cell>; afterBreak: boolean }
  /** A line without tabs inside the table: a section title set as a paragraph, or the table's end. */
  | { kind: "text"; line: number; text: string }
  /** A header row; a repeated one follows a page break. */
  | { kind: "header"; line: number };

type MeasuresTables = {
  items: TableItem[];
  /** Line index (0-based) of the first header, or -1 when the document has no measures table. */
  firstHeaderLine: number;
  hasResultColumn: boolean;
  /** No header had a number column: the plan's measures are numbered in order. */
  numbered: boolean;
};

// Checked in this order: "Срок исполнения" names the schedule although it says "исполн…", and
// "Форма проведения мероприятия" the form although it says "мероприяти…". A second executors
// column ("Ответственный" then "Соисполнители") holds the co-executors.
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ["number", /^№|п\s*\/\s*п|^номер/],
  ["form", /^форм[аы]/],
  ["audience", /аудитори|^участник|^категори/],
  ["documentKind", /вид\S* документ|^документ/],
  ["schedule", /срок|дата|периодичн|^время/],
  ["executors", /ответствен|исполнител/],
  ["coExecutors", /соисполнител|исполнител/],
  ["result", /результат/],
  ["title", /наименование|мероприяти|содержание|деятельност|^тема/],
];

const EMPTY_CELL: Cell = { paragraphs: [], text: "" };

/** The role of each column when the row is a measures-table header, else null. */
function headerRoles(rawCells: string[]): (ColumnRole | null)[] | null {
  const taken = new Set<ColumnRole>();
  const roles = rawCells.map((raw) => {
    const text = cleanText(raw).toLocaleLowerCase("ru");
    const role = text === "" ? undefined : ROLE_PATTERNS.find(([candidate, pattern]) => !taken.has(candidate) && pattern.test(text))?.[0];
    if (role) taken.add(role);
    return role ?? null;
  });
  // Without a number column, only a header naming both dates and executors is taken for one.
  const isHeader = taken.has("title") && (taken.has("number") ? taken.has("schedule") || taken.has("executors") : taken.has("schedule") && taken.has("executors"));
  return isHeader ? roles : null;
}

/** "1 ⇥ 2 ⇥ 3 ⇥ 4 ⇥ 5": the row of column numbers printed under a header, and again after a page break. */
function isColumnNumbersRow(rawCells: readonly string[]): boolean {
  const filled = rawCells.map((raw) => cleanText(raw)).filter((text) => text !== "");
  return filled.length >= 3 && filled.every((text, index) => text === String(index + 1) || text === `${index + 1}.`);
}

function toCell(raw: string): Cell {
  const paragraphs = cellParagraphs(raw);
  return { paragraphs, text: paragraphs.join(" ") };
}

// A section title set as its own paragraph between rows: "3.Проведение мероприятий, …", "II. Работа с кадрами".
export const SECTION_TITLE = /^(\d+|[IVXІХ]{1,4})\.\s*([А-ЯЁA-Z«].*)$/;

export function findMeasuresTables(lines: readonly string[]): MeasuresTables {
  const items: TableItem[] = [];
  let roles: (ColumnRole | null)[] | null = null;
  let inTable = false;
  let afterBreak = false;
  let firstHeaderLine = -1;
  let hasResultColumn = false;
  let numbered = true;

  for (const [line, raw] of lines.entries()) {
    if (raw.includes("\t")) {
      const rawCells = raw.split("\t");
      const header = headerRoles(rawCells);
      if (header) {
        roles = header;
        inTable = true;
        afterBreak = true;
        hasResultColumn ||= header.includes("result");
        numbered &&= header.includes("number");
        if (firstHeaderLine < 0) firstHeaderLine = line;
        items.push({ kind: "header", line });
        continue;
      }
      if (!inTable || !roles) continue;
      if (isColumnNumbersRow(rawCells)) {
        afterBreak = true;
        continue;
      }
      const cells = Object.fromEntries(COLUMN_ROLES.map((role) => [role, EMPTY_CELL])) as Record<ColumnRole, Cell>;
      // A row spanning the table (a section title) is text in the first cell, whatever that column holds.
      const spansRow = roles[0] !== "number" && cleanText(rawCells[0] ?? "") !== "" && rawCells.slice(1).every((raw) => cleanText(raw) === "");
      if (spansRow) cells.title = toCell(rawCells[0]!);
      else {
        for (const [index, rawCell] of rawCells.entries()) {
          const role = roles[index];
          if (role) cells[role] = toCell(rawCell);
        }
      }
      if (Object.values(cells).every((cell) => cell.text === "")) {
        afterBreak = true;
        continue;
      }
      items.push({ kind: "row", line, cells, afterBreak });
      afterBreak = false;
      continue;
    }
    const text = cleanText(raw);
    if (text === "") {
      afterBreak = true;
      continue;
    }
    if (!inTable) continue;
    items.push({ kind: "text", line, text });
    // Any other paragraph (a signature, "ЛИСТ СОГЛАСОВАНИЯ") ends the table.
    if (!SECTION_TITLE.test(text)) inTable = false;
    afterBreak = true;
  }
  return { items, firstHeaderLine, hasResultColumn, numbered: numbered && firstHeaderLine >= 0 };
}
