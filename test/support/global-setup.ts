// Builds one migrated template database per run; each test file then gets a fresh copy.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { adminQuery, testProvider, TEMPLATE_PG_DB, templateSqliteFile, testTmpDir, pgUrl } from "./db-names.ts";

export default async function setup() {
  const provider = testProvider();
  let url: string;
  if (provider === "postgres") {
    await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_PG_DB}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${TEMPLATE_PG_DB}"`);
    url = pgUrl(TEMPLATE_PG_DB);
  } else {
    rmSync(testTmpDir(), { recursive: true, force: true });
    mkdirSync(testTmpDir(), { recursive: true });
    url = `file:${templateSqliteFile()}`;
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return async () => {
    if (provider === "postgres") await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_PG_DB}" WITH (FORCE)`);
    else rmSync(testTmpDir(), { recursive: true, force: true });
  };
}
