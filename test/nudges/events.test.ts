// The events' nudges through the minute job, on a fake clock: each kind at its due time and only
// then, once across restarts and overlapping runs, through quiet hours in two zones, never to a
// person who muted the kind, and dropped rather than sent late.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../src/core/quiet-hours.ts";
import { EVENT_NUDGES } from "../../src/features/events/nudges.ts";
import { nudgesJob } from "../../src/nudges/job.ts";
import { FakeClock } from "../support/clock.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { makeEvent } from "../support/events.ts";
import { createTeacher } from "../support/factories.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk (UTC+6), 14:00 in Yekaterinburg (UTC+5).
const START = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
let clock: FakeClock;
let omsk: { id: number; telegramId: bigint };
let yekaterinburg: { id: number; telegramId: bigint };
let lastSuccess: Date | null;
const job = nudgesJob(EVENT_NUDGES, { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

beforeEach(async () => {
  clock = new FakeClock(START);
  lastSuccess = null;
  await t.db.outboxMessage.deleteMany();
  await t.db.registration.deleteMany();
  await t.db.event.deleteMany();
  await t.db.nudgePreference.deleteMany();
  await t.db.roleGrant.deleteMany();
  await t.db.user.deleteMany();
  omsk = await createTeacher(t.db, { lang: "ru" });
  yekaterinburg = await createTeacher(t.db, { lang: "en" });
  const kachkanar = await t.db.municipality.findFirstOrThrow({ where: { timezone: "Asia/Yekaterinburg" }, include: { schools: true } });
  await t.db.user.update({ where: { id: yekaterinburg.id }, data: { municipalityId: kachkanar.id, schoolId: kachkanar.schools[0]!.id } });
});

/** The job as the runner calls it, every `step` (a minute, or coarser to keep the test fast: each run covers since the last), up to `until`. */
async function tickUntil(until: Date, step = 10 * MINUTE): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + step, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

const rows = (source?: string) =>
  t.db.outboxMessage.findMany({ where: source ? { source: { startsWith: source } } : {}, orderBy: { id: "asc" }, select: { source: true, userId: true, notBefore: true, expiresAt: true, payload: true } });

async function register(eventId: number, userId: number, status = "registered") {
  await t.db.registration.create({ data: { eventId, userId, status } });
}

describe("event reminders", () => {
  it("a day and an hour before the start, to those registered only, once each however often the job runs", async () => {
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + 2 * HOUR) }, START);
    await register(eventId, omsk.id);
    await register(eventId, yekaterinburg.id, "waitlisted");
    await tickUntil(new Date(START.getTime() + 2 * HOUR - MINUTE));
    expect(await rows("nudge:event-day")).toEqual([]);
    await tickUntil(new Date(START.getTime() + 2 * HOUR), MINUTE);
    const day = await rows("nudge:event-day");
    expect(day.map((row) => row.userId)).toEqual([omsk.id]);
    expect(JSON.parse(day[0]!.payload)).toMatchObject({ key: "nudge-event-day", buttons: [[{ key: "event-open-card" }], [{ key: "nudge-button-mute", data: "ng:mute:event-day" }]] });
    // A restart that runs the same minutes again, and an overlapping window, add nothing.
    lastSuccess = new Date(START.getTime() - HOUR);
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    expect(await rows("nudge:event-day")).toHaveLength(1);
    await tickUntil(new Date(START.getTime() + DAY + HOUR));
    expect((await rows("nudge:event-hour")).map((row) => row.userId)).toEqual([omsk.id]);
    expect(await rows("nudge:event-day")).toHaveLength(1);
  });

  it("after downtime, what fell due is queued once; what would arrive after the start is dropped", async () => {
    const soon = await makeEvent(t.db, { startsAt: new Date(START.getTime() + 3 * HOUR) }, START);
    const later = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + 5 * HOUR) }, START);
    await register(soon, omsk.id);
    await register(later, omsk.id);
    lastSuccess = START;
    clock.set(new Date(START.getTime() + 6 * HOUR)); // down for six hours: soon has begun, later's day-before fell due
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    const queued = await rows("nudge:");
    expect(queued.map((row) => row.source)).toEqual([`nudge:event-day:event:${later}`]);
  });
});

describe("a run that dies half-way", () => {
  it("queues the rest at the next run, and nothing twice", async () => {
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + 30 * MINUTE), registrationDeadline: new Date(START.getTime() + DAY + 10 * MINUTE) }, START);
    await register(eventId, omsk.id);
    clock.set(new Date(START.getTime() + 30 * MINUTE));
    // The process dies after the first kind was queued: the run never records its success.
    const dying = nudgesJob([EVENT_NUDGES[0]!, { name: "crash", defaultOn: true, find: () => Promise.reject(new Error("killed")) }], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
    await expect(dying.run({ db: t.db, clock, logger }, clock.now(), START)).rejects.toThrow("killed");
    expect((await rows("nudge:")).map((row) => row.source)).toEqual([`nudge:event-day:event:${eventId}`]);
    // The next run looks back from the last success, so it covers the same moments again.
    clock.advance(MINUTE);
    await job.run({ db: t.db, clock, logger }, clock.now(), START);
    expect((await rows("nudge:")).map((row) => row.source).sort()).toEqual([`nudge:event-day:event:${eventId}`, `nudge:registration-closing:event:${eventId}`].sort());
  });
});

