import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { sqliteFilePath } from "../../src/db/url.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";

const openHandles = () => readdirSync("/proc/self/fd").length;

// SQLite only: these are the embedded default's connection rules; PostgreSQL pools its own.
describe.runIf(testProvider() === "sqlite")("the SQLite connection", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const shortTransaction = (db: Db, n: number) =>
    db.$transaction(async (tx) => {
      await tx.municipality.upsert({ where: { name: "Flat" }, create: { name: "Flat", timezone: "Asia/Omsk" }, update: { timezone: `Asia/Omsk${n % 2 ? "" : " "}`.trim() } });
    });

  it("keeps file handles flat over thousands of transactions", async () => {
    for (let i = 0; i < 50; i++) await shortTransaction(t.db, i);
    const before = openHandles();
    for (let i = 0; i < 1000; i++) await shortTransaction(t.db, i);
    expect(openHandles() - before).toBeLessThanOrEqual(2);
  });

  it("keeps busy_timeout on the connection transactions use", async () => {
    const timeout = await t.db.$transaction((tx) => tx.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout"));
    expect(Number(timeout[0]?.timeout)).toBeGreaterThanOrEqual(5000);
    const mode = await t.db.$transaction((tx) => tx.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode"));
    expect(mode[0]?.journal_mode).toBe("wal");
  });

  it("makes writers wait for another process's write lock instead of failing", async () => {
    // Another process, as the plan CLI would be: it takes the write lock and keeps it a while.
    const holder = spawn(process.execPath, ["--input-type=module", "-e", HOLD_WRITE_LOCK, sqliteFilePath(t.url) ?? ""], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(holder, "exit");
    await once(holder.stdout, "data");
    const writes = Array.from({ length: 20 }, (_, i) =>
      t.db.$transaction((tx) => tx.municipality.create({ data: { name: `Waited ${i}`, timezone: "Asia/Omsk" } })),
    );
    const single = t.db.municipality.create({ data: { name: "Waited alone", timezone: "Asia/Omsk" } });
    const results = await Promise.allSettled([...writes, single]);
    expect(results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []))).toEqual([]);
    expect(await t.db.municipality.count({ where: { name: { startsWith: "Waited" } } })).toBe(21);
    expect(await t.db.municipality.count({ where: { name: "Held by the other process" } })).toBe(1);
    await exited;
  });
});

const HOLD_WRITE_LOCK = `
import Database from "libsql";
const db = new Database(process.argv[1]);
db.exec("BEGIN IMMEDIATE");
db.exec("INSERT INTO Municipality (name, timezone) VALUES ('Held by the other process', 'Asia/Omsk')");
process.stdout.write("locked\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); }, 1500);
`;
