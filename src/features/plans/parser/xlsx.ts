/**
 * An Excel workbook (.xlsx) to the text form the parser reads, a text for each visible sheet in
 * order (grid-text.ts). A merged cell is written once, in its first column, as Word's are; dates
 * as Russian documents write them ("15.03.2026", or "март 2026" where the cell shows only the
 * month); a formula as its value.
 */
import type { Cell, CellValue, Worksheet } from "exceljs";
import { gridToPlanText } from "./grid-text.ts";
import { MAX_PLAN_LINES } from "./limits.ts";

// Columns read: a plan has under a dozen; a stray value far to the right is not the plan's.
const MAX_COLUMNS = 60;
const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const MERGED = 1; // exceljs ValueType.Merge: a cell covered by another

const twoDigits = (value: number) => String(value).padStart(2, "0");

function dateText(date: Date, format: string): string {
  // The format's own letters, without its locale ("[$-419]") and quoted text.
  const letters = format.replace(/\[[^\]]*\]|"[^"]*"/g, "").toLowerCase();
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()];
  if (letters.includes("m") && !letters.includes("d")) return `${MONTHS[month]} ${year}`;
  const [hours, minutes] = [date.getUTCHours(), date.getUTCMinutes()];
  const time = letters.includes("h") && hours + minutes > 0 ? ` ${twoDigits(hours)}:${twoDigits(minutes)}` : "";
  return `${twoDigits(day)}.${twoDigits(month + 1)}.${year}${time}`;
}

function valueText(value: CellValue, format: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value, format);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return valueText((value.result ?? null) as CellValue, format);
  if ("text" in value) return String(value.text);
  return ""; // an error value ("#N/A")
}

const cellText = (cell: Cell) => (cell.type === MERGED ? "" : valueText(cell.value, cell.numFmt ?? ""));

function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  const rowCount = Math.min(sheet.rowCount, MAX_PLAN_LINES + 1);
  const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
  for (let number = 1; number <= rowCount; number++) {
    const row = sheet.findRow(number);
    const cells = Array.from({ length: columnCount }, (_, index) => row?.findCell(index + 1));
    rows.push(cells.map((cell) => (cell ? cellText(cell) : "")));
  }
  return rows;
}

export async function xlsxToTexts(bytes: Uint8Array): Promise<string[]> {
  // Loaded on the first workbook, not at start-up, as mammoth is for .docx.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for an ArrayBuffer: a copy of the bytes, which JSZip reads as well as a Buffer.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => gridToPlanText(sheetRows(sheet)));
}
