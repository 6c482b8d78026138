/**
 * How fast the outbox can deliver when nothing limits it (Telegram's own rate aside): 5,000 rows
 * to 5,000 people, one sender, the fake Telegram in process, SQLite and, when it answers,
 * PostgreSQL. npx tsx bench/outbox.ts [rows=5000]
 * Target (issue #8): 1,000 messages a second with the rate lifted, one or two statements per batch.
 */
import { performance } from "node:perf_hooks";
import { Api } from "grammy";
import { pino } from "pino";
import { systemClock } from "../src/core/clock.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { sharedI18n } from "../src/i18n/index.ts";
import { enqueue } from "../src/messaging/enqueue.ts";
import type { SendRate } from "../src/messaging/rate.ts";
import { OutboxSender } from "../src/messaging/sender.ts";
import { CONSENT_VERSION } from "../src/features/profile/service.ts";
import { FakeTelegram } from "../test/support/fake-telegram.ts";
import { onEachDatabase } from "./databases.ts";

const ROWS = Number(process.argv[2] ?? 5000);
const PER_SECOND = 1000;
const unlimited: SendRate = { take: async () => ({ ok: true }), pause: async () => {}, close: async () => {} };

async function run(label: string, url: string): Promise<void> {
  const db: Db = await createDb(url);
  const telegram = new FakeTelegram();
  await db.user.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({ telegramId: BigInt(5_000_000_000 + i), consentVersion: CONSENT_VERSION, consentAt: new Date(), lang: i % 2 ? "en" : "ru" })),
  });
  const people = await db.user.findMany({ select: { id: true, telegramId: true } });
  for (const person of people) telegram.registerUser({ id: Number(person.telegramId), is_bot: false, first_name: "T" });
  const queuedAt = performance.now();
  await db.$transaction((tx) =>
    enqueue(tx, {
      source: "bench:1",
      purpose: "all",
      recipients: people.map((p) => ({ userId: p.id, telegramId: p.telegramId })),
      notice: { key: "event-manage-tell-cancel", args: { title: "Семинар", when: { when: new Date().toISOString() } } },
      now: new Date(),
    }),
  );
  const queueMs = performance.now() - queuedAt;
  const sender = new OutboxSender({
    db,
    api: new Api("123456:" + "A".repeat(35), { apiRoot: "https://api.telegram.org", fetch: telegram.fetch }),
    i18n: sharedI18n(),
    clock: systemClock,
    logger: pino({ level: "silent" }),
    rate: unlimited,
    defaultTimezone: "Asia/Omsk",
    perSecond: PER_SECOND,
  });
  const started = performance.now();
  const sent = await sender.sendAllDue();
  const seconds = (performance.now() - started) / 1000;
  const delivered = await db.outboxMessage.count({ where: { status: "sent" } });
  console.log(`${label}: ${ROWS} rows queued in one transaction in ${(queueMs / 1000).toFixed(2)} s; ${sent} claimed and ${delivered} sent in ${seconds.toFixed(2)} s = ${Math.round(delivered / seconds)} messages a second`);
  await db.$disconnect();
}

await onEachDatabase("outbox", run);
