// Builds one migrated template database per run; each test file then gets a fresh copy.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { adminQuery, testProvider, templatePgDb, templateSqliteFile, testTmpDir, pgUrl, testRunId } from "./db-names.ts";

export default async function setup() {
  testRunId(); // fixes the run id in the environment the test workers inherit
  const provider = testProvider();
  let url: string;
  if (provider === "postgres") {
    await adminQuery(`DROP DATABASE IF EXISTS "${templatePgDb()}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${templatePgDb()}"`);
    url = pgUrl(templatePgDb());
  } else {
    rmSync(testTmpDir(), { recursive: true, force: true });
    mkdirSync(testTmpDir(), { recursive: true });
    url = `file:${templateSqliteFile()}`;
  }
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return async () => {
    if (provider === "postgres") await adminQuery(`DROP DATABASE IF EXISTS "${templatePgDb()}" WITH (FORCE)`);
    else rmSync(testTmpDir(), { recursive: true, force: true });
  };
}
