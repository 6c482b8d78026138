import { afterEach, beforeEach, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { claimLease, recordFailure, recordSuccess } from "../../src/jobs/lease.ts";
import { createJobRunner } from "../../src/jobs/runner.ts";
import { daily, every } from "../../src/jobs/schedule.ts";
import { capturedLogger, LEVEL } from "../support/captured-logger.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { at, countingJob, MINUTE } from "./counting-job.ts";

let t: TestDb;
let clients: Db[];
beforeEach(async () => {
  t = await createTestDb();
  // On PostgreSQL, two clients with their own connections, as two processes would have. Two
  // SQLite clients in one process would deadlock (the busy wait blocks the thread holding the
  // lock), and SQLite serves one instance anyway; there the runners share one client, and their
  // statements still interleave.
  clients = testProvider() === "postgres" ? [await createDb(t.url), await createDb(t.url)] : [t.db, t.db];
});
afterEach(async () => {
  for (const client of new Set(clients)) if (client !== t.db) await client.$disconnect();
  await t.drop();
});

it("two instances ticking the same minute run each job once", async () => {
  const runs = { often: [] as Date[], rarely: [] as Date[], nightly: [] as Date[] };
  const clock = new FakeClock(at("2026-03-02T03:15:00Z"));
  const { logger, lines } = capturedLogger();
  const runners = clients.map((db, i) => {
    // Each instance has its own copies of the jobs, sharing only the record of their runs.
    const jobs = [
      countingJob("often", every(1), runs.often),
      countingJob("rarely", every(2), runs.rarely),
      countingJob("nightly", daily({ hour: 3, minute: 17, zone: "utc" }), runs.nightly),
    ];
    return createJobRunner({ deps: { db, clock, logger }, jobs, holder: `instance-${i}` });
  });

  for (let minute = 0; minute < 5; minute++) {
    await Promise.all(runners.map((runner) => runner.tick()));
    clock.advance(MINUTE);
  }
  const minutes = (dates: Date[]) => dates.map((date) => date.toISOString().slice(11, 16)).sort();
  expect(minutes(runs.often)).toEqual(["03:15", "03:16", "03:17", "03:18", "03:19"]);
  expect(minutes(runs.rarely)).toEqual(["03:15", "03:17", "03:19"]);
  expect(minutes(runs.nightly)).toEqual(["03:17"]);
  expect(lines.filter((line) => line.level >= LEVEL.warn)).toEqual([]);
});

it("a claim made without having seen the lease row still loses to the instance that created it", async () => {
  const [a, b] = clients as [Db, Db];
  const tick = at("2026-03-02T10:00:00Z");
  expect(await claimLease(a, { name: "job", tick, holder: "a", now: tick, exists: false })).toBe(true);
  expect(await claimLease(b, { name: "job", tick, holder: "b", now: tick, exists: false })).toBe(false);
  await recordSuccess(a, "job", tick);
  expect(await claimLease(b, { name: "job", tick: at("2026-03-02T10:01:00Z"), holder: "b", now: tick, exists: true })).toBe(true);
});

it("a run still going on one instance is not started again by another next minute, unless its instance died", async () => {
  const [a, b] = clients as [Db, Db];
  const start = at("2026-03-02T10:00:00Z");
  const claim = (db: Db, minutes: number) => {
    const tick = new Date(start.getTime() + minutes * MINUTE);
    return claimLease(db, { name: "long", tick, holder: "x", now: tick, exists: minutes > 0 });
  };
  expect(await claim(a, 0)).toBe(true);
  expect(await claim(b, 1)).toBe(false);
  expect(await claim(b, 9)).toBe(false);
  expect(await claim(b, 11)).toBe(true);
  await recordFailure(b, "long", new Date(start.getTime() + 11 * MINUTE), new Error("boom"));
  expect(await claim(a, 12)).toBe(true);
});
