import { DateTime } from "luxon";
import type { Db } from "../../db/client.ts";
import { eventsForWhere, type Person } from "../../core/audience.ts";
import { EVENT_KINDS, type EventKind } from "./kinds.ts";
import { planDatesReach } from "../plans/browse.ts";

export type UpcomingRange = "all" | "week" | "month";
export type UpcomingFilter = { range: UpcomingRange; kind: EventKind | null };

export type UpcomingItem =
  | { type: "event"; id: number; title: string; kind: string; start: Date; status: string | null }
  | { type: "measure"; id: number; title: string; kind: string; start: Date; end: Date; plan: string };

/** The end of this calendar week or month in the person's zone; null for no end. */
export function rangeEnd(range: UpcomingRange, now: Date, zone: string): Date | null {
  if (range === "all") return null;
  return DateTime.fromJSDate(now, { zone }).endOf(range).toJSDate();
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
      select: { id: true, title: true, kind: true, startsAt: true, registrations: { where: { userId: opts.person.userId }, select: { status: true } } },
    }),
    db.event.count({ where: eventWhere }),
    !measuresAhead ? [] : db.measure.findMany({
      where: { archivedAt: null, kind: { in: kinds }, dates: { some: dateWhere } },
      take: MEASURES_LIMIT,
      select: {
        id: true,
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
    })),
    ...measures.map((measure) => ({
      type: "measure" as const,
      id: measure.id,
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
