// Point 19 of issue 9: the command-line tools work on a fresh install, before the first
// `npm start` has migrated the database (on the SQLite default: migrating either database is
// the same `migrate deploy`, covered on both by the test set-up).
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { pendingMigrations } from "../../src/db/migrate.ts";
import { testProvider, testTmpDir } from "../support/db-names.ts";

const run = promisify(execFile);
const PLAN = path.resolve("test/fixtures/plans/kachkanar-2020-decree-451.txt");

/** A database that exists but holds no table, as on the first day of an install. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fresh_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const dir = path.join(testTmpDir(), name);
  mkdirSync(dir, { recursive: true });
  return { url: `file:${path.join(dir, "profrost.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function script(file: string, args: string[], url: string) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", file, ...args], { env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function open(url: string): Promise<Db> {
  const db = await createDb(url);
  cleanup.push(() => db.$disconnect());
  return db;
}

// Once per suite, on the default deployment (SQLite), like the other command-line tests.
describe.runIf(testProvider() === "sqlite")("the command line on a fresh install", () => {
  it("plan:import migrates the database, loads the bundled directory and saves the plan with its territory", async () => {
    const fresh = await freshDatabase();
    cleanup.push(fresh.drop);
    const { code, stdout, stderr } = await script("scripts/plan-import.ts", [PLAN, "--json"], fresh.url);
    expect(stderr).not.toContain("no such table");
    expect(code).toBe(0);
    // Prisma's migration output went to stderr: stdout is one JSON document.
    const json = JSON.parse(stdout);
    expect(json.saved).toEqual({ created: 31, updated: 0, unchanged: 0, removed: 0 });
    expect(json.territory).toEqual({ region: "Свердловская область", municipality: "Качканарский городской округ" });

    const db = await open(fresh.url);
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await db.municipality.count()).toBeGreaterThan(30);
    const plan = await db.plan.findFirstOrThrow({ select: { municipality: { select: { name: true, timezone: true } } } });
    expect(plan.municipality).toEqual({ name: "Качканарский городской округ", timezone: "Asia/Yekaterinburg" });
  }, 120_000);

  it("directory:import migrates the database first and imports a file with a region column", async () => {
    const fresh = await freshDatabase();
    cleanup.push(fresh.drop);
    const dir = path.join(testTmpDir(), `csv_${randomUUID().slice(0, 8)}`);
    mkdirSync(dir, { recursive: true });
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const csv = path.join(dir, "schools.csv");
    writeFileSync(csv, "регион;часовой пояс;муниципалитет;школа\nСвердловская область;Asia/Yekaterinburg;Качканарский городской округ;МАОУ «СОШ № 2»\n");
    const { code, stdout, stderr } = await script("scripts/directory-import.ts", [csv], fresh.url);
    expect(stderr).not.toContain("no such table");
    expect(code).toBe(0);
    expect(stdout).toContain("Municipalities added: 1");
    expect(stdout).toContain("Schools added: 1");
    const db = await open(fresh.url);
    expect(await db.region.findMany({ select: { name: true, timezone: true } })).toEqual([{ name: "Свердловская область", timezone: "Asia/Yekaterinburg" }]);
  }, 120_000);
});
