// The rules behind /settings → reminders, time zone, quiet hours (issue #11, points 3 and 5),
// without Telegram: what they store, and that the nudge planner then follows it.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { EVENT_NUDGES } from "../../../src/features/events/nudges.ts";
import { kindsFor } from "../../../src/features/settings/nudges-kinds.ts";
import { nudgeChoices, setNudgePreference, setQuietHours, setTimezone, timeSettings } from "../../../src/features/settings/nudges-service.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk.
const START = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
let teacher: { id: number };
const job = nudgesJob(EVENT_NUDGES, { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
  await t.db.registration.deleteMany();
  await t.db.event.deleteMany();
  teacher = await createTeacher(t.db);
});

const queued = (source: string) => t.db.outboxMessage.findMany({ where: { source: { startsWith: source }, userId: teacher.id }, select: { notBefore: true } });

/** One run of the minute job at `at`, covering the ten minutes before it. */
async function tick(at: Date): Promise<void> {
  const clock = new FakeClock(at);
  await job.run({ db: t.db, clock, logger }, at, new Date(at.getTime() - 10 * MINUTE));
}

describe("switches per kind", () => {
  it("every kind on by default but the opt-in weekly digest; a switch stores the choice and flips back", async () => {
    const defaults = await nudgeChoices(t.db, teacher.id);
    expect(Object.fromEntries(defaults)).toEqual({
      "event-day": true, "event-hour": true, "registration-closing": true, "low-sign-up": true, "plan-deadline": true, "weekly-digest": false, "questionnaire-due": true, "route-item-soon": true,
      "mentoring-meeting": true, "mentoring-idle-pair": true, "practice-review": true,
    });
    expect(await setNudgePreference(t.db, teacher.id, "event-day", false)).toBe(true);
    expect(await setNudgePreference(t.db, teacher.id, "weekly-digest", true)).toBe(true);
    expect((await nudgeChoices(t.db, teacher.id)).get("event-day")).toBe(false);
    expect((await nudgeChoices(t.db, teacher.id)).get("weekly-digest")).toBe(true);
    await setNudgePreference(t.db, teacher.id, "event-day", true);
    expect(await t.db.nudgePreference.findMany({ where: { userId: teacher.id }, select: { kind: true, enabled: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "event-day", enabled: true },
      { kind: "weekly-digest", enabled: true },
    ]);
  });

  it("a kind the bot does not have is refused and nothing is stored", async () => {
    expect(await setNudgePreference(t.db, teacher.id, "no-such-kind", false)).toBe(false);
    expect(await t.db.nudgePreference.count({ where: { userId: teacher.id } })).toBe(0);
  });

  it("teachers see the kinds for everyone; staff also few sign-ups; coordinators also plan deadlines; reviewers also practices to review", async () => {
    const names = async (userId: number) => kindsFor(await memberOf(t.db, userId)).map((kind) => kind.name);
    const everyone = ["event-day", "event-hour", "registration-closing", "weekly-digest", "questionnaire-due", "route-item-soon", "mentoring-meeting"];
    expect(await names(teacher.id)).toEqual(everyone);
    const methodologist = await createTeacher(t.db);
    await t.db.roleGrant.create({ data: { userId: methodologist.id, role: "methodologist" } });
    expect(await names(methodologist.id)).toEqual(["event-day", "event-hour", "registration-closing", "low-sign-up", "weekly-digest", "questionnaire-due", "route-item-soon", "mentoring-meeting", "practice-review"]);
    const coordinator = await createTeacher(t.db);
    const { municipalityId } = await t.db.user.findUniqueOrThrow({ where: { id: coordinator.id } });
    await t.db.roleGrant.create({ data: { userId: coordinator.id, role: "coordinator", municipalityId, scopeKey: `m:${municipalityId}` } });
    expect(await names(coordinator.id)).toEqual(["event-day", "event-hour", "registration-closing", "low-sign-up", "plan-deadline", "weekly-digest", "questionnaire-due", "route-item-soon", "mentoring-meeting", "mentoring-idle-pair"]);
  });

  it("a kind switched off is not planned, the others still are; switched on again, it is", async () => {
    await setNudgePreference(t.db, teacher.id, "event-day", false);
    const first = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + HOUR) }, START);
    await t.db.registration.create({ data: { eventId: first, userId: teacher.id, status: "registered" } });
    await tick(new Date(START.getTime() + HOUR));
    expect(await queued("nudge:event-day")).toEqual([]);
    await tick(new Date(START.getTime() + DAY));
    expect(await queued("nudge:event-hour")).toHaveLength(1);

    await setNudgePreference(t.db, teacher.id, "event-day", true);
    const second = await makeEvent(t.db, { startsAt: new Date(START.getTime() + 2 * DAY + HOUR) }, START);
    await t.db.registration.create({ data: { eventId: second, userId: teacher.id, status: "registered" } });
    await tick(new Date(START.getTime() + DAY + HOUR));
    expect(await queued("nudge:event-day")).toHaveLength(1);
  });
});

