// Usage: npm run directory:import -- <file.csv>   (columns municipality;school, or with a header
// naming them, optionally region;timezone too). Migrates a fresh database first.
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { AppError } from "../src/errors.ts";
import { importDirectoryCsv, type DirectoryImportReport } from "../src/features/directory/service.ts";
import { resolveMissingTerritories } from "../src/features/plans/territory.ts";
import { openPreparedDb } from "./open-db.ts";

const file = process.argv[2];
if (!file) fail("Usage: npm run directory:import -- <file.csv>");

let bytes: Uint8Array;
try {
  bytes = await readFile(file);
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}

const defaultTimezone = process.env.DEFAULT_TIMEZONE || "Asia/Omsk";
// Not the bundled directory: a file of one's own on a fresh install replaces it, as before.
const db = await openPreparedDb({ bundledDirectory: false });
try {
  console.log(describe(await importDirectoryCsv(db, bytes, { defaultTimezone })));
  // Plans whose issuer names a place only this file brought get their territory now.
  await resolveMissingTerritories(db);
} catch (error) {
  const invalidZone = error instanceof AppError && error.code === "invalid-timezone";
  console.error(
    invalidZone
      ? `DEFAULT_TIMEZONE "${defaultTimezone}" is not an IANA time zone such as Asia/Omsk`
      : `Import failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

function describe(report: DirectoryImportReport): string {
  return [
    `Municipalities added: ${report.municipalitiesAdded}`,
    `Schools added: ${report.schoolsAdded}`,
    `Unchanged rows: ${report.unchanged}`,
    `Rejected rows: ${report.rejected.length}`,
    ...report.rejected.map(({ line, reason }) => `  line ${line}: ${reason}`),
  ].join("\n");
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
