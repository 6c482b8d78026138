// Two instances on one database tick the same minutes at once: each nudge is queued once.
import { afterEach, beforeEach, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../src/core/quiet-hours.ts";
import { createDb, type Db } from "../../src/db/client.ts";
import { EVENT_NUDGES } from "../../src/features/events/nudges.ts";
import { createJobRunner } from "../../src/jobs/runner.ts";
import { nudgesJob } from "../../src/nudges/job.ts";
import { capturedLogger, LEVEL } from "../support/captured-logger.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { makeEvent } from "../support/events.ts";
import { createTeacher } from "../support/factories.ts";

const MINUTE = 60_000;
const START = new Date("2026-12-03T06:00:00Z"); // noon in Omsk

let t: TestDb;
let clients: Db[];
beforeEach(async () => {
  t = await createTestDb({ directory: true });
  // Two clients with their own connections on PostgreSQL, as two processes have; SQLite serves one
  // instance, and two clients in one process would deadlock, so there they share one.
  clients = testProvider() === "postgres" ? [await createDb(t.url), await createDb(t.url)] : [t.db, t.db];
});
afterEach(async () => {
  for (const client of new Set(clients)) if (client !== t.db) await client.$disconnect();
  await t.drop();
});

it("two instances ticking the same minutes queue each reminder once, and neither logs an error", async () => {
  const people = await Promise.all(Array.from({ length: 12 }, () => createTeacher(t.db)));
  const events = await Promise.all([1, 2, 3].map((n) => makeEvent(t.db, { title: `Семинар ${n}`, startsAt: new Date(START.getTime() + 24 * 60 * MINUTE + n * 2 * MINUTE) }, START)));
  for (const eventId of events) await t.db.registration.createMany({ data: people.map((person) => ({ eventId, userId: person.id, status: "registered" })) });
  const clock = new FakeClock(START);
  const { logger, lines } = capturedLogger();
  const settings = { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS };
  const runners = clients.map((db, i) => createJobRunner({ deps: { db, clock, logger }, jobs: [nudgesJob(EVENT_NUDGES, settings)], holder: `instance-${i}` }));
  for (let minute = 0; minute <= 8; minute++) {
    await Promise.all(runners.map((runner) => runner.tick()));
    clock.advance(MINUTE);
  }
  const rows = await t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:event-day:" } }, select: { source: true, userId: true } });
  expect(rows).toHaveLength(events.length * people.length);
  expect(new Set(rows.map((row) => `${row.source}|${row.userId}`)).size).toBe(rows.length);
  expect(lines.filter((line) => line.level >= LEVEL.warn)).toEqual([]);
});
