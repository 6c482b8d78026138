// Several webhook instances on one database: the chat lock lets one of them at a time handle a
// chat's update. The lock itself in the database under test and in Redis (when it answers), then
// two bots sharing a database and a person answering a question on both at the same moment.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import type { ChatLock } from "../../src/bot/chat-lock/index.ts";
import { databaseChatLock } from "../../src/bot/chat-lock/database.ts";
import { redisChatLock } from "../../src/bot/chat-lock/redis.ts";
import { withChatLock } from "../../src/bot/chat-lock/middleware.ts";
import { conversationKey } from "../../src/bot/conversation-storage.ts";
import { createDb, type Db } from "../../src/db/client.ts";
import { systemClock } from "../../src/core/clock.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { createTeacher } from "../support/factories.ts";
import { createHarness, harnessFor, type AppHarness, type LogEntry } from "../support/harness.ts";

const REDIS_URL = "redis://127.0.0.1:6379";
const CHAT = 7_100_000_001;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connectedRedis(): Promise<Redis | undefined> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    return client;
  } catch {
    client.disconnect();
    return undefined;
  }
}

// Two clients of each store, as two instances have.
const redis = await connectedRedis();
const redisAgain = await connectedRedis();
let t: TestDb;
let secondDb: Db;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  // Two SQLite clients in one process would deadlock: libsql waits for the file's write lock
  // synchronously, so the holder's commit never runs. The instances share the one client there.
  secondDb = testProvider() === "postgres" ? await createDb(t.url) : t.db;
});
afterAll(async () => {
  redis?.disconnect();
  redisAgain?.disconnect();
  if (secondDb !== t.db) await secondDb.$disconnect();
  await t.drop();
});
afterEach(async () => {
  await t.db.chatLock.deleteMany();
});

/** Locks as two instances see one store (two clients of it), and how to let a held lock expire. */
type Store = { pair(): [ChatLock, ChatLock]; letExpire(): Promise<void> };

function databaseStore(): Store {
  const clock = new FakeClock(new Date("2026-03-01T09:00:00Z"));
  return {
    pair: () => [databaseChatLock(t.db, { clock }), databaseChatLock(secondDb, { clock })],
    letExpire: async () => clock.advance(60_001),
  };
}

function redisStore(): Store {
  const keyPrefix = `test-${randomUUID()}`;
  const ttlMs = 500;
  return {
    pair: () => [redisChatLock(redis!, { keyPrefix, ttlMs }), redisChatLock(redisAgain!, { keyPrefix, ttlMs })],
    letExpire: async () => void (await sleep(ttlMs + 100)),
  };
}

const stores: Array<[string, () => Store, boolean]> = [
  ["database", databaseStore, true],
  ["redis", redisStore, redis !== undefined && redisAgain !== undefined],
];

function capturedLogger() {
  const logs: LogEntry[] = [];
  const logger = pino({ level: "warn", base: undefined }, { write: (line: string) => logs.push(JSON.parse(line) as LogEntry) });
  return { logs, logger };
}

