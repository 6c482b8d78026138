/**
 * How fast an announcement reaches its audience: a formatted document with a link button, saved
 * and started as the bot does (saveBroadcast + startBroadcast: one outbox row per recipient in one
 * transaction), delivered by the real OutboxSender through grammY over HTTP to the fake Bot API,
 * which answers 429 over its limit as Telegram does. On SQLite and, when it answers, PostgreSQL
 * (own databases, dropped after).
 *
 *   npx tsx bench/broadcast.ts [recipients=20000] [at30=3000] [at300=6000]
 *
 * - unlimited: `recipients` rows queued in one transaction, then sent with no limit anywhere (the
 *              bot's own cost a message), in batches of the paid rate's size;
 * - 300/s:     `at300` recipients, Telegram limited to 300 a second, the bot's rate 300;
 * - 30/s:      `at30` recipients, Telegram limited to 30 a second, the bot's rate 30 (20000 for the full run: 11 min a database).
 * Meanwhile a notice to one person (lane 0) is queued every couple of seconds: how long until it is sent.
 * BENCH_DB=sqlite|postgres runs one database only; a count of 0 leaves its scenario out.
 * Targets (issue #10): ≥ 95 % of the configured rate with almost no 429s; ≥ 1,000 a second unlimited.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { Api } from "grammy";
import { pino } from "pino";
import { systemClock } from "../src/core/clock.ts";
import { DEFAULT_QUIET_HOURS } from "../src/core/quiet-hours.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { EVERYBODY } from "../src/features/broadcasts/audience.ts";
import { saveBroadcast, startBroadcast } from "../src/features/broadcasts/service.ts";
import { CONSENT_VERSION } from "../src/features/profile/service.ts";
import { sharedI18n } from "../src/i18n/index.ts";
import type { MessageCopy } from "../src/messaging/copy.ts";
import { enqueue } from "../src/messaging/enqueue.ts";
import { createSendRate, type SendRate } from "../src/messaging/rate.ts";
import { LANE, OutboxSender } from "../src/messaging/sender.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api-server.ts";
import type { RecordedCall } from "../test/support/fake-telegram.ts";
import { onEachDatabase } from "./databases.ts";

const RECIPIENTS = Number(process.argv[2] ?? 20_000);
const AT_30 = Number(process.argv[3] ?? 3000);
const AT_300 = Number(process.argv[4] ?? 6000);
/** "sqlite" or "postgres" to run one of them only. */
const TOKEN = "123456:" + "A".repeat(35);
const FIRST_RECIPIENT = 5_000_000_000;
const FIRST_PROBE = 6_000_000_000;
const PROBES = 40;
const PROBE_EVERY_MS = 2000;
/** What the configuration allows at most (the paid broadcasts' rate): it sets the batch size when nothing limits. */
const LIFTED_PER_SECOND = 1000;
const unlimited: SendRate = { take: async () => ({ ok: true }), pause: async () => {}, close: async () => {} };

type Scenario = { name: string; recipients: number; telegramLimit: number | null; botRate: number | null };
type Result = Scenario & {
  db: string;
  queueMs: number;
  /** A read as a tap does one, begun while the rows were being queued. */
  tapMs: number;
  sent: number;
  perSecond: number;
  tooMany: number;
  notices: number[];
  /** Announcement rows still unsent when each notice went out: a notice waits for no backlog. */
  backlogAtNotice: number[];
};

async function run(label: string, url: string): Promise<Result[]> {
  const db = await createDb(url);
  try {
    const results: Result[] = [];
    const scenarios: Scenario[] = [
      { name: "unlimited", recipients: RECIPIENTS, telegramLimit: null, botRate: null },
      { name: "300/s", recipients: AT_300, telegramLimit: 300, botRate: 300 },
      { name: "30/s", recipients: AT_30, telegramLimit: 30, botRate: 30 },
    ];
    for (const scenario of scenarios.filter((s) => s.recipients > 0)) {
      const result = await runScenario(db, scenario);
      results.push({ db: label, ...result });
      print([{ db: label, ...result }]);
    }
    return results;
  } finally {
    await db.$disconnect();
  }
}

