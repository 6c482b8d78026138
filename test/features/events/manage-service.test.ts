// Event management without the bot: typed dates, the small step rules, and the services that move,
// relocate and cancel an event and say whom to tell.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBundledDirectory } from "../../../src/features/directory/service.ts";
import { formatSpan, formatWhen, zoneLabel } from "../../../src/i18n/dates.ts";
import { parseDateTime, parseDeadline, parseEnd } from "../../../src/features/events/manage/dates.ts";
import { fullDayEnd, looksLikeLink, parseCapacity } from "../../../src/features/events/manage/steps.ts";
import { cancelEvent, relocateEvent, rescheduleEvent } from "../../../src/features/events/manage/update-event.ts";
import { registerForEvent } from "../../../src/features/events/registration.ts";
import { AppError } from "../../../src/errors.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";

const OMSK = "Asia/Omsk";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Noon of 24 November 2026 in Omsk (UTC+6). */
const NOW = Date.UTC(2026, 10, 24, 6, 0);
const names: Record<string, string> = { "timezone-asia-omsk": "Омск", "timezone-europe-moscow": "Москва" };
const t = (key: string) => names[key] ?? `{${key}}`;

describe("typed dates", () => {
  it("reads a full date and time in the methodologist's zone", () => {
    expect(parseDateTime("05.12.2026 15:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 9, 0) });
    expect(parseDateTime("5.12.26 15:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 9, 0) });
    expect(parseDateTime(" 05.12.2026,  в 9.30 ", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 3, 30) });
    expect(parseDateTime("05.12.2026 г. 15:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 9, 0) });
    expect(parseDateTime("05.12.2026 15:00", "Europe/Moscow", NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 12, 0) });
  });

  it("takes a date without a year as the next such day, today included", () => {
    expect(parseDateTime("5.12 15:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 9, 0) });
    expect(parseDateTime("24.11 18:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2026, 10, 24, 12, 0) });
    expect(parseDateTime("23.11 18:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2027, 10, 23, 12, 0) });
    expect(parseDateTime("29.02 10:00", OMSK, NOW)).toEqual({ ok: true, at: Date.UTC(2028, 1, 29, 4, 0) });
  });

  it("refuses what is no date, and days and hours the calendar does not have", () => {
    for (const text of ["завтра", "15:00", "05.12.2026", "2026-12-05 15:00", "5 декабря 15:00", ""]) {
      expect(parseDateTime(text, OMSK, NOW), text).toEqual({ ok: false, rule: "format" });
    }
    for (const text of ["31.02.2027 10:00", "05.13.2026 10:00", "05.12.2026 24:00", "05.12.2026 10:60", "30.02 10:00"]) {
      expect(parseDateTime(text, OMSK, NOW), text).toEqual({ ok: false, rule: "no-such-date" });
    }
  });

  it("reads an end as a time on the start's day, or as a date and time", () => {
    const start = Date.UTC(2026, 11, 5, 9, 0);
    expect(parseEnd("17:00", OMSK, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 11, 0) });
    expect(parseEnd("06.12.2026 12:00", OMSK, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 6, 6, 0) });
    expect(parseEnd("5.12 14:00", OMSK, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 5, 8, 0) });
    expect(parseEnd("до пяти", OMSK, start)).toEqual({ ok: false, rule: "format" });
  });

  it("reads a deadline date as 'through that day', never past the start", () => {
    const start = Date.UTC(2026, 11, 5, 9, 0);
    expect(parseDeadline("3.12", OMSK, NOW, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 3, 18, 0) });
    expect(parseDeadline("5.12", OMSK, NOW, start)).toEqual({ ok: true, at: start });
    expect(parseDeadline("6.12", OMSK, NOW, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 6, 18, 0) });
    expect(parseDeadline("03.12.2026 18:00", OMSK, NOW, start)).toEqual({ ok: true, at: Date.UTC(2026, 11, 3, 12, 0) });
    expect(parseDeadline("скоро", OMSK, NOW, start)).toEqual({ ok: false, rule: "format" });
  });

  it("writes dates in words with the zone, in Russian and English", () => {
    const start = Date.UTC(2026, 11, 3, 9, 0);
    expect(formatWhen(t, start, "ru", OMSK)).toBe("четверг, 3 декабря 2026, 15:00 (Омск)");
    expect(formatWhen(t, new Date(start), "en", OMSK)).toBe("Thursday, 3 December 2026, 15:00 (Омск)");
    expect(formatWhen(t, start, "ru", "Europe/Moscow")).toBe("четверг, 3 декабря 2026, 12:00 (Москва)");
    expect(formatSpan(t, start, start + 2 * HOUR, "ru", OMSK)).toBe("четверг, 3 декабря 2026, 15:00–17:00 (Омск)");
    expect(formatSpan(t, start, start + DAY, "en", OMSK)).toBe("Thursday, 3 December 2026, 15:00 – Friday, 4 December 2026, 15:00 (Омск)");
    expect(zoneLabel(t, "America/Chicago")).toBe("America/Chicago");
  });
});

describe("step rules", () => {
  it("tells links from addresses, so a bad link is refused rather than taken for a place", () => {
    for (const text of ["https://meet.example.org/a", "ftp://x", "javascript:alert(1)", "www.example.org", "mailto:a@b.ru", "data:text/html,hi"]) {
      expect(looksLikeLink(text), text).toBe(true);
    }
    for (const text of ["г. Омск, ул. Ленина, 2, каб. 14", "Школа № 5: актовый зал", "ИРООО"]) expect(looksLikeLink(text), text).toBe(false);
  });

  it("takes seats from 1 to 10 000", () => {
    expect(parseCapacity("25")).toBe(25);
    expect(parseCapacity("10 000")).toBe(10_000);
    for (const text of ["0", "10001", "1000000000", "-5", "2.5", "много", ""]) expect(parseCapacity(text), text).toBeNull();
  });

  it("ends a full day at 18:00, or at midnight when it starts late", () => {
    expect(fullDayEnd(Date.UTC(2026, 11, 5, 3, 0), OMSK)).toBe(Date.UTC(2026, 11, 5, 12, 0));
    expect(fullDayEnd(Date.UTC(2026, 11, 5, 11, 30), OMSK)).toBe(Date.UTC(2026, 11, 5, 18, 0));
  });
});

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await ensureBundledDirectory(db.db, { defaultTimezone: OMSK });
});
afterAll(() => db.drop());

/** An event with one registered person (ru), one waiting (en) and one who cancelled. */
async function eventWithPeople(now: Date) {
  const eventId = await makeEvent(db.db, { capacity: 1, registrationDeadline: new Date(now.getTime() + 6 * DAY) }, now);
  const people = await Promise.all([createTeacher(db.db, { lang: "ru" }), createTeacher(db.db, { lang: "en" }), createTeacher(db.db)]);
  for (const user of people) {
    const person = await memberOf(db.db, user.id);
    await registerForEvent(db.db, { eventId, person, now });
  }
  await db.db.registration.updateMany({ where: { eventId, userId: people[2]!.id }, data: { status: "cancelled", waitlistPosition: null } });
  return { eventId, people };
}

/** The notices an event's changes queued, oldest first: to whom, which message, with what. */
async function queued(eventId: number) {
  const rows = await db.db.outboxMessage.findMany({ where: { source: `event:${eventId}` }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ userId: row.userId, status: row.status, ...(JSON.parse(row.payload) as { key: string; args: Record<string, unknown> }) }));
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "none";
}

describe("rescheduleEvent", () => {
  it("moves the event and its deadline, and names the registered and waiting people", async () => {
    const now = new Date();
    const { eventId, people } = await eventWithPeople(now);
    const before = await db.db.event.findUniqueOrThrow({ where: { id: eventId } });
    const startsAt = new Date(before.startsAt.getTime() + 3 * DAY);
    const told = await rescheduleEvent(db.db, { eventId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), now });
    const after = await db.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(after.startsAt).toEqual(startsAt);
    expect(after.endsAt).toEqual(new Date(startsAt.getTime() + HOUR));
    expect(after.registrationDeadline).toEqual(new Date(before.registrationDeadline!.getTime() + 3 * DAY));
    expect(told).toBe(2);
    const args = {
      title: before.title,
      before: { when: before.startsAt.toISOString() },
      after: { when: startsAt.toISOString() },
      deadline: { when: after.registrationDeadline!.toISOString() },
    };
    const buttons = [[{ key: "event-open-card", data: `ev:card:${eventId}` }]];
    expect(await queued(eventId)).toEqual([
      { userId: people[0]!.id, status: "pending", key: "event-manage-tell-time-deadline", args, buttons },
      { userId: people[1]!.id, status: "pending", key: "event-manage-tell-time-deadline", args, buttons },
    ]);
  });

  it("keeps the deadline no later than an earlier start", async () => {
    const now = new Date();
    const eventId = await makeEvent(db.db, { registrationDeadline: new Date(now.getTime() + 6 * DAY) }, now);
    const startsAt = new Date(now.getTime() + 2 * DAY);
    await rescheduleEvent(db.db, { eventId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), now });
    const after = await db.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(after.registrationDeadline!.getTime()).toBeLessThanOrEqual(startsAt.getTime());
  });

  it("refuses a start in the past, an end before the start, and events gone, cancelled or begun", async () => {
    const now = new Date();
    const eventId = await makeEvent(db.db, {}, now);
    const later = new Date(now.getTime() + 2 * DAY);
    expect(await code(rescheduleEvent(db.db, { eventId, startsAt: new Date(now.getTime() - HOUR), endsAt: later, now }))).toBe("event-start-past");
    expect(await code(rescheduleEvent(db.db, { eventId, startsAt: later, endsAt: later, now }))).toBe("event-end-before-start");
    expect(await code(rescheduleEvent(db.db, { eventId: 999_999, startsAt: later, endsAt: new Date(later.getTime() + HOUR), now }))).toBe("event-not-found");
    const begun = await makeEvent(db.db, { startsAt: new Date(now.getTime() + HOUR) }, now);
    const inTwoHours = new Date(now.getTime() + 2 * HOUR);
    expect(await code(rescheduleEvent(db.db, { eventId: begun, startsAt: later, endsAt: new Date(later.getTime() + HOUR), now: inTwoHours }))).toBe("event-past");
    await cancelEvent(db.db, { eventId, now });
    expect(await code(rescheduleEvent(db.db, { eventId, startsAt: later, endsAt: new Date(later.getTime() + HOUR), now }))).toBe("event-cancelled");
    const unchanged = await db.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(unchanged.startsAt.getTime()).not.toBe(later.getTime());
  });
});

