import { readFile } from "node:fs/promises";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { readCsvRecords, type CsvRecord } from "./csv-parse.ts";
import { canonicalTimezone, isValidName, normalizeName } from "./names.ts";

/** Why a row was skipped; the bot localizes these codes. */
export type RejectReason = "empty-municipality" | "empty-school" | "bad-columns" | "invalid-name" | "unclosed-quote";

export type DirectoryImportReport = {
  municipalitiesAdded: number;
  schoolsAdded: number;
  /** Valid rows naming a school that already existed (or appeared earlier in the file). */
  unchanged: number;
  rejected: { line: number; reason: RejectReason }[];
};

type Row = { municipality: string; school: string };

const BUNDLED_CSV = new URL("./data/omsk-region.csv", import.meta.url);

/** Seeds an empty database with the region's directory; null when it already has one. */
export async function ensureBundledDirectory(
  db: Db,
  options: { defaultTimezone: string },
): Promise<DirectoryImportReport | null> {
  if ((await db.municipality.count()) > 0) return null;
  try {
    return await importDirectoryCsv(db, await readFile(BUNDLED_CSV), options);
  } catch (error) {
    // Another instance starting beside this one on the same PostgreSQL loaded it first.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Adds the municipalities and schools of a `municipality;school` file that are not there yet. */
export async function importDirectoryCsv(
  db: Db,
  bytes: Uint8Array,
  options: { defaultTimezone: string },
): Promise<DirectoryImportReport> {
  const timezone = canonicalTimezone(options.defaultTimezone);
  const rows: Row[] = [];
  const rejected: DirectoryImportReport["rejected"] = [];
  for (const record of readCsvRecords(bytes)) {
    const checked = checkRecord(record);
    if (typeof checked === "string") rejected.push({ line: record.line, reason: checked });
    else rows.push(checked);
  }

  // One read of the directory, then bulk inserts of only what is missing.
  return db.$transaction(
    async (tx) => {
      const existingMunicipalities = await tx.municipality.findMany({ select: { id: true, name: true } });
      const municipalityIds = new Map(existingMunicipalities.map((m) => [m.name, m.id]));
      const missing = [...new Set(rows.map((row) => row.municipality))].filter((name) => !municipalityIds.has(name));
      const created = await tx.municipality.createManyAndReturn({
        data: missing.map((name) => ({ name, timezone })),
        select: { id: true, name: true },
      });
      for (const m of created) municipalityIds.set(m.name, m.id);

      const existingSchools = await tx.school.findMany({ select: { municipalityId: true, name: true } });
      const known = new Set(existingSchools.map((s) => schoolKey(s.municipalityId, s.name)));
      const newSchools: { municipalityId: number; name: string }[] = [];
      for (const row of rows) {
        const municipalityId = municipalityIds.get(row.municipality)!;
        const key = schoolKey(municipalityId, row.school);
        if (known.has(key)) continue;
        known.add(key);
        newSchools.push({ municipalityId, name: row.school });
      }
      await tx.school.createMany({ data: newSchools });
      return {
        municipalitiesAdded: created.length,
        schoolsAdded: newSchools.length,
        unchanged: rows.length - newSchools.length,
        rejected,
      };
    },
    // A file of thousands of schools can outlast Prisma's 5-second default.
    { timeout: 60_000 },
  );
}

function checkRecord(record: CsvRecord): Row | RejectReason {
  if (record.unclosedQuote) return "unclosed-quote";
  // Excel pads short rows with empty cells, so only text beyond the second column is an error.
  const [rawMunicipality, rawSchool, ...rest] = record.fields;
  if (rawSchool === undefined || rest.some((value) => value.trim() !== "")) return "bad-columns";
  const municipality = normalizeName(rawMunicipality ?? "");
  const school = normalizeName(rawSchool);
  if (municipality === "") return "empty-municipality";
  if (school === "") return "empty-school";
  if (!isValidName(municipality) || !isValidName(school)) return "invalid-name";
  return { municipality, school };
}

function schoolKey(municipalityId: number, name: string): string {
  return `${municipalityId}:${name}`;
}
