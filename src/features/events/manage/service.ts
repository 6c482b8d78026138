import { DateTime } from "luxon";
import type { Db } from "../../../db/client.ts";
import type { Member } from "../../../core/member.ts";
import { COMPETENCY_AREAS, type CompetencyArea } from "../../plans/parser/types.ts";
import { isEventKind, type EventKind } from "../kinds.ts";
import type { EventsWhen } from "../callbacks.ts";
import { audienceFromRows, type Audience } from "../../../core/audience.ts";
import { readPlanAudience, type PlanAudience } from "../../plans/parser/audience.ts";
import { deriveEventLevel, type EventLevel } from "../levels.ts";
import { proposedHours } from "./hours.ts";

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
  /** The plan's "Целевая аудитория" as written and as read into conditions; null when the plan names none. */
  audience: { wording: string; reading: PlanAudience } | null;
  /** A course's hours as the measure writes them; a contest's level as the measure or the plan's territory implies it. */
  hours: number | null;
  level: EventLevel | null;
};

export async function loadMeasurePrefill(db: Db, opts: { measureId: number; now: Date; zone: string }): Promise<MeasurePrefill | null> {
  // Plans store days as midnight UTC of the calendar day; "today" is the person's calendar day.
  const today = new Date(`${DateTime.fromJSDate(opts.now, { zone: opts.zone }).toISODate()}T00:00:00.000Z`);
  const measure = await db.measure.findFirst({
    where: { id: opts.measureId, archivedAt: null, plan: { archivedAt: null } },
    select: {
      id: true,
      title: true,
      kind: true,
      schedule: true,
      audience: true,
      form: true,
      plan: { select: { municipalityId: true, regionId: true } },
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
    audience: measure.audience?.trim() ? { wording: measure.audience.trim(), reading: readPlanAudience(measure.audience) } : null,
    hours: proposedHours(measure),
    level: deriveEventLevel(measure),
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
  createdById: true,
  description: true,
  hours: true,
  level: true,
  _count: { select: { registrations: { where: { status: "waitlisted" } } } },
} as const;

/**
 * A manager's events, one page at a time: still to come or under way (soonest first, cancelled
 * ones left out), or over (latest first, cancelled ones kept: their attendance may still be
 * needed). `createdById` keeps to one person's own events; null lists everyone's.
 */
export async function listManageableEvents(db: Db, opts: { when: EventsWhen; createdById: number | null; now: Date; skip: number; take: number }) {
  const where = {
    ...(opts.createdById === null ? {} : { createdById: opts.createdById }),
    ...(opts.when === "up" ? { cancelledAt: null, endsAt: { gt: opts.now } } : { endsAt: { lte: opts.now } }),
  };
  const order = opts.when === "up" ? "asc" : "desc";
  const [rows, total] = await db.$transaction([
    db.event.findMany({ where, orderBy: [{ startsAt: order }, { id: order }], skip: opts.skip, take: opts.take, select: manageSelect }),
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

/** A saved event's audience, and the name of the place it is limited to ("Школа № 5, г. Омск"). */
export async function loadEventAudience(db: Db, eventId: number): Promise<{ audience: Audience; place: string | null }> {
  const audience = audienceFromRows(await db.eventAudience.findMany({ where: { eventId }, select: { kind: true, value: true } }));
  return { audience, place: await placeName(db, audience) };
}

/** The name of the first municipality or school an audience names; null for everywhere. */
export async function placeName(db: Db, audience: Pick<Audience, "municipalityIds" | "schoolIds">): Promise<string | null> {
  const schoolId = audience.schoolIds[0];
  if (schoolId !== undefined) {
    const school = await db.school.findUnique({ where: { id: schoolId }, select: { name: true, municipality: { select: { name: true } } } });
    return school && `${school.name}, ${school.municipality.name}`;
  }
  const municipalityId = audience.municipalityIds[0];
  if (municipalityId === undefined) return null;
  return (await db.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } }))?.name ?? null;
}

/** Places an event can be aimed at: every municipality, or the schools of one, by name. */
export function listMunicipalities(db: Db) {
  return db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function listSchools(db: Db, municipalityId: number) {
  return db.school.findMany({ where: { municipalityId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