describe("relocateEvent", () => {
  it("sets an address or a link and queues the news, the join link for people with a seat only", async () => {
    const now = new Date();
    const { eventId, people } = await eventWithPeople(now);
    const told = await relocateEvent(db.db, { eventId, place: "  г. Омск, ул. Ленина, 2  ", link: null, now });
    expect(told).toBe(2);
    expect(await db.db.event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ place: "г. Омск, ул. Ленина, 2", link: null });
    expect((await queued(eventId)).map((row) => [row.userId, row.args.where])).toEqual([
      [people[0]!.id, "г. Омск, ул. Ленина, 2"],
      [people[1]!.id, "г. Омск, ул. Ленина, 2"],
    ]);
    const later = new Date(now.getTime() + 1000);
    await relocateEvent(db.db, { eventId, place: null, link: "https://meet.example.org/new", now: later });
    expect(await db.db.event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ place: null, link: "https://meet.example.org/new" });
    expect((await queued(eventId)).slice(2).map((row) => [row.userId, row.args.where])).toEqual([
      [people[0]!.id, "https://meet.example.org/new"],
      [people[1]!.id, { key: "event-manage-tell-link-later" }],
    ]);
  });

  it("refuses links that are not web links, overlong places, nothing at all, and cancelled events", async () => {
    const now = new Date();
    const eventId = await makeEvent(db.db, {}, now);
    expect(await code(relocateEvent(db.db, { eventId, place: null, link: "ftp://x", now }))).toBe("event-link");
    expect(await code(relocateEvent(db.db, { eventId, place: null, link: "javascript:alert(1)", now }))).toBe("event-link");
    expect(await code(relocateEvent(db.db, { eventId, place: "x".repeat(301), link: null, now }))).toBe("event-place");
    expect(await code(relocateEvent(db.db, { eventId, place: "  ", link: null, now }))).toBe("event-place");
    expect(await code(relocateEvent(db.db, { eventId: 999_999, place: "Омск", link: null, now }))).toBe("event-not-found");
    await cancelEvent(db.db, { eventId, now });
    expect(await code(relocateEvent(db.db, { eventId, place: "Омск", link: null, now }))).toBe("event-cancelled");
    expect((await db.db.event.findUniqueOrThrow({ where: { id: eventId } })).link).toBe("https://meet.example.org/fg");
  });
});

