// Where each benchmark runs: a fresh SQLite file, then a fresh PostgreSQL database when the server
// answers (BENCH_PG_URL, the local one by default), each migrated, dropped afterwards.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type Database = "SQLite" | "PostgreSQL";

const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

function migrate(url: string): void {
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

/** Runs `bench` on each database in turn (`only` one of them: BENCH_DB=sqlite|postgres). */
export async function onEachDatabase(name: string, bench: (label: Database, url: string) => Promise<void>, only = process.env.BENCH_DB): Promise<void> {
  if (only !== "postgres") {
    const dir = mkdtempSync(path.join(os.tmpdir(), `profrost-bench-${name}-`));
    try {
      const url = `file:${path.join(dir, `${name}.db`)}`;
      migrate(url);
      await bench("SQLite", url);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === "sqlite") return;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  if (!(await admin.connect().then(() => true, () => false))) return void console.log("PostgreSQL does not answer: skipped");
  const database = `bench_${name}_${process.pid}`;
  await admin.query(`CREATE DATABASE "${database}"`);
  try {
    const url = `${PG_SERVER}/${database}`;
    migrate(url);
    await bench("PostgreSQL", url);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}
