// A table as an Excel workbook, written by exceljs's streaming writer: each row is committed to the
// zip stream as it comes, so memory holds one page of rows and the compressed file, not the sheet.
// Every sheet: a bold header row, frozen, with a filter over the data; widths fitted to the header
// and the first page; dates as real dates, numbers as numbers, percents as fractions shown with %.
import { Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import type ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { neutralise, type Cell, type Column, type Row, type Sheet, type Table } from "./table.ts";

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function numberFormat(column: Column): string | undefined {
  const decimals = column.decimals ?? 1;
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  switch (column.type) {
    case "integer":
      return "0";
    case "number":
      return `0${fraction}`;
    case "percent":
      return `0${fraction}%`;
    case "date":
      return "dd.mm.yyyy";
    case "datetime":
      return "dd.mm.yyyy hh:mm";
    default:
      return undefined;
  }
}

/** Excel has no zones: a moment is written as the zone's clock reads it (exceljs writes a Date's UTC fields). */
function wallClock(at: Date, zone: string, dayOnly: boolean): Date {
  const local = DateTime.fromJSDate(at, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, dayOnly ? 0 : local.hour, dayOnly ? 0 : local.minute));
}

function cellValue(column: Column, value: Cell, zone: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date) return wallClock(value, zone, column.type === "date");
  if (typeof value === "string") return neutralise(value);
  if (typeof value === "number" && column.type === "percent") return value / 100;
  return value;
}

/** The characters a value shows, for fitting the column to it. */
function shownLength(column: Column, value: Cell): number {
  if (value === null) return 0;
  if (value instanceof Date) return column.type === "date" ? 10 : 16;
  if (typeof value === "string") return Math.max(...value.split("\n").map((line) => line.length)) + (/^[=+\-@\t\r]/.test(value) ? 1 : 0);
  if (typeof value === "number") return (column.type === "integer" ? String(Math.round(value)) : value.toFixed(column.decimals ?? 1)).length + (column.type === "percent" ? 1 : 0);
  return 5;
}

function fittedWidths(columns: readonly Column[], rows: readonly Row[]): number[] {
  return columns.map((column, index) => {
    // A bold header needs a little more than its letters; the filter's arrow takes two more.
    let widest = Math.max(column.header.length + 4, column.width ?? 0);
    for (const row of rows) widest = Math.max(widest, shownLength(column, row[index] ?? null) + 1);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
  });
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, zone: string): Promise<void> {
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: "frozen", ySplit: 1 }] });
  const pages = sheet.pages()[Symbol.asyncIterator]();
  // The column widths go into the file before the first row: they are fitted to the first page.
  let page = await pages.next();
  const widths = fittedWidths(sheet.columns, page.done ? [] : page.value);
  worksheet.columns = sheet.columns.map((column, index) => {
    const numFmt = numberFormat(column);
    return { width: widths[index]!, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  while (!page.done) {
    for (const row of page.value) {
      worksheet.addRow(sheet.columns.map((column, index) => cellValue(column, row[index] ?? null, zone))).commit();
      written++;
    }
    // The rows of a page are written in one go; between pages the bot answers other people.
    await nextTurn();
    page = await pages.next();
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: written + 1, column: sheet.columns.length } };
  worksheet.commit();
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Loaded on the first export, not at start-up (half a second), as for the plans' .xlsx.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "ProfRost";
  for (const sheet of table.sheets) await writeSheet(workbook, sheet, table.zone);
  await workbook.commit();
  return Buffer.concat(chunks);
}
