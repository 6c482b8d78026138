import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { Member } from "../../core/member.ts";
import { can } from "../roles/permissions.ts";
import type { ContestResult } from "./levels.ts";

/**
 * Methodologists and admins mark attendance, the organiser (who created the event) among them.
 * Only the role counts, read afresh on every update: a revoked methodologist loses the
 * attendance of the events they created with it.
 */
export function canMarkAttendance(member: Member | null): boolean {
  return can(member, "events.manage");
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
      select: { id: true, attended: true, result: true, user: { select: { fullName: true } } },
    }),
    db.registration.count({ where }),
  ]);
  return { rows, total };
}

/**
 * Flips one person's attendance; a registration of another event or a cancelled one is not
 * touched. A contest result stays through a mis-tap (absent then present again): it counts, and
 * shows, only while the person is marked present.
 */
export async function toggleAttendance(db: Db, opts: { eventId: number; registrationId: number }): Promise<boolean | null> {
  const row = await db.registration.findFirst({ where: { id: opts.registrationId, eventId: opts.eventId, status: "registered" } });
  if (!row) return null;
  await db.registration.update({ where: { id: row.id }, data: row.attended ? { attended: false } : { attended: true } });
  return !row.attended;
}

/** Why a result was not set: no such contest registration, an event that is no contest, or a person not marked present. */
export type ResultRefusal = "not-found" | "not-contest" | "not-attended";

/**
 * Sets one attendee's result at a contest. "Participant" is what every attendee is until the
 * organiser says more, so it is stored as null, never as a word: reports read null as it.
 */
export async function setContestResult(
  db: Db,
  opts: { eventId: number; registrationId: number; result: ContestResult },
): Promise<{ result: ContestResult } | { refused: ResultRefusal }> {
  const event = await db.event.findUnique({ where: { id: opts.eventId }, select: { kind: true } });
  if (!event) return { refused: "not-found" };
  if (event.kind !== "contest") return { refused: "not-contest" };
  const where = { id: opts.registrationId, eventId: opts.eventId, status: "registered" };
  const { count } = await db.registration.updateMany({ where: { ...where, attended: true }, data: { result: opts.result === "participant" ? null : opts.result } });
  if (count) return { result: opts.result };
  return { refused: (await db.registration.count({ where })) ? "not-attended" : "not-found" };
}

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/** A six-digit code for the event, made once and kept, so a code shown on a screen stays valid. */
export async function checkInCode(db: Db, eventId: number): Promise<string> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { checkInCode: true } });
  if (event.checkInCode) return event.checkInCode;
  await db.event.updateMany({ where: { id: eventId, checkInCode: null }, data: { checkInCode: newCode() } });
  return (await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { checkInCode: true } })).checkInCode!;
}

/** A fresh code (a leaked one stops working); never the same as the one it replaces. */
export async function renewCheckInCode(db: Db, eventId: number): Promise<string> {
  const { checkInCode: old } = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { checkInCode: true } });
  let code = newCode();
  while (code === old) code = newCode();
  await db.event.update({ where: { id: eventId }, data: { checkInCode: code } });
  return code;
}

/** "470 527", " 470527 ", "470-527": the six digits a person meant, or null for other text. */
export function readCheckInCode(text: string): string | null {
  if (!/^[\d\s-]+$/.test(text)) return null;
  const digits = text.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Codes work from an hour before the start to an hour after the end. */
const CHECK_IN_MARGIN_MS = 3_600_000;

export type CheckIn =
  /** Marked present at these events. */
  | { result: "checked-in"; titles: string[] }
  /** The code is of an event running now, for which the person holds no seat. */
  | { result: "not-registered"; titles: string[] }
  /** No event running now has this code. */
  | { result: "no-match" };

/**
 * A person sends a code during an event: each of their registrations for an event running now
 * with that code is marked attended.
 */
export async function checkIn(db: Db, opts: { userId: number; code: string; now: Date }): Promise<CheckIn> {
  const events = await db.event.findMany({
    where: {
      checkInCode: opts.code,
      cancelledAt: null,
      startsAt: { lte: new Date(opts.now.getTime() + CHECK_IN_MARGIN_MS) },
      endsAt: { gte: new Date(opts.now.getTime() - CHECK_IN_MARGIN_MS) },
    },
    select: { id: true, title: true, registrations: { where: { userId: opts.userId, status: "registered" }, select: { id: true } } },
  });
  if (!events.length) return { result: "no-match" };
  const mine = events.filter((event) => event.registrations.length > 0);
  if (!mine.length) return { result: "not-registered", titles: events.map((event) => event.title) };
  await db.registration.updateMany({ where: { id: { in: mine.flatMap((event) => event.registrations.map((row) => row.id)) } }, data: { attended: true } });
  return { result: "checked-in", titles: mine.map((event) => event.title) };
}
