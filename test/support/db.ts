import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../../src/db/client.ts";
import { adminQuery, pgUrl, templatePgDb, templateSqliteFile, testProvider, testTmpDir, type Template } from "./db-names.ts";

export type TestDb = { db: Db; url: string; drop(): Promise<void> };

/**
 * A fresh, migrated database of the provider under test, private to the caller; with
 * `directory`, holding the bundled Omsk-region municipalities and schools most flows need.
 */
export async function createTestDb(opts: { directory?: boolean } = {}): Promise<TestDb> {
  // Copied from a template made once per run (test/support/global-setup.ts): loading the
  // directory into each database cost a tenth of a second of CPU, seventy times a run.
  const template: Template = opts.directory ? "directory" : "empty";
  const name = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  if (testProvider() === "postgres") {
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templatePgDb(template)}"`);
    // A throwaway database: a commit need not wait for the disk.
    const url = `${pgUrl(name)}?options=${encodeURIComponent("-c synchronous_commit=off")}`;
    const db = await createDb(url);
    return {
      db,
      url,
      async drop() {
        await db.$disconnect();
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const file = path.join(testTmpDir(), `${name}.db`);
  copyFileSync(templateSqliteFile(template), file);
  const url = `file:${file}`;
  const db = await createDb(url);
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}