describe("cancelEvent", () => {
  it("marks the event cancelled once, keeps the registrations, and queues the news for the people signed up", async () => {
    const now = new Date();
    const { eventId, people } = await eventWithPeople(now);
    const told = await cancelEvent(db.db, { eventId, now });
    expect(told).toBe(2);
    expect((await queued(eventId)).map((row) => [row.userId, row.key])).toEqual([
      [people[0]!.id, "event-manage-tell-cancel"],
      [people[1]!.id, "event-manage-tell-cancel"],
    ]);
    expect((await db.db.event.findUniqueOrThrow({ where: { id: eventId } })).cancelledAt).toEqual(now);
    expect(await db.db.registration.count({ where: { eventId, status: { in: ["registered", "waitlisted"] } } })).toBe(2);
    expect(await code(cancelEvent(db.db, { eventId, now }))).toBe("event-cancelled");
    expect(await code(cancelEvent(db.db, { eventId: 999_999, now }))).toBe("event-not-found");
  });

  it("refuses an event that has begun", async () => {
    const now = new Date();
    const eventId = await makeEvent(db.db, { startsAt: new Date(now.getTime() + HOUR) }, now);
    expect(await code(cancelEvent(db.db, { eventId, now: new Date(now.getTime() + 2 * HOUR) }))).toBe("event-past");
    expect((await db.db.event.findUniqueOrThrow({ where: { id: eventId } })).cancelledAt).toBeNull();
  });
});
