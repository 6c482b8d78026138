// The rows of a directory file: `municipality;school` as before, or with a header naming the
// columns, optionally `region` (the municipality's region) and `timezone` (its zone).
import { AppError } from "../../errors.ts";
import { COLUMN_HEADERS, type CsvRecord } from "./csv-parse.ts";
import { canonicalTimezone, isValidName, nameKey, normalizeName } from "./names.ts";
import { DEFAULT_REGION } from "./regions.ts";

/** Why a row was skipped; the bot localizes these codes. */
export type RejectReason = "empty-municipality" | "empty-school" | "bad-columns" | "invalid-name" | "invalid-timezone" | "unclosed-quote";

export type DirectoryRow = { region: string | null; timezone: string | null; municipality: string; school: string };

type Layout = { municipality: number; school: number; region: number | null; timezone: number | null };

const TWO_COLUMNS: Layout = { municipality: 0, school: 1, region: null, timezone: null };

/** Columns by the header's names when it names a region or a zone; else the first two, as always. */
export function columnLayout(header: string[] | null): Layout {
  const find = (names: string[]) => header?.findIndex((cell) => names.includes(cell)) ?? -1;
  const [municipality, school, region, timezone] = [COLUMN_HEADERS.municipality, COLUMN_HEADERS.school, COLUMN_HEADERS.region, COLUMN_HEADERS.timezone].map(find) as [number, number, number, number];
  if ((region < 0 && timezone < 0) || municipality < 0 || school < 0) return TWO_COLUMNS;
  return { municipality, school, region: region < 0 ? null : region, timezone: timezone < 0 ? null : timezone };
}

export function checkRecord(record: CsvRecord, layout: Layout): DirectoryRow | RejectReason {
  if (record.unclosedQuote) return "unclosed-quote";
  const used = [layout.municipality, layout.school, layout.region, layout.timezone].filter((index) => index !== null);
  // Excel pads short rows with empty cells, so only text in a column nobody named is an error.
  if (record.fields[layout.school] === undefined || record.fields.some((value, index) => !used.includes(index) && value.trim() !== "")) return "bad-columns";
  const cell = (index: number | null) => normalizeName(index === null ? "" : (record.fields[index] ?? ""));
  const [municipality, school, region, zone] = [cell(layout.municipality), cell(layout.school), cell(layout.region), cell(layout.timezone)];
  if (municipality === "") return "empty-municipality";
  if (school === "") return "empty-school";
  if (!isValidName(municipality) || !isValidName(school) || (region !== "" && !isValidName(region))) return "invalid-name";
  let timezone: string | null = null;
  try {
    if (zone !== "") timezone = canonicalTimezone(zone);
  } catch (error) {
    if (error instanceof AppError) return "invalid-timezone";
    throw error;
  }
  return { region: region || null, timezone, municipality, school };
}

/** The regions new municipalities go into, each with the zone it gets if it has to be created. */
export function regionsWanted(rows: Iterable<DirectoryRow>, defaultTimezone: string): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const row of rows) {
    const name = row.region ?? DEFAULT_REGION;
    if (![...wanted.keys()].some((known) => nameKey(known) === nameKey(name))) wanted.set(name, row.timezone ?? defaultTimezone);
  }
  return wanted;
}

/**
 * A new municipality's row: in its region (the default one when the file names none), in the
 * zone the file gives, else its region's when the file names the region, else the default zone.
 */
export function newMunicipality(row: DirectoryRow, regions: ReadonlyMap<string, { id: number; timezone: string }>, defaultTimezone: string) {
  const region = regions.get(nameKey(row.region ?? DEFAULT_REGION))!;
  return { name: row.municipality, timezone: row.timezone ?? (row.region ? region.timezone : defaultTimezone), regionId: region.id };
}
