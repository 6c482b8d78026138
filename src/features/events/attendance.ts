import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { Member } from "../../core/member.ts";
import { can } from "../roles/permissions.ts";

/** The event's organiser (who created it) and methodologists mark attendance. */
export function canMarkAttendance(member: Member | null, event: { createdById: number | null }): boolean {
  return can(member, "events.manage") || (member !== null && member.onboarded && event.createdById === member.userId);
}

export async function listAttendees(db: Db, opts: { eventId: number; skip: number; take: number }) {
  // Rows of people who deleted their data stay for the counts, but are nobody to mark.
  const where = { eventId: opts.eventId, status: "registered", userId: { not: null } };
  const [rows, total] = await db.$transaction([
    db.registration.findMany({
      where,
      orderBy: { user: { fullName: "asc" } },
      skip: opts.skip,
      take: opts.take,
      select: { id: true, attended: true, user: { select: { fullName: true } } },
    }),
    db.registration.count({ where }),
  ]);
  return { rows, total };
}

/** Flips one person's attendance; a registration of another event or a cancelled one is not touched. */
export async function toggleAttendance(db: Db, opts: { eventId: number; registrationId: number }): Promise<boolean | null> {
  const row = await db.registration.findFirst({ where: { id: opts.registrationId, eventId: opts.eventId, status: "registered" } });
  if (!row) return null;
  await db.registration.update({ where: { id: row.id }, data: { attended: !row.attended } });
  return !row.attended;
}

/** A six-digit code for the event, made once and kept, so a code shown on a screen stays valid. */
export async function checkInCode(db: Db, eventId: number): Promise<string> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { checkInCode: true } });
  if (event.checkInCode) return event.checkInCode;
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.event.updateMany({ where: { id: eventId, checkInCode: null }, data: { checkInCode: code } });
  return (await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { checkInCode: true } })).checkInCode!;
}

/** Codes work from an hour before the start to an hour after the end. */
const CHECK_IN_MARGIN_MS = 3_600_000;

/**
 * A person sends a code during an event: each of their registrations for an event running now
 * with that code is marked attended. Returns the titles marked, empty when the code fits none.
 */
export async function checkIn(db: Db, opts: { userId: number; code: string; now: Date }): Promise<string[]> {
  const rows = await db.registration.findMany({
    where: {
      userId: opts.userId,
      status: "registered",
      event: {
        checkInCode: opts.code,
        cancelledAt: null,
        startsAt: { lte: new Date(opts.now.getTime() + CHECK_IN_MARGIN_MS) },
        endsAt: { gte: new Date(opts.now.getTime() - CHECK_IN_MARGIN_MS) },
      },
    },
    select: { id: true, event: { select: { title: true } } },
  });
  if (rows.length) await db.registration.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { attended: true } });
  return rows.map((row) => row.event.title);
}

/** Who from the coordinator's schools or municipalities signed up or waits for an event. */
export async function listSignUpsFor(db: Db, opts: { eventId: number; schoolIds: number[]; municipalityIds: number[] }) {
  if (!opts.schoolIds.length && !opts.municipalityIds.length) return [];
  return db.registration.findMany({
    where: {
      eventId: opts.eventId,
      status: { in: ["registered", "waitlisted"] },
      user: { OR: [{ schoolId: { in: opts.schoolIds } }, { municipalityId: { in: opts.municipalityIds } }] },
    },
    orderBy: [{ user: { school: { name: "asc" } } }, { user: { fullName: "asc" } }],
    select: { status: true, user: { select: { fullName: true, school: { select: { name: true } } } } },
  });
}
