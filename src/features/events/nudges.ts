// The events' kinds of nudge: reminders a day and an hour before (to those registered), sign-up
// closing (to the audience not yet signed up), low sign-up (to the organiser and the audience's
// coordinators) and the opt-in weekly digest. Each finds what falls due by indexed queries.
import { DateTime } from "luxon";
import { audienceFromRows, eventsForWhere, peopleWhere } from "../../core/audience.ts";
import { isYoungTeacher } from "../../core/teaching.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind } from "../../nudges/kind.ts";
import { EVENT_DATA } from "./callbacks.ts";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
type Window = { from: Date; to: Date };

/** Events whose `field` lies `before` ahead of the window: due in it. */
const dueEvents = (window: Window, before: number, field: "startsAt" | "registrationDeadline"): Prisma.EventWhereInput => ({
  cancelledAt: null,
  [field]: { gt: new Date(window.from.getTime() + before), lte: new Date(window.to.getTime() + before) },
});

const where = (event: { link: string | null; place: string | null }) => event.link ?? event.place ?? "—";
const openButton = (eventId: number) => [[{ key: "event-open-card", data: EVENT_DATA.card(eventId) }]];

function reminder(name: string, before: number, key: string): NudgeKind {
  return {
    name,
    defaultOn: true,
    async find(db, window) {
      const events = await db.event.findMany({
        where: dueEvents(window, before, "startsAt"),
        select: {
          id: true, title: true, startsAt: true, link: true, place: true,
          registrations: { where: { status: "registered", user: REACHABLE }, select: { user: { select: NUDGE_PERSON } } },
        },
      });
      return events.map((event) => ({
        subject: `event:${event.id}`,
        dueAt: new Date(event.startsAt.getTime() - before),
        recipients: event.registrations.flatMap((registration) => (registration.user ? [registration.user] : [])),
        notice: { key, args: { title: event.title, when: { when: event.startsAt.toISOString() }, where: where(event) }, buttons: openButton(event.id) },
        expiresAt: event.startsAt,
      }));
    },
  };
}

export const eventDayReminder = reminder("event-day", DAY, "nudge-event-day");
export const eventHourReminder = reminder("event-hour", HOUR, "nudge-event-hour");

/** A day before sign-up closes, to the event's audience who have not signed up (nor queued). */
export const registrationClosing: NudgeKind = {
  name: "registration-closing",
  defaultOn: true,
  async find(db, window) {
    const events = await db.event.findMany({
      where: dueEvents(window, DAY, "registrationDeadline"),
      select: { id: true, title: true, startsAt: true, registrationDeadline: true, audience: { select: { kind: true, value: true } } },
    });
    const due: DueNudge[] = [];
    for (const event of events) {
      const deadline = event.registrationDeadline!;
      const recipients = await db.user.findMany({
        where: { AND: [peopleWhere(audienceFromRows(event.audience), window.to), REACHABLE, { registrations: { none: { eventId: event.id, status: { in: ["registered", "waitlisted"] } } } }] },
        select: NUDGE_PERSON,
      });
      due.push({
        subject: `event:${event.id}`,
        dueAt: new Date(deadline.getTime() - DAY),
        recipients,
        notice: { key: "nudge-registration-closing", args: { title: event.title, deadline: { when: deadline.toISOString() }, when: { when: event.startsAt.toISOString() } }, buttons: openButton(event.id) },
        expiresAt: deadline,
      });
    }
    return due;
  },
};

