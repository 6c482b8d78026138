/**
 * How long `npm start` takes to answer a person's first /start, on the SQLite default: on a new
 * database (migrations applied, the bundled directory loaded) and on a restart of the same one.
 * npx tsx bench/startup.ts [runs=3]
 * Target (issue #8): the first update answered within 3 s of start.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startFakeBotApi } from "../test/support/fake-bot-api-server.ts";

const RUNS = Number(process.argv[2] ?? 3);
const TOKEN = "123456:" + "A".repeat(35);
const dir = mkdtempSync(path.join(os.tmpdir(), "profrost-bench-start-"));
const url = `file:${path.join(dir, "start.db")}`;

async function firstAnswerMs(): Promise<number> {
  const api = await startFakeBotApi();
  const started = performance.now();
  const bot = spawn("npm", ["start"], {
    env: { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: url, LOG_LEVEL: "warn", REDIS_URL: "" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const user = api.user({ languageCode: "ru" });
    await user.send("/start");
    await api.waitFor((call) => call.method === "sendMessage" && Number(call.payload.chat_id) === user.id, 60_000);
    return performance.now() - started;
  } finally {
    process.kill(-bot.pid!, "SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));
    await api.close();
  }
}

const fresh = await firstAnswerMs();
const restarts: number[] = [];
for (let i = 0; i < RUNS; i++) restarts.push(await firstAnswerMs());
rmSync(dir, { recursive: true, force: true });
console.log(`first /start answered after npm start: new database ${(fresh / 1000).toFixed(2)} s; restart ${restarts.map((ms) => (ms / 1000).toFixed(2)).join(" / ")} s`);
