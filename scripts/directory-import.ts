// Usage: npm run directory:import -- <file.csv>   (columns municipality;school)
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { createDb } from "../src/db/client.ts";
import { DEFAULT_SQLITE_URL } from "../src/db/url.ts";
import { AppError } from "../src/errors.ts";
import { importDirectoryCsv, type DirectoryImportReport } from "../src/features/directory/service.ts";

const file = process.argv[2];
if (!file) fail("Usage: npm run directory:import -- <file.csv>");

let bytes: Uint8Array;
try {
  bytes = await readFile(file);
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}

const defaultTimezone = process.env.DEFAULT_TIMEZONE || "Asia/Omsk";
const db = await createDb(process.env.DATABASE_URL || DEFAULT_SQLITE_URL);
try {
  console.log(describe(await importDirectoryCsv(db, bytes, { defaultTimezone })));
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