/** Three days before an event with under a third of its seats taken: its organiser and the coordinators of its audience. */
export const lowSignUp: NudgeKind = {
  name: "low-sign-up",
  defaultOn: true,
  async find(db, window) {
    const events = await db.event.findMany({
      where: { ...dueEvents(window, 3 * DAY, "startsAt"), capacity: { not: null } },
      select: { id: true, title: true, startsAt: true, capacity: true, seatsTaken: true, createdById: true, audience: { select: { kind: true, value: true } } },
    });
    const due: DueNudge[] = [];
    for (const event of events.filter((each) => each.seatsTaken * 3 < each.capacity!)) {
      const audience = audienceFromRows(event.audience);
      const places = audience.municipalityIds.length || audience.schoolIds.length;
      const coordinating: Prisma.RoleGrantWhereInput = {
        role: "coordinator",
        ...(places
          ? { OR: [{ municipalityId: { in: audience.municipalityIds } }, { schoolId: { in: audience.schoolIds } }, { school: { municipalityId: { in: audience.municipalityIds } } }] }
          : {}),
      };
      const recipients = await db.user.findMany({
        where: { AND: [REACHABLE, { OR: [{ id: event.createdById ?? -1 }, { roles: { some: coordinating } }] }] },
        select: NUDGE_PERSON,
      });
      due.push({
        subject: `event:${event.id}`,
        dueAt: new Date(event.startsAt.getTime() - 3 * DAY),
        recipients,
        notice: { key: "nudge-low-sign-up", args: { title: event.title, when: { when: event.startsAt.toISOString() }, taken: event.seatsTaken, capacity: event.capacity! }, buttons: openButton(event.id) },
        expiresAt: event.startsAt,
      });
    }
    return due;
  },
};

/** Sunday 21:00 UTC: Monday's small hours across Russia, so each person's quiet hours bring it with their morning. */
function digestMoments(window: Window): Date[] {
  const moments: Date[] = [];
  let sunday = DateTime.fromJSDate(window.from, { zone: "utc" }).startOf("week").plus({ days: 6, hours: 21 });
  while (sunday.toJSDate() <= window.to) {
    if (sunday.toJSDate() > window.from) moments.push(sunday.toJSDate());
    sunday = sunday.plus({ weeks: 1 });
  }
  return moments;
}

const DIGEST_EVENTS = 10;

/** Opt-in: on Monday morning, the coming week's events that concern the person. */
export const weeklyDigest: NudgeKind = {
  name: "weekly-digest",
  defaultOn: false,
  async find(db, window) {
    const due: DueNudge[] = [];
    for (const moment of digestMoments(window)) {
      const people = await db.user.findMany({
        where: { AND: [REACHABLE, { nudgePreferences: { some: { kind: "weekly-digest", enabled: true } } }] },
        select: { ...NUDGE_PERSON, municipalityId: true, schoolId: true, teachingSince: true, subjects: { select: { subject: true } }, roles: { select: { role: true } } },
      });
      const weekEnd = new Date(moment.getTime() + 8 * DAY);
      for (const person of people) {
        const events = await db.event.findMany({
          where: {
            AND: [
              { cancelledAt: null, startsAt: { gt: moment, lte: weekEnd } },
              eventsForWhere({
                userId: person.id, municipalityId: person.municipalityId, schoolId: person.schoolId, timezone: null,
                subjects: person.subjects.map((each) => each.subject),
                roles: ["teacher", ...person.roles.map((each) => each.role)],
                young: isYoungTeacher(person.teachingSince, moment),
              }),
            ],
          },
          orderBy: { startsAt: "asc" },
          take: DIGEST_EVENTS,
          select: { title: true, startsAt: true },
        });
        if (!events.length) continue;
        const zone = person.timezone ?? person.municipality?.timezone ?? "Asia/Omsk";
        const list = events.map((event) => `• ${DateTime.fromJSDate(event.startsAt, { zone }).toFormat("dd.MM HH:mm")} — ${event.title}`).join("\n");
        due.push({ subject: `week:${moment.toISOString().slice(0, 10)}:${person.id}`, dueAt: moment, recipients: [person], notice: { key: "nudge-weekly-digest", args: { list }, buttons: [[{ key: "nudge-open-upcoming", data: EVENT_DATA.upcoming("week", null, 0) }]] } });
      }
    }
    return due;
  },
};

export const EVENT_NUDGES: readonly NudgeKind[] = [eventDayReminder, eventHourReminder, registrationClosing, lowSignUp, weeklyDigest];
