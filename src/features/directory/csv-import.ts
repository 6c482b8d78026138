import { readFile } from "node:fs/promises";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { readCsvTable } from "./csv-parse.ts";
import { checkRecord, columnLayout, newMunicipality, regionsWanted, type DirectoryRow, type RejectReason } from "./csv-rows.ts";
import { canonicalTimezone, nameKey } from "./names.ts";
import { ensureRegions } from "./regions.ts";

export type { RejectReason } from "./csv-rows.ts";

export type DirectoryImportReport = {
  municipalitiesAdded: number;
  schoolsAdded: number;
  /** Valid rows naming a school that already existed (or appeared earlier in the file), in any spelling. */
  unchanged: number;
  rejected: { line: number; reason: RejectReason }[];
};

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

/**
 * Adds the municipalities and schools of a `municipality;school` file that are not there yet (a
 * header may name `region` and `timezone` columns too; see csv-rows.ts); new municipalities go
 * into the region the file names, or the default one.
 */
export async function importDirectoryCsv(
  db: Db,
  bytes: Uint8Array,
  options: { defaultTimezone: string },
): Promise<DirectoryImportReport> {
  const timezone = canonicalTimezone(options.defaultTimezone);
  const rows: DirectoryRow[] = [];
  const rejected: DirectoryImportReport["rejected"] = [];
  const { header, records } = readCsvTable(bytes);
  const layout = columnLayout(header);
  for (const record of records) {
    const checked = checkRecord(record, layout);
    if (typeof checked === "string") rejected.push({ line: record.line, reason: checked });
    else rows.push(checked);
  }

  // One read of the directory, then bulk inserts of only what is missing. Names are matched by
  // nameKey, so "оконешниковский район" in a file is the "Оконешниковский район" already there.
  return db.$transaction(
    async (tx) => {
      const existingMunicipalities = await tx.municipality.findMany({ select: { id: true, name: true } });
      const municipalityIds = new Map(existingMunicipalities.map((m) => [nameKey(m.name), m.id]));
      const missing = new Map<string, DirectoryRow>();
      for (const row of rows) {
        const key = nameKey(row.municipality);
        if (!municipalityIds.has(key) && !missing.has(key)) missing.set(key, row);
      }
      const regions = await ensureRegions(tx, regionsWanted(missing.values(), timezone));
      const created = await tx.municipality.createManyAndReturn({
        data: [...missing.values()].map((row) => newMunicipality(row, regions, timezone)),
        select: { id: true, name: true },
      });
      for (const m of created) municipalityIds.set(nameKey(m.name), m.id);

      const existingSchools = await tx.school.findMany({ select: { municipalityId: true, name: true } });
      const known = new Set(existingSchools.map((s) => schoolKey(s.municipalityId, s.name)));
      const newSchools: { municipalityId: number; name: string }[] = [];
      for (const row of rows) {
        const municipalityId = municipalityIds.get(nameKey(row.municipality))!;
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

function schoolKey(municipalityId: number, name: string): string {
  return `${municipalityId}:${nameKey(name)}`;
}
