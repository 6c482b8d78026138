import { DateTime } from "luxon";
import type { Db } from "../../../db/client.ts";
import type { Member } from "../../../core/member.ts";
import { COMPETENCY_AREAS, type CompetencyArea } from "../../plans/parser/types.ts";
import { isEventKind, type EventKind } from "../kinds.ts";

/**
 * What the create flow needs to know about the methodologist, as plain JSON (it is kept in the
 * conversation's stored state): their name for "I organise it", their municipality for "my
 * municipality", the zone their typed times mean, and when they began (epoch ms: the preview
 * writes the year only when the event is in another one).
 */
export type Author = { fullName: string | null; municipalityId: number | null; municipalityName: string | null; zone: string; startedAt: number };

export function authorOf(member: Member, opts: { defaultZone: string; now: Date }): Author {
  return {
    fullName: member.fullName,
    municipalityId: member.municipalityId,
    municipalityName: member.municipalityName,
    zone: member.timezone ?? opts.defaultZone,
    startedAt: opts.now.getTime(),
  };
}

/** A plan measure's fields that an event made from it starts with; dates as epoch milliseconds. */
export type MeasurePrefill = {
  measureId: number;
  title: string;
  kind: EventKind | null;
  organiser: string | null;
  schedule: string;
  areas: CompetencyArea[];
  /** The first day of the plan's dates still ahead (a day at 00:00 UTC, as plans store days), or null. */
  firstDay: number | null;
};

export async function loadMeasurePrefill(db: Db, opts: { measureId: number; now: Date; zone: string }): Promise<MeasurePrefill | null> {
  // Plans store days as midnight UTC of the calendar day; "today" is the person's calendar day.
  const today = new Date(`${DateTime.fromJSDate(opts.now, { zone: opts.zone }).toISODate()}T00:00:00.000Z`);
  const measure = await db.measure.findUnique({
    where: { id: opts.measureId },
    select: {
      id: true,
      title: true,
      kind: true,
      schedule: true,
      executors: { orderBy: { position: "asc" }, take: 1, select: { organisation: { select: { name: true } } } },
      dates: { where: { end: { gte: today } }, orderBy: { start: "asc" }, take: 1, select: { start: true } },
      areas: { select: { area: true } },
    },
  });
  if (!measure) return null;
  const first = measure.dates[0]?.start;
  return {
    measureId: measure.id,
    title: measure.title,
    kind: isEventKind(measure.kind) ? measure.kind : null,
    organiser: measure.executors[0]?.organisation.name ?? null,
    schedule: measure.schedule,
    areas: COMPETENCY_AREAS.filter((area) => measure.areas.some((row) => row.area === area)),
    firstDay: first ? Math.max(first.getTime(), today.getTime()) : null,
  };
}

const manageSelect = {
  id: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  place: true,
  link: true,
  organiser: true,
  capacity: true,
  seatsTaken: true,
  registrationDeadline: true,
  cancelledAt: true,
  _count: { select: { registrations: { where: { status: "waitlisted" } } } },
} as const;

/** Events still to come or under way, soonest first, one page at a time; cancelled ones left out. */
export async function listManageableEvents(db: Db, opts: { now: Date; skip: number; take: number }) {
  const where = { cancelledAt: null, endsAt: { gt: opts.now } };
  const [rows, total] = await db.$transaction([
    db.event.findMany({ where, orderBy: [{ startsAt: "asc" }, { id: "asc" }], skip: opts.skip, take: opts.take, select: manageSelect }),
    db.event.count({ where }),
  ]);
  return { rows: rows.map(withCounts), total };
}

export async function loadManagedEvent(db: Db, eventId: number) {
  const row = await db.event.findUnique({ where: { id: eventId }, select: manageSelect });
  return row && withCounts(row);
}

export type ManagedEvent = NonNullable<Awaited<ReturnType<typeof loadManagedEvent>>>;

function withCounts<T extends { seatsTaken: number; _count: { registrations: number } }>(row: T) {
  const { _count, ...rest } = row;
  return { ...rest, registered: row.seatsTaken, waitlisted: _count.registrations };
}
