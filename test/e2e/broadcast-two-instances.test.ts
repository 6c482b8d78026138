// Two instances on one PostgreSQL sending one announcement: each with its own connections and its
// own sender, sharing the rate through Redis, against a fake Bot API over HTTP that answers 429
// past 40 a second. Nobody gets it twice, every row is sent once, and together they stay at 30.
//
// In process, so the claim (SKIP LOCKED on separate connections) and the shared rate are watched
// closely and fast; broadcast-two-processes.test.ts does the same with two real `npm start`s.
import { randomUUID } from "node:crypto";
import { Api } from "grammy";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../src/core/clock.ts";
import { DEFAULT_QUIET_HOURS } from "../../src/core/quiet-hours.ts";
import { createDb, type Db } from "../../src/db/client.ts";
import { EVERYBODY } from "../../src/features/broadcasts/audience.ts";
import { saveBroadcast, startBroadcast } from "../../src/features/broadcasts/service.ts";
import { CONSENT_VERSION } from "../../src/features/profile/service.ts";
import { sharedI18n } from "../../src/i18n/index.ts";
import { createSendRate, type SendRate } from "../../src/messaging/rate.ts";
import { OutboxSender } from "../../src/messaging/sender.ts";
import { createTestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { startFakeBotApi } from "../support/fake-bot-api-server.ts";
import { TOKEN } from "./bot-process.ts";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const RECIPIENTS = 300;
const RATE = 30;
const TELEGRAM_LIMIT = 40;
const FIRST_CHAT = 8_200_000_000;

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const onPostgres = testProvider() === "postgres";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.runIf(onPostgres)(`two instances on one PostgreSQL${onPostgres ? "" : " (skipped: needs TEST_DB=postgres)"}`, { timeout: 60_000 }, () => {
  it(`one announcement to ${RECIPIENTS}, both at a shared ${RATE} a second, Telegram refusing past ${TELEGRAM_LIMIT}: each person once, no 429, the rate held`, async (ctx) => {
    if (!(await redisAnswers())) {
      if (process.env.CI) throw new Error(`Redis must answer at ${REDIS_URL} in CI`);
      ctx.skip(`Redis does not answer at ${REDIS_URL}`);
    }
    const api = await startFakeBotApi();
    cleanups.push(() => api.close());
    const { telegram } = api;
    telegram.limitRate({ perSecond: TELEGRAM_LIMIT, perChatPerSecond: 1 });
    const database = await createTestDb();
    cleanups.push(() => database.drop());

    const now = new Date();
    await database.db.user.createMany({
      data: Array.from({ length: RECIPIENTS }, (_, i) => ({ telegramId: BigInt(FIRST_CHAT + i), consentVersion: CONSENT_VERSION, consentAt: now, onboardedAt: now })),
    });
    for (let i = 0; i < RECIPIENTS; i++) telegram.registerUser({ id: FIRST_CHAT + i, is_bot: false, first_name: "T" });
    // The author is not onboarded, so outside the audience.
    const author = await database.db.user.create({ data: { telegramId: BigInt(FIRST_CHAT - 1), consentVersion: CONSENT_VERSION, consentAt: now }, select: { id: true } });
    const id = await saveBroadcast(
      database.db,
      { authorId: author.id, scope: { kind: "regional" }, copy: { kind: "text", text: "Совещание переносится на четверг", entities: [], previewOff: false }, buttons: [], audience: EVERYBODY, urgent: true },
      { at: null, now },
    );
    expect(await startBroadcast(database.db, id, now, { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS })).toBe(RECIPIENTS);

    const sendTimes: number[] = [];
    let tooMany = 0;
    telegram.onCall((call) => {
      if (call.method !== "sendMessage") return;
      if (call.response?.ok === true) sendTimes.push(Date.now());
      else if (call.response?.error_code === 429) tooMany++;
    });

    // A prefix of this run's own: no other run's keys count against it.
    const keyPrefix = `profrost-test-${randomUUID()}`;
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const db: Db = await createDb(database.url);
        const rate: SendRate = await createSendRate({ perSecond: RATE, redisUrl: REDIS_URL, keyPrefix });
        const senderApi = new Api(TOKEN, { apiRoot: api.url });
        const sent = { count: 0 };
        senderApi.config.use(async (prev, method, payload, signal) => {
          const result = await prev(method, payload, signal);
          if (method === "sendMessage" && result.ok) sent.count++;
          return result;
        });
        const sender = new OutboxSender({ db, api: senderApi, i18n: sharedI18n(), clock: systemClock, logger: pino({ level: "silent" }), rate, defaultTimezone: "Asia/Omsk", perSecond: RATE });
        cleanups.push(async () => {
          await sender.stop();
          await rate.close();
          await db.$disconnect();
        });
        return { sender, sent };
      }),
    );
    for (const { sender } of instances) sender.start();

    const deadline = Date.now() + 30_000;
    while (sendTimes.length < RECIPIENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all(instances.map(({ sender }) => sender.stop()));

    const perChat = new Map<number, number>();
    for (const call of telegram.calls) {
      if (call.method === "sendMessage" && call.response?.ok === true) perChat.set(Number(call.payload.chat_id), (perChat.get(Number(call.payload.chat_id)) ?? 0) + 1);
    }
    expect([...perChat.values()].filter((n) => n > 1), "chats that got it twice").toEqual([]);
    expect(perChat.size).toBe(RECIPIENTS);
    const statuses = await database.db.outboxMessage.groupBy({ by: ["status"], where: { broadcastId: id }, _count: { _all: true } });
    expect(statuses.map((s) => [s.status, s._count._all])).toEqual([["sent", RECIPIENTS]]);
    // Both sent a good share: the rows were split between them, not taken by one.
    expect(instances.map(({ sent }) => sent.count).every((count) => count > RECIPIENTS / 4), JSON.stringify(instances.map(({ sent }) => sent.count))).toBe(true);

    expect(tooMany, "429s from the fake Telegram").toBe(0);
    // Together, as Telegram counts them: the rate in any second (an event loop stalled on a busy
    // machine, the suite's four runs on two cores, bunches a few sends, still under Telegram's
    // limit), and close to it on the whole.
    const busiestSecond = Math.max(...sendTimes.map((at) => sendTimes.filter((other) => other > at - 1000 && other <= at).length));
    expect(busiestSecond).toBeLessThanOrEqual(RATE + 5);
    const perSecond = (sendTimes.length - 1) / ((sendTimes.at(-1)! - sendTimes[0]!) / 1000);
    expect(perSecond).toBeLessThanOrEqual(RATE);
    expect(perSecond).toBeGreaterThan(RATE * 0.8);
  });
});
