/**
 * Rows of cells, as a spreadsheet or a CSV file holds them, to the text form the parser reads
 * (see html-text.ts). The table runs from its first row of three filled cells (the header) to
 * its last row of two; a row above or below it is a paragraph (the title, a signature), a row
 * within it a line of cells separated by tabs, with a blank line before and after the table;
 * empty rows are blank lines, and one-cell rows set apart by them are paragraphs again. A
 * cell of several lines (Alt+Enter in Excel) is "<p>…</p> <p>…</p>", as a cell of several
 * paragraphs in Word.
 */

const filledCount = (row: readonly string[]) => row.filter((cell) => cell !== "").length;

function cellText(raw: string): string {
  const paragraphs = raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  return paragraphs.length > 1 ? paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(" ") : (paragraphs[0] ?? "");
}

/** Whether each row is a table row: within the table, and not in a run of one-cell rows between empty rows (a heading between two tables). */
function tableRows(rows: readonly string[][]): boolean[] {
  const first = rows.findIndex((row) => filledCount(row) >= 3);
  const start = first >= 0 ? first : rows.findIndex((row) => filledCount(row) >= 2);
  const end = rows.findLastIndex((row) => filledCount(row) >= 2);
  const inTable = rows.map((_, index) => start >= 0 && index >= start && index <= end);
  for (let from = start; from >= 0 && from <= end; ) {
    let to = from;
    while (to <= end && filledCount(rows[to]!) > 0) to++;
    if (rows.slice(from, to).every((row) => filledCount(row) <= 1)) inTable.fill(false, from, to);
    from = to + 1;
  }
  return inTable;
}

export function gridToPlanText(rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((row) => row.map(cellText));
  const inTable = tableRows(rows);
  const width = rows.reduce((widest, row, index) => (inTable[index] ? Math.max(widest, row.findLastIndex((cell) => cell !== "") + 1) : widest), 0);
  const lines: string[] = [];
  for (const [index, row] of rows.entries()) {
    if (inTable[index] && !inTable[index - 1]) lines.push("");
    if (inTable[index]) lines.push(filledCount(row) === 0 ? "" : Array.from({ length: width }, (_, column) => row[column] ?? "").join("\t"));
    else lines.push(row.filter((cell) => cell !== "").join(" "));
    if (inTable[index] && !inTable[index + 1]) lines.push("");
  }
  return lines.join("\n");
}
