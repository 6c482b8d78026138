import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TestProvider = "sqlite" | "postgres";

export function testProvider(): TestProvider {
  return process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";
}

const PG_BASE = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
/** Names this run's files and template database, so runs side by side never meet. */
export function testRunId(): string {
  return (process.env.PROFROST_TEST_RUN ??= `local${process.pid}`).replace(/[^a-z0-9]/gi, "_").toLowerCase();
}

/** The migrated templates: empty, or holding the bundled directory most flows need. */
export type Template = "empty" | "directory";

export function templatePgDb(template: Template = "empty"): string {
  return `profrost_template_${testRunId()}${template === "directory" ? "_directory" : ""}`;
}

export function pgUrl(database: string): string {
  return `${PG_BASE}/${database}`;
}

export function testTmpDir(): string {
  return path.join(os.tmpdir(), `profrost-test-${testRunId()}`);
}

export function templateSqliteFile(template: Template = "empty"): string {
  return path.join(testTmpDir(), template === "directory" ? "template-directory.db" : "template.db");
}

/** Runs one statement on the server's `postgres` database (CREATE/DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
