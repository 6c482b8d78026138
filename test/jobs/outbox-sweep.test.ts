import { afterAll, beforeAll, expect, it } from "vitest";
import { outboxSweep } from "../../src/jobs/outbox-sweep.ts";
import { sweepOutbox } from "../../src/messaging/sweep.ts";
import { capturedLogger, LEVEL } from "../support/captured-logger.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { createTeacher } from "../support/factories.ts";
import { at, HOUR, MINUTE } from "./counting-job.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

const now = at("2026-03-02T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

async function queue(rows: { dedupeKey: string; status: string; claimedAt?: Date; expiresAt?: Date }[]) {
  const user = await createTeacher(t.db);
  await t.db.outboxMessage.createMany({
    data: rows.map((row) => ({ ...row, source: "test", userId: user.id, chatId: user.telegramId, payload: "{}", notBefore: ago(HOUR), nextAttemptAt: ago(HOUR) })),
  });
}
const statuses = async () => Object.fromEntries((await t.db.outboxMessage.findMany()).map((row) => [row.dedupeKey, row.status]));

it("settles stale claims as unknown and past-due pending messages as expired, and nothing else", async () => {
  await queue([
    { dedupeKey: "crashed", status: "sending", claimedAt: ago(6 * MINUTE) },
    { dedupeKey: "in-flight", status: "sending", claimedAt: ago(4 * MINUTE) },
    { dedupeKey: "too-late", status: "pending", expiresAt: ago(1) },
    { dedupeKey: "in-time", status: "pending", expiresAt: ago(-MINUTE) },
    { dedupeKey: "timeless", status: "pending" },
    { dedupeKey: "sent-late", status: "sent", expiresAt: ago(HOUR) },
  ]);
  expect(await sweepOutbox(t.db, now)).toEqual({ unknown: 1, expired: 1 });
  expect(await statuses()).toEqual({
    crashed: "unknown",
    "in-flight": "sending",
    "too-late": "expired",
    "in-time": "pending",
    timeless: "pending",
    "sent-late": "sent",
  });
  expect(await sweepOutbox(t.db, now)).toEqual({ unknown: 0, expired: 0 });
  await t.db.outboxMessage.deleteMany();
});

it("the outbox-sweep job warns when a message may or may not have been delivered", async () => {
  await queue([{ dedupeKey: "crashed", status: "sending", claimedAt: ago(HOUR) }]);
  const { logger, lines } = capturedLogger();
  await outboxSweep.run({ db: t.db, clock: new FakeClock(now), logger }, now);
  expect(lines).toEqual([expect.objectContaining({ level: LEVEL.warn, unknown: 1, expired: 0 })]);
  await t.db.outboxMessage.deleteMany();
});
