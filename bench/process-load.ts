/**
 * `npm start` itself under load: its resident memory (RSS) while people tap through it, on a
 * database of 20,000 teachers and 500 events (bench/updates.ts seeds it), the fake Bot API over
 * HTTP. Each of `people` chats at a time opens /menu, Upcoming, an event's card, signs up (or joins
 * the waiting list), opens My registrations and Profile, as one person after another.
 * npx tsx bench/process-load.ts [seconds=90] [people=32]   (BENCH_DB=sqlite|postgres for one database)
 * Target (issue #8): RSS under 250 MB under load at 20,000 teachers.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { onEachDatabase } from "./databases.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api-server.ts";
import type { FakeUser, ShownMessage } from "../test/support/harness.ts";
import { killAll, startBot, TOKEN, until } from "../test/e2e/bot-process.ts";

const SECONDS = Number(process.argv[2] ?? 90);
const PEOPLE = Number(process.argv[3] ?? 32);
/** bench/updates.ts seeds teachers with these Telegram ids, onboarded, in Russian. */
const FIRST_ID = 9_200_000_000;
const TEACHERS = 20_000;

const has = (label: RegExp) => (message: ShownMessage) => message.buttons.flat().some((text) => label.test(text));
const changed = (before: string) => (message: ShownMessage) => JSON.stringify(message) !== before;

await onEachDatabase("process-load", async (label, url) => {
  execFileSync(process.execPath, ["--import", "tsx", "bench/updates.ts", "--seed", url], { stdio: "ignore" });
  const api = await startFakeBotApi();
  const bot = startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: url, LOG_LEVEL: "warn" });
  try {
    await bot.waitForLog("polling for updates", 60_000).catch(() => undefined);
    const pid = bot.botPid();
    const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = rssMb();
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);

    let taps = 0;
    let failures = 0;
    /** One tap, done when the newest message satisfies `shown`. */
    async function tap(u: FakeUser, action: () => Promise<unknown>, shown: (message: ShownMessage) => boolean) {
      await action();
      await until(() => (u.messages().length && shown(u.lastMessage()) ? true : undefined), 30_000, () => `no answer in chat ${u.id}`);
      taps++;
    }
    const deadline = Date.now() + SECONDS * 1000;
    let next = 0;
    async function tapping() {
      while (Date.now() < deadline) {
        // Each person once a run, so that no two of these loops share a chat.
        const u = api.user({ id: FIRST_ID + (next++ % TEACHERS), languageCode: "ru" });
        try {
          await tap(u, () => u.send("/menu"), has(/Мои записи/));
          await tap(u, () => u.press(/Ближайшие/), has(/‹ Назад/));
          const card = u.lastMessage().buttons.flat().find((text) => text.includes(": "));
          if (card) {
            await tap(u, () => u.press(card), has(/К списку/));
            const join = u.lastMessage().buttons.flat().find((text) => /^Записаться|лист ожидания/i.test(text));
            if (join) {
              const before = JSON.stringify(u.lastMessage());
              await tap(u, () => u.press(join), changed(before));
            }
          }
          await tap(u, () => u.send("/menu"), has(/Профиль/));
          await tap(u, () => u.press(/Мои записи/), (message) => !has(/Профиль/)(message));
          await tap(u, () => u.send("/menu"), has(/Профиль/));
          await tap(u, () => u.press(/Профиль/), (message) => !has(/Мои записи/)(message));
        } catch {
          failures++;
        }
      }
    }
    const started = performance.now();
    await Promise.all(Array.from({ length: PEOPLE }, tapping));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    console.log(
      `${label}: ${taps} taps in ${seconds.toFixed(0)} s (${(taps / seconds).toFixed(0)} a second, ${PEOPLE} chats at a time, ${failures} people not finished); ` +
        `RSS of npm start's node: ${idle.toFixed(0)} MB idle, ${peak.toFixed(0)} MB peak, ${rssMb().toFixed(0)} MB after`,
    );
  } finally {
    killAll();
    await api.close();
  }
});
process.exit(0);