describe("time zone and quiet hours", () => {
  it("a zone the bot offers is stored, another is refused, and 'as my municipality' clears it", async () => {
    expect(await timeSettings(t.db, teacher.id)).toEqual({ ownZone: null, municipalityZone: "Asia/Omsk", ownQuietHours: null });
    expect(await setTimezone(t.db, teacher.id, "Europe/Moscow")).toBe(true);
    expect(await setTimezone(t.db, teacher.id, "Mars/Olympus")).toBe(false);
    expect((await timeSettings(t.db, teacher.id)).ownZone).toBe("Europe/Moscow");
    expect((await memberOf(t.db, teacher.id)).timezone).toBe("Europe/Moscow");
    await setTimezone(t.db, teacher.id, null);
    expect((await memberOf(t.db, teacher.id)).timezone).toBe("Asia/Omsk");
  });

  it("own quiet hours are stored and cleared back to the bot's", async () => {
    await setQuietHours(t.db, teacher.id, { from: 22 * 60 + 30, until: 7 * 60 });
    expect((await timeSettings(t.db, teacher.id)).ownQuietHours).toEqual({ from: 1350, until: 420 });
    await setQuietHours(t.db, teacher.id, null);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: teacher.id }, select: { quietFrom: true, quietUntil: true } })).toEqual({ quietFrom: null, quietUntil: null });
  });

  it("the planner holds a nudge through the person's own hours in their own zone", async () => {
    // Due 20:00 in Omsk, 17:00 in Moscow: inside the bot's hours (21:00–08:00 Omsk) it would go at once.
    const eventId = await makeEvent(t.db, { startsAt: new Date(START.getTime() + DAY + 5 * HOUR) }, START);
    await t.db.registration.create({ data: { eventId, userId: teacher.id, status: "registered" } });
    await setTimezone(t.db, teacher.id, "Europe/Moscow");
    await setQuietHours(t.db, teacher.id, { from: 16 * 60 + 30, until: 18 * 60 });
    await tick(new Date(START.getTime() + 5 * HOUR));
    expect((await queued("nudge:event-day"))[0]?.notBefore).toEqual(new Date("2026-12-03T15:00:00Z")); // 18:00 in Moscow
  });

  it("with no quiet hours, a nudge due at night goes at once", async () => {
    // Due 02:00 in Omsk.
    const night = new Date("2026-12-03T20:00:00Z");
    const eventId = await makeEvent(t.db, { startsAt: new Date(night.getTime() + DAY) }, START);
    await t.db.registration.create({ data: { eventId, userId: teacher.id, status: "registered" } });
    await setQuietHours(t.db, teacher.id, { from: 0, until: 0 });
    await tick(night);
    expect((await queued("nudge:event-day"))[0]?.notBefore).toEqual(night);
  });
});
