// The outbox without the bot: what enqueue stores, and what the sender makes of each row as
// Telegram answers it (sent, blocked, limited, failing, expired), on a fake clock.
import { Api } from "grammy";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { sharedI18n } from "../../src/i18n/index.ts";
import { enqueue, type Recipient } from "../../src/messaging/enqueue.ts";
import type { Notice } from "../../src/messaging/notice.ts";
import { createSendRate, type SendRate } from "../../src/messaging/rate.ts";
import { MAX_ATTEMPTS, OutboxSender } from "../../src/messaging/sender.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { createTeacher } from "../support/factories.ts";
import { FakeTelegram } from "../support/fake-telegram.ts";

const TOKEN = "123456:" + "A".repeat(35);
const START = new Date("2026-12-01T04:00:00Z"); // 10:00 in Omsk
const free: SendRate = { take: async () => ({ ok: true }), pause: async () => {}, close: async () => {} };
const notice: Notice = {
  key: "event-promoted",
  args: { title: "Семинар <о дробях>", when: { when: "2026-12-05T09:00:00Z" }, where: "Омск" },
  buttons: [[{ key: "event-give-back", data: "ev:leave:1" }], [{ key: "event-open-card", data: "ev:card:1" }]],
};

let t: TestDb;
let telegram: FakeTelegram;
let clock: FakeClock;
let people: Recipient[];

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

beforeEach(async () => {
  telegram = new FakeTelegram();
  clock = new FakeClock(START);
  await t.db.outboxMessage.deleteMany();
  const rows = await Promise.all([createTeacher(t.db, { lang: "ru" }), createTeacher(t.db, { lang: "en" })]);
  people = rows.map((row) => ({ userId: row.id, telegramId: row.telegramId }));
  for (const person of people) telegram.registerUser({ id: Number(person.telegramId), is_bot: false, first_name: "T" });
});

function sender(opts: { db?: Db; rate?: SendRate; perSecond?: number } = {}) {
  return new OutboxSender({
    db: opts.db ?? t.db,
    api: new Api(TOKEN, { apiRoot: "https://api.telegram.org", fetch: telegram.fetch }),
    i18n: sharedI18n(),
    clock,
    logger: pino({ level: "silent" }),
    rate: opts.rate ?? free,
    defaultTimezone: "Asia/Omsk",
    perSecond: opts.perSecond ?? 100,
  });
}

const queue = (opts: { purpose?: string; to?: Recipient[]; notBefore?: Date; expiresAt?: Date } = {}) =>
  t.db.$transaction((tx) =>
    enqueue(tx, { source: "test:1", purpose: opts.purpose ?? "p", recipients: opts.to ?? people, notice, now: clock.now(), ...opts }),
  );
const rows = () => t.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
const sends = () => telegram.calls.filter((call) => call.method === "sendMessage" && call.response?.ok);
const apiError = (error_code: number, description: string, retry_after?: number) => ({ error_code, description, ...(retry_after ? { parameters: { retry_after } } : {}) });

describe("enqueue", () => {
  it("commits with the transaction that caused it, and never twice for the same source and purpose", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await enqueue(tx, { source: "test:1", purpose: "p", recipients: people, notice, now: clock.now() });
        throw new Error("the cause rolled back");
      }),
    ).rejects.toThrow("the cause rolled back");
    expect(await rows()).toEqual([]);
    expect(await queue()).toBe(2);
    expect(await queue()).toBe(0);
    expect(await queue({ purpose: "other" })).toBe(2);
    expect((await rows()).map((row) => row.status)).toEqual(["pending", "pending", "pending", "pending"]);
  });
});

