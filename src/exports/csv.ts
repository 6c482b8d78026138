// A sheet of a table as CSV the way Excel opens it right in Russia: UTF-8 with a BOM (or Cyrillic
// turns to mojibake), ";" between fields (a comma is the decimal mark there), CRLF, fields quoted
// per RFC 4180. Dates as dd.mm.yyyy, booleans as the reader's yes/no. One file holds one sheet.
import { setImmediate as nextTurn } from "node:timers/promises";
import { DateTime } from "luxon";
import { neutralise, type Cell, type Column, type Table } from "./table.ts";

const BOM = "\uFEFF";
const SEPARATOR = ";";
const EOL = "\r\n";

function quoted(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function decimal(value: number, digits: number, lang: string): string {
  const text = value.toFixed(digits);
  return lang === "en" ? text : text.replace(".", ",");
}

function field(column: Column, value: Cell, table: Table): string {
  if (value === null) return "";
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: table.zone }).toFormat(column.type === "date" ? "dd.MM.yyyy" : "dd.MM.yyyy HH:mm");
  if (typeof value === "boolean") return quoted(neutralise(value ? table.yes : table.no));
  if (typeof value === "string") return quoted(neutralise(value));
  if (column.type === "integer") return String(Math.round(value));
  const text = decimal(value, column.decimals ?? 1, table.lang);
  return column.type === "percent" ? `${text}%` : text;
}

/** The sheet at `index` (the first unless told) as a CSV file. */
export async function toCsv(table: Table, index = 0): Promise<Buffer> {
  const sheet = table.sheets[index];
  if (!sheet) throw new Error(`The table has no sheet ${index}`);
  const lines = [sheet.columns.map((column) => quoted(neutralise(column.header))).join(SEPARATOR)];
  for await (const page of sheet.pages()) {
    for (const row of page) lines.push(sheet.columns.map((column, at) => field(column, row[at] ?? null, table)).join(SEPARATOR));
    await nextTurn();
  }
  return Buffer.from(BOM + lines.join(EOL) + EOL, "utf8");
}
