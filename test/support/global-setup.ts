// Builds the migrated template databases once per run, one empty and one holding the bundled
// directory; each test file then gets a fresh copy of one of them.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createDb } from "../../src/db/client.ts";
import { ensureBundledDirectory } from "../../src/features/directory/service.ts";
import { adminQuery, testProvider, templatePgDb, templateSqliteFile, testTmpDir, pgUrl, testRunId } from "./db-names.ts";

export default async function setup() {
  testRunId(); // fixes the run id in the environment the test workers inherit
  const provider = testProvider();
  const templates = [templatePgDb("empty"), templatePgDb("directory")];
  const dropTemplates = async () => {
    for (const name of templates) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  let url: string;
  if (provider === "postgres") {
    await dropTemplates();
    await adminQuery(`CREATE DATABASE "${templatePgDb("empty")}"`);
    url = pgUrl(templatePgDb("empty"));
  } else {
    rmSync(testTmpDir(), { recursive: true, force: true });
    mkdirSync(testTmpDir(), { recursive: true });
    url = `file:${templateSqliteFile("empty")}`;
  }
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });

  let directoryUrl: string;
  if (provider === "postgres") {
    await adminQuery(`CREATE DATABASE "${templatePgDb("directory")}" TEMPLATE "${templatePgDb("empty")}"`);
    directoryUrl = pgUrl(templatePgDb("directory"));
  } else {
    copyFileSync(templateSqliteFile("empty"), templateSqliteFile("directory"));
    directoryUrl = `file:${templateSqliteFile("directory")}`;
  }
  const db = await createDb(directoryUrl);
  await ensureBundledDirectory(db, { defaultTimezone: "Asia/Omsk" });
  // The file alone is copied: SQLite's write-ahead log goes into it now, not whenever the
  // connection happens to close (copies made before that lacked the directory).
  if (provider === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode=DELETE");
  await db.$disconnect();

  return async () => {
    if (provider === "postgres") await dropTemplates();
    else rmSync(testTmpDir(), { recursive: true, force: true });
  };
}