describe.each(stores)("the chat lock in %s", (_name, makeStore, available) => {
  it.skipIf(!available)("lets one holder of a chat in at a time, whichever instance asks", async () => {
    const [first, second] = makeStore().pair();
    const { logger, logs } = capturedLogger();
    let inside = 0;
    let most = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withChatLock(i % 2 ? first : second, CHAT, async () => {
          most = Math.max(most, ++inside);
          await sleep(3);
          inside--;
          done++;
        }, { logger, pollMs: 5 }),
      ),
    );
    expect({ most, done, warnings: logs.length }).toEqual({ most: 1, done: 20, warnings: 0 });
  });

  it.skipIf(!available)("keeps chats apart", async () => {
    const [lock] = makeStore().pair();
    const held = await lock.tryAcquire(CHAT);
    expect(held).toBeDefined();
    expect(await lock.tryAcquire(CHAT + 1)).toBeDefined();
  });

  it.skipIf(!available)("is taken over after the expiry of a holder that never released it, whose late release frees nothing", async () => {
    const store = makeStore();
    const [crashed, other] = store.pair();
    const stale = await crashed.tryAcquire(CHAT);
    expect(stale).toBeDefined();
    expect(await other.tryAcquire(CHAT)).toBeUndefined();
    await store.letExpire();
    const current = await other.tryAcquire(CHAT);
    expect(current).toBeDefined();
    await crashed.release(CHAT, stale!);
    expect(await crashed.tryAcquire(CHAT)).toBeUndefined();
    await other.release(CHAT, current!);
    expect(await crashed.tryAcquire(CHAT)).toBeDefined();
  });

  it.skipIf(!available)("gives up waiting after the bound and handles the update anyway, with a warning", async () => {
    const [holder, waiter] = makeStore().pair();
    await holder.tryAcquire(CHAT);
    const { logger, logs } = capturedLogger();
    const result = await withChatLock(waiter, CHAT, async () => "handled", { logger, waitMs: 100, pollMs: 10 });
    expect(result).toBe("handled");
    expect(logs.map((entry) => entry.msg)).toEqual(["chat lock still held elsewhere; handling the update without it"]);
  });
});

it("handles the update without the lock, with a warning, when its store fails", async () => {
  const broken: ChatLock = {
    tryAcquire: () => Promise.reject(new Error("Stream isn't writeable")),
    release: () => Promise.reject(new Error("unreachable")),
  };
  const { logger, logs } = capturedLogger();
  expect(await withChatLock(broken, CHAT, async () => "handled", { logger })).toBe("handled");
  expect(logs.map((entry) => entry.msg)).toEqual(["chat lock unavailable; handling the update without it"]);
});

/** A second instance of the bot: its own database client and lock, the same Telegram. */
async function secondInstance(first: AppHarness, db: Db, chatLock: ChatLock) {
  const { logger, logs } = capturedLogger();
  const bot = createBot({ config: first.config, db, logger, fetch: first.telegram.fetch, clock: systemClock, outbox: first.outbox, chatLock });
  await bot.init();
  return harnessFor(bot, first.telegram, { logs });
}

describe.each(stores)("two webhook instances locking in %s", (_name, makeStore, available) => {
  it.skipIf(!available)("answer a person's two simultaneous messages one after the other", async () => {
    const [lockA, lockB] = makeStore().pair();
    const a = await createHarness({ db: t.db, chatLock: lockA });
    const b = await secondInstance(a, secondDb, lockB);
    const row = await createTeacher(t.db);
    const onA = a.user({ id: Number(row.telegramId) });
    const onB = b.user({ id: Number(row.telegramId) });
    await onA.send("/menu");
    await onA.press("👤 Профиль");
    await onA.press("✏️ ФИО");
    const before = onA.messages().length;

    // A double send: each instance gets one of the texts while the bot waits for the name.
    await Promise.all([onA.send("Иванова Анна Ивановна"), onB.send("Сидорова Анна Ивановна")]);

    const answers = onA.messages().slice(before).map((m) => m.text);
    const { fullName } = await t.db.user.findUniqueOrThrow({ where: { id: row.id } });
    // The first handled is the answer; the second comes after the question closed: a plain message.
    expect(answers.filter((text) => text.includes("Сохранено"))).toHaveLength(1);
    expect(answers.filter((text) => text.includes("Я понимаю кнопки и команды"))).toHaveLength(1);
    expect(["Иванова Анна Ивановна", "Сидорова Анна Ивановна"]).toContain(fullName);
    expect(answers.some((text) => text.includes(fullName!))).toBe(true); // the profile shown after saving
    expect(await t.db.conversationState.findUnique({ where: { key: conversationKey(row.telegramId) } })).toBeNull();
    expect(await t.db.chatLock.count()).toBe(0);
  });
});
