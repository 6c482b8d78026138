// A spreadsheet of practices to rows of cell texts: an .xlsx workbook's first visible sheet, or a
// .csv file (UTF-8, UTF-16 or Windows-1251, as the plan reader decodes it; ";", "," or tab).
import type { CellValue } from "exceljs";
import { csvRecords } from "../plans/parser/csv.ts";
import { decodePlanText } from "../plans/parser/decode.ts";

export const IMPORT_MAX_MB = 5;
/** Rows read after the header: a region's bank is a few hundred; more is not a list of practices. */
export const IMPORT_MAX_ROWS = 2000;
const MAX_COLUMNS = 30;

export type ReadOutcome = { ok: true; rows: string[][] } | { ok: false; problem: "type" | "size" | "unreadable" };

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<ReadOutcome> {
  if (bytes.length > IMPORT_MAX_MB * 1024 * 1024) return { ok: false, problem: "size" };
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  try {
    if (extension === "xlsx") return { ok: true, rows: await xlsxRows(bytes) };
    if (extension === "csv") return { ok: true, rows: csvRows(decodePlanText(bytes).text) };
  } catch {
    // A broken workbook or a text in no known encoding: the methodologist is told, nothing more.
    return { ok: false, problem: "unreadable" };
  }
  return { ok: false, problem: "type" };
}

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  // A hyperlink cell: its address when its text is not one (a "link" column written as "сайт").
  if ("hyperlink" in value) return /^https?:/i.test(String(value.text)) ? String(value.text) : value.hyperlink;
  if ("formula" in value || "sharedFormula" in value) return valueText((value.result ?? null) as CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets.find((each) => each.state === "visible");
  if (!sheet) return [];
  const rows: string[][] = [];
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  for (let number = 1; number <= Math.min(sheet.rowCount, IMPORT_MAX_ROWS + 1); number++) {
    const row = sheet.findRow(number);
    rows.push(Array.from({ length: columns }, (_, index) => valueText(row?.findCell(index + 1)?.value ?? null)));
  }
  return rows;
}

/** The rows of a .csv, split by whichever separator splits some line of the first few most (a title line may come first). */
function csvRows(text: string): string[][] {
  const sample = text.split(/\r?\n|\r/, 10);
  const widest = (separator: string) => Math.max(...sample.map((line) => line.split(separator).length));
  const separator = [";", "\t", ","].reduce((best, each) => (widest(each) > widest(best) ? each : best));
  return csvRecords(text, separator).slice(0, IMPORT_MAX_ROWS + 1);
}
