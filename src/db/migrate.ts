// `prisma migrate deploy` (the Prisma 6 CLI, through scripts/prisma.mjs) loads its WebAssembly
// engine for seconds even when nothing is pending; start-up asks the database first and runs it
// only when a migration is missing.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { providerOf, type Db } from "./client.ts";

const PRISMA_DIR = fileURLToPath(new URL("../../prisma", import.meta.url));
const PRISMA_CLI = fileURLToPath(new URL("../../scripts/prisma.mjs", import.meta.url));

/** The migrations this build has that the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const folder = `${PRISMA_DIR}/${providerOf(db) === "postgresql" ? "postgres" : "sqlite"}/migrations`;
  const known = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  let applied: string[];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    applied = []; // a new database: no migrations table yet
  }
  return known.filter((name) => !applied.includes(name));
}

/**
 * Runs `prisma migrate deploy` when a migration is pending. Its output goes to ours; a command
 * whose stdout is data (`plan:import --json`) sends it to stderr instead.
 */
export async function migrateIfPending(db: Db, databaseUrl: string, opts: { outputTo?: "stdout" | "stderr" } = {}): Promise<string[]> {
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return pending;
  const stdout = opts.outputTo === "stderr" ? process.stderr : "inherit";
  const cli = spawn(process.execPath, [PRISMA_CLI, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["inherit", stdout, "inherit"] });
  const code = await new Promise<number | null>((resolve, reject) => {
    cli.once("error", reject);
    cli.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`prisma migrate deploy exited with ${code}`);
  return pending;
}