describe("the sender", () => {
  it("sends each row in its recipient's language and zone, escaped, and records Telegram's message id", async () => {
    await queue();
    expect(await sender().sendAllDue()).toBe(2);
    const texts = sends().map((call) => call.payload.text);
    expect(texts[0]).toContain("Семинар &lt;о дробях&gt;");
    expect(texts[0]).toContain("суббота, 5 декабря 2026, 15:00 (Омск)");
    expect(texts[1]).toContain("Saturday, 5 December 2026, 15:00 (Omsk)");
    expect(sends().map((call) => call.payload.reply_markup)).toEqual([
      { inline_keyboard: [[{ text: "Отказаться от места", callback_data: "ev:leave:1" }], [{ text: "Открыть событие", callback_data: "ev:card:1" }]] },
      { inline_keyboard: [[{ text: "Give up my seat", callback_data: "ev:leave:1" }], [{ text: "Open the event", callback_data: "ev:card:1" }]] },
    ]);
    const after = await rows();
    expect(after.map((row) => row.status)).toEqual(["sent", "sent"]);
    expect(after.map((row) => row.telegramMessageId)).toEqual(sends().map((call) => (call.response as { result: { message_id: number } }).result.message_id));
    expect(after.every((row) => row.sentAt?.getTime() === START.getTime())).toBe(true);
  });

  it("waits for not-before, and lets a message that is worth nothing any more expire unsent", async () => {
    await queue({ to: [people[0]!], notBefore: new Date(START.getTime() + 60_000) });
    await queue({ to: [people[1]!], purpose: "late", expiresAt: new Date(START.getTime() + 30_000) });
    clock.advance(45_000);
    expect(await sender().sendAllDue()).toBe(1);
    expect((await rows()).map((row) => row.status)).toEqual(["pending", "expired"]);
    clock.advance(15_000);
    await sender().sendAllDue();
    expect((await rows()).map((row) => row.status)).toEqual(["sent", "expired"]);
    expect(sends()).toHaveLength(1);
  });

  it("marks a person who blocked the bot, and skips every later message to them without asking Telegram", async () => {
    telegram.setBlocked(Number(people[0]!.telegramId));
    await queue();
    await sender().sendAllDue();
    expect((await rows()).map((row) => row.status)).toEqual(["blocked", "sent"]);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: people[0]!.userId } });
    expect(user.blockedAt).toEqual(START);
    const callsBefore = telegram.calls.length;
    await queue({ purpose: "again", to: [people[0]!] });
    await sender().sendAllDue();
    expect((await rows()).at(-1)!.status).toBe("blocked");
    expect(telegram.calls.length).toBe(callsBefore);
  });

  it("honours 429's retry_after without using up a try, then sends", async () => {
    telegram.failNext("sendMessage", apiError(429, "Too Many Requests: retry after 7", 7));
    await queue({ to: [people[0]!] });
    await sender().sendAllDue();
    const waiting = (await rows())[0]!;
    expect(waiting).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: new Date(START.getTime() + 7000) });
    clock.advance(6_000);
    expect(await sender().sendAllDue()).toBe(0);
    clock.advance(1_000);
    await sender().sendAllDue();
    expect((await rows())[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("retries server errors with growing pauses, and fails the row after the last try with the error", async () => {
    for (let i = 0; i < MAX_ATTEMPTS; i++) telegram.failNext("sendMessage", apiError(502, "Bad Gateway"));
    await queue({ to: [people[0]!] });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sender().sendAllDue();
      const row = (await rows())[0]!;
      if (row.status !== "pending") break;
      waits.push(row.nextAttemptAt.getTime() - clock.now().getTime());
      clock.set(row.nextAttemptAt);
    }
    expect(waits).toEqual([10_000, 60_000, 300_000, 900_000]);
    expect((await rows())[0]).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: expect.stringContaining("Bad Gateway") });
    expect(sends()).toHaveLength(0);
  });

  it("fails a message Telegram refuses for good at once", async () => {
    telegram.failNext("sendMessage", apiError(400, "Bad Request: chat not found"));
    await queue({ to: [people[0]!] });
    await sender().sendAllDue();
    expect((await rows())[0]).toMatchObject({ status: "failed", attempts: 1, lastError: expect.stringContaining("chat not found") });
  });

  it("sends a second message to the same chat a second later, under the per-chat rate", async () => {
    const rate = await createSendRate({ perSecond: 30 });
    try {
      await queue({ to: [people[0]!] });
      await queue({ to: [people[0]!], purpose: "second" });
      await sender({ rate }).sendAllDue();
      const [first, second] = await rows();
      expect(first!.status).toBe("sent");
      expect(second!.status).toBe("pending");
      expect(second!.attempts).toBe(0);
      expect(second!.nextAttemptAt.getTime() - START.getTime()).toBeGreaterThan(0);
      expect(second!.nextAttemptAt.getTime() - START.getTime()).toBeLessThanOrEqual(1000);
    } finally {
      await rate.close();
    }
  });
});

describe.runIf(testProvider() === "postgres")("two instances", () => {
  it("never send the same row twice when they claim at the same moment", async () => {
    const many = await Promise.all(Array.from({ length: 40 }, () => createTeacher(t.db)));
    const recipients = many.map((row) => ({ userId: row.id, telegramId: row.telegramId }));
    for (const person of recipients) telegram.registerUser({ id: Number(person.telegramId), is_bot: false, first_name: "T" });
    await queue({ to: recipients });
    const other = await createDb(t.url);
    try {
      const [a, b] = [sender({ perSecond: 20 }), sender({ db: other, perSecond: 20 })];
      await Promise.all([a.sendAllDue(), b.sendAllDue()]);
      const chats = sends().map((call) => call.payload.chat_id);
      expect(chats).toHaveLength(40);
      expect(new Set(chats).size).toBe(40);
      expect(await t.db.outboxMessage.count({ where: { status: "sent" } })).toBe(40);
    } finally {
      await other.$disconnect();
    }
  });
});
