import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createJobRunner } from "../../src/jobs/runner.ts";
import { daily, every } from "../../src/jobs/schedule.ts";
import { capturedLogger, LEVEL } from "../support/captured-logger.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { at, countingJob, HOUR, MINUTE } from "./counting-job.ts";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.drop());

function setUp(start: Date) {
  const clock = new FakeClock(start);
  const { logger, lines } = capturedLogger();
  return { clock, lines, deps: { db: t.db, clock, logger } };
}

describe("job runner", () => {
  it("runs an every(1) job once a tick, and once only when a minute ticks twice", async () => {
    const { clock, deps } = setUp(at("2026-03-02T10:00:20Z"));
    const job = countingJob("sweep", every(1));
    const runner = createJobRunner({ deps, jobs: [job], holder: "a" });

    await runner.tick();
    clock.advance(30_000);
    await runner.tick();
    expect(job.runs).toEqual([at("2026-03-02T10:00:00Z")]);

    clock.advance(MINUTE);
    await runner.tick();
    expect(job.runs).toEqual([at("2026-03-02T10:00:00Z"), at("2026-03-02T10:01:00Z")]);
    expect(await t.db.jobLease.findUnique({ where: { name: "sweep" } })).toMatchObject({
      lastTick: at("2026-03-02T10:01:00Z"),
      holder: "a",
      succeededAt: at("2026-03-02T10:01:50Z"),
    });
  });

  it("logs a failing job and retries it next tick, while the other job of the tick still runs", async () => {
    const { clock, lines, deps } = setUp(at("2026-03-02T10:00:00Z"));
    let failing = true;
    const flaky = countingJob("flaky", every(5), [], async () => {
      if (failing) throw new Error("database is asleep");
    });
    const steady = countingJob("steady", every(1));
    const runner = createJobRunner({ deps, jobs: [flaky, steady], holder: "a" });

    await runner.tick();
    expect(flaky.runs).toHaveLength(1);
    expect(steady.runs).toHaveLength(1);
    const errors = lines.filter((line) => line.level === LEVEL.error);
    expect(errors).toEqual([expect.objectContaining({ msg: "job failed", job: "flaky", err: expect.objectContaining({ message: "database is asleep" }) })]);
    expect(await t.db.jobLease.findUnique({ where: { name: "flaky" } })).toMatchObject({ succeededAt: null, failedAt: at("2026-03-02T10:00:00Z"), lastError: "database is asleep" });

    failing = false;
    for (let minute = 1; minute <= 6; minute++) {
      clock.set(new Date(at("2026-03-02T10:00:00Z").getTime() + minute * MINUTE));
      await runner.tick();
    }
    // Retried at 10:01 rather than 10:05; every five minutes from that success on.
    expect(flaky.runs).toEqual([at("2026-03-02T10:00:00Z"), at("2026-03-02T10:01:00Z"), at("2026-03-02T10:06:00Z")]);
    expect(steady.runs).toHaveLength(7);
  });

  it("runs a daily job once a day at its time", async () => {
    const { clock, deps } = setUp(new Date(2026, 2, 2, 0, 17));
    const job = countingJob("nightly", daily({ hour: 3, minute: 17 }));
    const runner = createJobRunner({ deps, jobs: [job], holder: "a" });

    for (let hour = 0; hour < 48; hour++) {
      await runner.tick();
      clock.advance(HOUR);
    }
    expect(job.runs).toEqual([new Date(2026, 2, 2, 3, 17), new Date(2026, 2, 3, 3, 17)]);
  });

  it("skips a tick while the previous one is still running, and stop() waits for it", async () => {
    const { clock, lines, deps } = setUp(at("2026-03-02T10:00:00Z"));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const slow = countingJob("slow", every(1), [], async () => {
      started();
      await finishing;
    });
    const runner = createJobRunner({ deps, jobs: [slow], holder: "a" });

    const firstTick = runner.tick();
    await running;
    clock.advance(MINUTE);
    await runner.tick();
    expect(lines).toContainEqual(expect.objectContaining({ level: LEVEL.warn, msg: "jobs of the previous tick still running; this tick skipped" }));

    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);

    finish();
    await stopping;
    await firstTick;
    expect(slow.runs).toEqual([at("2026-03-02T10:00:00Z")]);
    expect((await t.db.jobLease.findUnique({ where: { name: "slow" } }))?.succeededAt).toEqual(at("2026-03-02T10:01:00Z"));
  });
});
