import { DateTime } from "luxon";
import type { Db } from "../../db/client.ts";
import { eventsForWhere, type Person } from "../../core/audience.ts";
import { EVENT_KINDS, type EventKind } from "./kinds.ts";
import { planDatesReach } from "../plans/browse.ts";
import { plansConcerningWhere } from "../plans/territory.ts";

/** "week": the next 7 days; "month": the next 30 days (kept names: they are on buttons already sent). */
export type UpcomingRange = "all" | "week" | "month";
export type UpcomingFilter = { range: UpcomingRange; kind: EventKind | null };

export type UpcomingItem =
  | { type: "event"; id: number; title: string; kind: string; start: Date; status: string | null; registrationClosed: boolean }
  | { type: "measure"; id: number; number: string; title: string; kind: string; start: Date; end: Date; plan: string };

const RANGE_DAYS = { week: 7, month: 30 } as const;

/**
 * The last moment of a range: the end of the day 7 or 30 days ahead in the person's zone; null
 * for no end. Rolling, not calendar, periods: a calendar week or month seen on its last day ends
 * tomorrow, and people read such a short list as "nothing is coming".
 */
export function rangeEnd(range: UpcomingRange, now: Date, zone: string): Date | null {
  if (range === "all") return null;
  return DateTime.fromJSDate(now, { zone }).plus({ days: RANGE_DAYS[range] }).endOf("day").toJSDate();
}

/** Whether a person can no longer sign up: the event has begun or its deadline has passed. */
export function registrationClosed(event: { startsAt: Date; registrationDeadline: Date | null }, now: Date): boolean {
  return event.startsAt <= now || (event.registrationDeadline !== null && event.registrationDeadline <= now);
}

const MEASURES_LIMIT = 500;

/**
 * What is coming up for a person, soonest first: events meant for them and the dated measures of
 * the plans (those of an event kind). Events are paged in the database; measures are few (a
 * region's plans hold hundreds), so they are merged in memory.
 */
export async function listUpcoming(
  db: Db,
  opts: { person: Person; now: Date; zone: string; filter: UpcomingFilter; skip: number; take: number },
): Promise<{ items: UpcomingItem[]; total: number }> {
  const until = rangeEnd(opts.filter.range, opts.now, opts.zone);
  const kinds = opts.filter.kind ? [opts.filter.kind] : [...EVENT_KINDS];
  const eventWhere = {
    cancelledAt: null,
    endsAt: { gt: opts.now },
    kind: { in: kinds },
    ...(until ? { startsAt: { lte: until } } : {}),
    ...eventsForWhere(opts.person),
  };
  const today = new Date(`${DateTime.fromJSDate(opts.now, { zone: opts.zone }).toISODate()}T00:00:00.000Z`);
  const dateWhere = { end: { gte: today }, ...(until ? { start: { lte: until } } : {}) };
  const measuresAhead = await planDatesReach(db, today, opts.now);
  const [events, eventCount, measures] = await Promise.all([
    db.event.findMany({
      where: eventWhere,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: opts.skip + opts.take,
      select: { id: true, title: true, kind: true, startsAt: true, registrationDeadline: true, registrations: { where: { userId: opts.person.userId }, select: { status: true } } },
    }),
    db.event.count({ where: eventWhere }),
    !measuresAhead ? [] : db.measure.findMany({
      // Only plans of the person's municipality, of its region, or of no known territory.
      where: { archivedAt: null, kind: { in: kinds }, dates: { some: dateWhere }, plan: { archivedAt: null, ...plansConcerningWhere(opts.person.municipalityId) } },
      take: MEASURES_LIMIT,
      select: {
        id: true,
        number: true,
        title: true,
        kind: true,
        plan: { select: { title: true } },
        dates: { where: dateWhere, orderBy: { start: "asc" }, take: 1, select: { start: true, end: true } },
      },
    }),
  ]);
  const items: UpcomingItem[] = [
    ...events.map((event) => ({
      type: "event" as const,
      id: event.id,
      title: event.title,
      kind: event.kind,
      start: event.startsAt,
      status: event.registrations.find((row) => row.status !== "cancelled")?.status ?? null,
      registrationClosed: registrationClosed(event, opts.now),
    })),
    ...measures.map((measure) => ({
      type: "measure" as const,
      id: measure.id,
      number: measure.number,
      title: measure.title,
      kind: measure.kind,
      start: measure.dates[0]!.start,
      end: measure.dates[0]!.end,
      plan: measure.plan.title,
    })),
  ];
  items.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id - b.id);
  return { items: items.slice(opts.skip, opts.skip + opts.take), total: eventCount + measures.length };
}
