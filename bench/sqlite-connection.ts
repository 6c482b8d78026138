/**
 * The SQLite default over many short transactions: open file handles and RSS must stay flat.
 * npx tsx bench/sqlite-connection.ts [transactions=20000]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../src/db/client.ts";

const TRANSACTIONS = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "profrost-bench-sqlite-"));
const url = `file:${path.join(dir, "bench.db")}`;
execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });

const db = await createDb(url);
const handles = () => readdirSync("/proc/self/fd").length;
const rssMb = () => `${Math.round(process.memoryUsage().rss / 1_048_576)}/${Math.round(process.memoryUsage().heapUsed / 1_048_576)}`;
const { id } = await db.municipality.create({ data: { name: "Bench", timezone: "Asia/Omsk" } });

console.log(`transactions  handles  RSS MB  ms per transaction`);
let last = performance.now();
for (let i = 1; i <= TRANSACTIONS; i++) {
  await db.$transaction(async (tx) => {
    await tx.municipality.update({ where: { id }, data: { timezone: i % 2 ? "Asia/Omsk" : "Asia/Novosibirsk" } });
  });
  // A bot turns the event loop between updates; native statements are freed on such turns.
  if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  if (i === 1 || i % (TRANSACTIONS / 10) === 0) {
    const now = performance.now();
    console.log(`${String(i).padStart(12)}  ${String(handles()).padStart(7)}  ${String(rssMb()).padStart(6)}  ${((now - last) / (i === 1 ? 1 : TRANSACTIONS / 10)).toFixed(2)}`);
    last = now;
  }
}
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
