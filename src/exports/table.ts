// A table file described once, written as .xlsx (xlsx.ts) or .csv (csv.ts): typed columns, and
// rows read a page at a time, so a large export never holds all its rows and the bot answers
// other people between pages.
import { DateTime } from "luxon";

export type ColumnType = "text" | "integer" | "number" | "percent" | "date" | "datetime" | "boolean";

export type Column = {
  header: string;
  type: ColumnType;
  /** The width in characters the column needs at least; its content widens it up to a cap. */
  width?: number;
  /** Digits after the decimal point of a number or a percent: 1 unless told. */
  decimals?: number;
};

/** A date or datetime is a moment, written as the table's zone shows it; a percent is 0–100. */
export type Cell = string | number | boolean | Date | null;
export type Row = readonly Cell[];
export type Pages = () => AsyncIterable<readonly Row[]>;

export type Sheet = {
  name: string;
  columns: readonly Column[];
  /** How many rows `pages` gives, known before writing: for the caption, and "no data" instead of an empty file. */
  rowCount: number;
  /** Reads the rows afresh each time it is called, a page at a time. */
  pages: Pages;
};

export type Table = {
  sheets: readonly Sheet[];
  zone: string;
  /** The reader's language: CSV writes its decimals ("ru": a comma) and its words for true and false. */
  lang: string;
  yes: string;
  no: string;
};

export const PAGE_SIZE = 2000;

/** Rows already in memory (a few hundred aggregates), in pages like any other. */
export function inMemory(rows: readonly Row[]): Pages {
  return async function* () {
    for (let start = 0; start < rows.length; start += PAGE_SIZE) yield rows.slice(start, start + PAGE_SIZE);
  };
}

/**
 * Rows read `size` ids at a time, in the order of `ids`: only the ids of a large export are held
 * (the order is taken once, so rows added meanwhile neither shift nor double a page).
 */
export function pagedByIds(ids: readonly number[], page: (ids: number[]) => Promise<readonly Row[]>, size = PAGE_SIZE): Pages {
  return async function* () {
    for (let start = 0; start < ids.length; start += size) yield await page(ids.slice(start, start + size));
  };
}

/** Items fetched by id back in the ids' order; ids deleted meanwhile are left out. */
export function inIdOrder<T extends { id: number }>(ids: readonly number[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A calendar day stored as its midnight in UTC (measures, training records), as a moment in the zone. */
export function storedDay(day: Date, zone: string): Date {
  return DateTime.fromObject({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }, { zone }).toJSDate();
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a formula:
 * "=HYPERLINK(…)" as a name would be a live link. A leading apostrophe makes it text in both formats.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