async function runScenario(db: Db, scenario: Scenario): Promise<Omit<Result, "db">> {
  await db.outboxMessage.deleteMany();
  await db.broadcast.deleteMany();
  await db.user.deleteMany();
  const now = new Date();
  const onboarded = { consentVersion: CONSENT_VERSION, consentAt: now, onboardedAt: now, fullName: "Педагог" };
  for (let i = 0; i < scenario.recipients; i += 5000) {
    const n = Math.min(5000, scenario.recipients - i);
    await db.user.createMany({ data: Array.from({ length: n }, (_, k) => ({ telegramId: BigInt(FIRST_RECIPIENT + i + k), lang: k % 2 ? "en" : "ru", ...onboarded })) });
  }
  // People who get a notice meanwhile: not onboarded, so outside the announcement's audience.
  await db.user.createMany({ data: Array.from({ length: PROBES }, (_, k) => ({ telegramId: BigInt(FIRST_PROBE + k), consentVersion: CONSENT_VERSION, consentAt: now })) });
  // Not onboarded either, so the announcement's audience is exactly the recipients.
  const author = await db.user.create({ data: { telegramId: 42n, consentVersion: CONSENT_VERSION, consentAt: now }, select: { id: true } });

  const api = await startFakeBotApi();
  const { telegram } = api;
  for (let i = 0; i < scenario.recipients; i++) telegram.registerUser({ id: FIRST_RECIPIENT + i, is_bot: false, first_name: "T" });
  for (let k = 0; k < PROBES; k++) telegram.registerUser({ id: FIRST_PROBE + k, is_bot: false, first_name: "P" });
  const file = telegram.addFile(new TextEncoder().encode("%PDF-1.4 программа семинара"), { fileName: "программа.pdf" });
  if (scenario.telegramLimit) telegram.limitRate({ perSecond: scenario.telegramLimit, perChatPerSecond: 1 });

  const caption = "Региональный семинар для молодых педагогов: программа во вложении. Запись до пятницы.";
  const copy: MessageCopy = {
    kind: "document",
    fileId: file.fileId,
    caption,
    entities: [
      { type: "bold", offset: 0, length: 19 },
      { type: "italic", offset: 36, length: 20 },
    ],
  };
  const id = await saveBroadcast(
    db,
    { authorId: author.id, scope: { kind: "regional" }, copy, buttons: [[{ label: "Программа на сайте", url: "https://example.org/program" }]], audience: EVERYBODY, urgent: true },
    { at: null, now },
  );
  // A tap's read while the rows are being queued (on SQLite the one connection is the transaction's until it commits).
  const tapWhileQueueing = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const at = performance.now();
    await db.user.findUnique({ where: { telegramId: BigInt(FIRST_PROBE) }, select: { id: true } });
    return performance.now() - at;
  })();
  const queuedAt = performance.now();
  const queued = await startBroadcast(db, id, now, { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
  const queueMs = performance.now() - queuedAt;
  const tapMs = await tapWhileQueueing;
  if (queued !== scenario.recipients) throw new Error(`queued ${queued} of ${scenario.recipients}`);

  const sends: number[] = [];
  let tooMany = 0;
  const probeSentAt = new Map<number, number>();
  const backlogAtNotice: number[] = [];
  telegram.onCall((call: RecordedCall) => {
    const chat = Number(call.payload.chat_id);
    if (call.response?.ok === false && call.response.error_code === 429) tooMany++;
    if (call.response?.ok !== true) return;
    if (call.method === "sendDocument") sends.push(performance.now());
    if (call.method === "sendMessage" && chat >= FIRST_PROBE) {
      probeSentAt.set(chat, performance.now());
      backlogAtNotice.push(scenario.recipients - sends.length);
    }
  });

  const perSecond = scenario.botRate ?? LIFTED_PER_SECOND;
  const rate = scenario.botRate ? await createSendRate({ perSecond }) : unlimited;
  const sender = new OutboxSender({
    db,
    api: new Api(TOKEN, { apiRoot: api.url, timeoutSeconds: 30 }),
    i18n: sharedI18n(),
    clock: systemClock,
    logger: pino({ level: "silent" }),
    rate,
    defaultTimezone: "Asia/Omsk",
    perSecond,
    lanes: [LANE.notice, LANE.broadcast, LANE.paid],
  });
  sender.start();

  // A notice every couple of seconds while the announcement goes out, as a tap's consequence would be queued.
  const probeQueuedAt = new Map<number, number>();
  let probe = 0;
  const prober = setInterval(() => {
    if (probe >= PROBES || sends.length >= scenario.recipients) return;
    const k = probe++;
    void (async () => {
      const person = await db.user.findUniqueOrThrow({ where: { telegramId: BigInt(FIRST_PROBE + k) }, select: { id: true, telegramId: true } });
      await db.$transaction((tx) =>
        enqueue(tx, {
          source: `bench:${k}`,
          purpose: "cancelled",
          recipients: [{ userId: person.id, telegramId: person.telegramId }],
          notice: { key: "event-manage-tell-cancel", args: { title: "Семинар", when: { when: new Date().toISOString() } } },
          now: new Date(),
        }),
      );
      probeQueuedAt.set(FIRST_PROBE + k, performance.now());
      sender.wake();
    })().catch((error: unknown) => console.error("notice not queued", error));
  }, PROBE_EVERY_MS);

  while (sends.length < scenario.recipients) await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(prober);
  // Let the notices already queued go out before stopping.
  const deadline = performance.now() + 3000;
  while (probeSentAt.size < probeQueuedAt.size && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await sender.stop();
  await rate.close();
  await api.close();

  const duplicates = new Set<number>();
  const seen = new Set<number>();
  for (const call of telegram.calls) {
    if (call.method !== "sendDocument" || call.response?.ok !== true) continue;
    const chat = Number(call.payload.chat_id);
    if (seen.has(chat)) duplicates.add(chat);
    seen.add(chat);
  }
  if (duplicates.size) throw new Error(`${duplicates.size} recipients got the announcement twice`);
  const notices = [...probeQueuedAt].flatMap(([chat, at]) => {
    const sentAt = probeSentAt.get(chat);
    return sentAt === undefined ? [] : [sentAt - at];
  });
  const seconds = ((sends.at(-1) ?? 0) - (sends[0] ?? 0)) / 1000;
  return { ...scenario, queueMs, tapMs, sent: sends.length, perSecond: seconds > 0 ? (sends.length - 1) / seconds : 0, tooMany, notices, backlogAtNotice };
}

function print(results: Result[]): void {
  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
  };
  console.table(
    results.map((r) => ({
      database: r.db,
      scenario: r.name,
      recipients: r.recipients,
      "queued in one tx": `${(r.queueMs / 1000).toFixed(2)} s`,
      "a tap's read meanwhile": `${(r.tapMs / 1000).toFixed(2)} s`,
      "msg/s": Math.round(r.perSecond),
      "of limit": r.telegramLimit ? `${((100 * r.perSecond) / r.telegramLimit).toFixed(1)} %` : "—",
      "429s": r.tooMany,
      "notice p50/max": r.notices.length ? `${Math.round(quantile(r.notices, 0.5))} / ${Math.round(Math.max(...r.notices))} ms (${r.notices.length})` : "—",
      "backlog at notice (min)": r.backlogAtNotice.length ? Math.min(...r.backlogAtNotice) : "—",
    })),
  );
}

const all: Result[] = [];
await onEachDatabase("broadcast", async (label, url) => void all.push(...(await run(label, url))));
console.log(`\nAll runs ( ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}):`);
print(all);