describe("quiet hours", () => {
  it("hold a reminder due at night until 08:00 in each person's zone", async () => {
    // Starts Saturday 07:30 Omsk: due a day before at 07:30 in Omsk (quiet) and 06:30 in Yekaterinburg (quiet).
    const eventId = await makeEvent(t.db, { startsAt: new Date("2026-12-05T01:30:00Z") }, START);
    await register(eventId, omsk.id);
    await register(eventId, yekaterinburg.id);
    clock.set(new Date("2026-12-04T01:00:00Z"));
    await tickUntil(new Date("2026-12-04T01:31:00Z"));
    const queued = await rows("nudge:event-day");
    const at = new Map(queued.map((row) => [row.userId, row.notBefore.toISOString()]));
    expect(at.get(omsk.id)).toBe("2026-12-04T02:00:00.000Z"); // 08:00 in Omsk
    expect(at.get(yekaterinburg.id)).toBe("2026-12-04T03:00:00.000Z"); // 08:00 in Yekaterinburg
  });

  it("follow a person's own hours and zone", async () => {
    await t.db.user.update({ where: { id: omsk.id }, data: { quietFrom: 15 * 60, quietUntil: 16 * 60, timezone: "Europe/Moscow" } });
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + 5 * HOUR) }, START); // due 20:00 Omsk = 17:00 Moscow
    await register(eventId, omsk.id);
    await tickUntil(new Date(START.getTime() + 5 * HOUR));
    expect((await rows("nudge:event-day"))[0]!.notBefore).toEqual(new Date(START.getTime() + 5 * HOUR));
    await t.db.outboxMessage.deleteMany();
    await t.db.user.update({ where: { id: omsk.id }, data: { quietFrom: 16 * 60 + 30, quietUntil: 18 * 60 } });
    lastSuccess = START;
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    expect((await rows("nudge:event-day"))[0]!.notBefore).toEqual(new Date("2026-12-03T15:00:00Z")); // 18:00 Moscow
  });
});

describe("preferences", () => {
  it("a muted kind is not sent; other kinds still are", async () => {
    await t.db.nudgePreference.create({ data: { userId: omsk.id, kind: "event-day", enabled: false } });
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + HOUR + 30 * MINUTE) }, START);
    await register(eventId, omsk.id);
    await tickUntil(new Date(START.getTime() + DAY + 31 * MINUTE));
    expect(await rows("nudge:event-day")).toEqual([]);
    expect((await rows("nudge:event-hour")).map((row) => row.userId)).toEqual([omsk.id]);
  });

  it("the weekly digest goes only to those who asked for it, with their week's events", async () => {
    await t.db.nudgePreference.create({ data: { userId: yekaterinburg.id, kind: "weekly-digest", enabled: true } });
    await makeEvent(t.db, { title: "Семинар для учителей математики", startsAt: new Date("2026-12-08T05:00:00Z") }, START);
    clock.set(new Date("2026-12-06T20:55:00Z"));
    await tickUntil(new Date("2026-12-06T21:01:00Z"));
    const digest = await rows("nudge:weekly-digest");
    expect(digest.map((row) => row.userId)).toEqual([yekaterinburg.id]);
    expect(digest[0]!.notBefore).toEqual(new Date("2026-12-07T03:00:00Z")); // Monday 08:00 in Yekaterinburg
    expect(JSON.parse(digest[0]!.payload).args.list).toBe("• 08.12 10:00 — Семинар для учителей математики");
  });
});

describe("sign-up nudges", () => {
  it("registration closing reaches the audience not yet signed up, a day before the deadline", async () => {
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + 5 * DAY), registrationDeadline: new Date(START.getTime() + DAY + HOUR) }, START);
    await register(eventId, omsk.id);
    await tickUntil(new Date(START.getTime() + HOUR));
    expect((await rows("nudge:registration-closing")).map((row) => row.userId)).toEqual([yekaterinburg.id]);
  });

  it("low sign-up three days before reaches the organiser and the audience's coordinators, not teachers", async () => {
    const coordinator = await createTeacher(t.db, { lang: "ru" });
    const school = await t.db.user.findUniqueOrThrow({ where: { id: omsk.id }, select: { municipalityId: true } });
    await t.db.roleGrant.create({ data: { userId: coordinator.id, role: "coordinator", municipalityId: school.municipalityId, scopeKey: `m:${school.municipalityId}` } });
    const eventId = await makeEvent(t.db, { capacity: 30, startsAt: new Date(START.getTime() + 3 * DAY + HOUR), audience: { municipalityIds: [school.municipalityId!], schoolIds: [], subjects: [], roles: [], youngOnly: false } }, START);
    await t.db.event.update({ where: { id: eventId }, data: { createdById: yekaterinburg.id } });
    await register(eventId, omsk.id);
    await tickUntil(new Date(START.getTime() + HOUR));
    const queued = await rows("nudge:low-sign-up");
    expect(queued.map((row) => row.userId).sort()).toEqual([yekaterinburg.id, coordinator.id].sort());
    expect(JSON.parse(queued[0]!.payload).args).toMatchObject({ taken: 0, capacity: 30 });
  });
});
