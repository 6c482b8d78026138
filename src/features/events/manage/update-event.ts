import type { Db, Tx } from "../../../db/client.ts";
import { AppError } from "../../../errors.ts";
import { CAPACITY_MAX, DESCRIPTION_MAX, LINK_MAX, TITLE_MAX, isWebLink } from "../create-event.ts";
import { audienceRows, type Audience } from "../../../core/audience.ts";
import { enqueueEventChange, enqueuePromotion } from "../notices.ts";

export const PLACE_MAX = 300;

/**
 * Where the registration deadline goes when the start moves: by the same amount, never past the
 * new start, so "a day before" stays a day before.
 */
export function movedDeadline(deadline: Date | null, before: Date, after: Date): Date | null {
  if (deadline === null) return null;
  return new Date(Math.min(deadline.getTime() + (after.getTime() - before.getTime()), after.getTime()));
}

/**
 * Moves an event, its registration deadline with it (movedDeadline), and queues the notice to
 * everyone signed up or waiting, in one transaction. Only an event that has not begun and is not
 * cancelled can move; the update is conditional on that, so a concurrent cancellation wins cleanly.
 */
export async function rescheduleEvent(db: Db, opts: { eventId: number; startsAt: Date; endsAt: Date; now: Date }): Promise<number> {
  const { eventId, startsAt, endsAt, now } = opts;
  if (startsAt <= now) throw new AppError("event-start-past");
  if (endsAt <= startsAt) throw new AppError("event-end-before-start");
  return db.$transaction(async (tx) => {
    const event = await changeable(tx, eventId, now);
    const deadline = movedDeadline(event.registrationDeadline, event.startsAt, startsAt);
    const { count } = await tx.event.updateMany({
      where: { id: eventId, cancelledAt: null, startsAt: { gt: now } },
      data: { startsAt, endsAt, registrationDeadline: deadline },
    });
    if (count === 0) throw new AppError("event-not-found");
    return enqueueEventChange(tx, { eventId, change: { kind: "time", before: event.startsAt, after: startsAt, deadline }, now });
  });
}

/** Sets where an event happens: an address, a web link, or both; at least one. */
export async function relocateEvent(db: Db, opts: { eventId: number; place: string | null; link: string | null; now: Date }): Promise<number> {
  const place = opts.place?.trim() || null;
  const link = opts.link?.trim() || null;
  if (link !== null && link.length > LINK_MAX) throw new AppError("event-link-long");
  if (link !== null && !isWebLink(link)) throw new AppError("event-link");
  if ((place === null && link === null) || (place !== null && place.length > PLACE_MAX)) throw new AppError("event-place");
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: opts.eventId }, select: { cancelledAt: true } });
    if (!event) throw new AppError("event-not-found");
    if (event.cancelledAt) throw new AppError("event-cancelled");
    const { count } = await tx.event.updateMany({ where: { id: opts.eventId, cancelledAt: null }, data: { place, link } });
    if (count === 0) throw new AppError("event-cancelled");
    return enqueueEventChange(tx, { eventId: opts.eventId, change: { kind: "place", place, link }, now: opts.now });
  });
}

/**
 * Cancels an event that has not begun. Registrations stay as they were, so people still see in
 * "my registrations" what they had signed up for, now marked cancelled.
 */
export async function cancelEvent(db: Db, opts: { eventId: number; now: Date }): Promise<number> {
  return db.$transaction(async (tx) => {
    await changeable(tx, opts.eventId, opts.now);
    const { count } = await tx.event.updateMany({ where: { id: opts.eventId, cancelledAt: null }, data: { cancelledAt: opts.now } });
    if (count === 0) throw new AppError("event-cancelled");
    return enqueueEventChange(tx, { eventId: opts.eventId, change: { kind: "cancel" }, now: opts.now });
  });
}

async function changeable(tx: Tx, eventId: number, now: Date) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { startsAt: true, cancelledAt: true, registrationDeadline: true } });
  if (!event) throw new AppError("event-not-found");
  if (event.cancelledAt) throw new AppError("event-cancelled");
  if (event.startsAt <= now) throw new AppError("event-past");
  return event;
}

/** A change to a saved event that its people need not be told of (they see it on the card). */
export type DetailChange =
  | { field: "title"; title: string }
  | { field: "description"; description: string }
  | { field: "capacity"; capacity: number | null }
  | { field: "deadline"; deadline: Date | null }
  | { field: "audience"; audience: Audience };

/**
 * Changes a title, description, number of seats, registration deadline or audience of an event
 * that has not begun. Seats cannot go below the people already registered (nobody loses a seat
 * they were given); more seats go at once to the people waiting, in their order, each told.
 * A new audience leaves the people already signed up as they are. Returns how many were promoted.
 */
export async function updateEventDetails(db: Db, opts: { eventId: number; change: DetailChange; now: Date }): Promise<number> {
  const { eventId, change, now } = opts;
  checkDetail(change, now);
  return db.$transaction(async (tx) => {
    // Locks the event's row first, as a cancellation of a seat does, so seats are counted once.
    const locked = await tx.event.updateMany({ where: { id: eventId, cancelledAt: null, startsAt: { gt: now } }, data: { updatedAt: now } });
    if (locked.count === 0) await changeable(tx, eventId, now);
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true, seatsTaken: true } });
    switch (change.field) {
      case "title":
        await tx.event.update({ where: { id: eventId }, data: { title: change.title.trim() } });
        return 0;
      case "description":
        await tx.event.update({ where: { id: eventId }, data: { description: change.description.trim() } });
        return 0;
      case "deadline":
        if (change.deadline !== null && change.deadline > event.startsAt) throw new AppError("event-deadline");
        await tx.event.update({ where: { id: eventId }, data: { registrationDeadline: change.deadline } });
        return 0;
      case "audience":
        await tx.eventAudience.deleteMany({ where: { eventId } });
        await tx.eventAudience.createMany({ data: audienceRows(change.audience).map((row) => ({ eventId, ...row })) });
        return 0;
      case "capacity":
        if (change.capacity !== null && change.capacity < event.seatsTaken) throw new AppError("event-capacity-below", { registered: event.seatsTaken });
        await tx.event.update({ where: { id: eventId }, data: { capacity: change.capacity } });
        return promoteWaiting(tx, { eventId, seats: change.capacity === null ? Infinity : change.capacity - event.seatsTaken, now });
    }
  });
}

function checkDetail(change: DetailChange, now: Date): void {
  if (change.field === "title" && (change.title.trim().length < 3 || change.title.trim().length > TITLE_MAX)) throw new AppError("event-title");
  if (change.field === "description" && change.description.trim().length > DESCRIPTION_MAX) throw new AppError("event-description");
  if (change.field === "capacity" && change.capacity !== null && (!Number.isInteger(change.capacity) || change.capacity < 1 || change.capacity > CAPACITY_MAX)) {
    throw new AppError("event-capacity");
  }
  if (change.field === "deadline" && change.deadline !== null && change.deadline <= now) throw new AppError("event-deadline");
}

/** Gives up to `seats` free seats to the first people waiting, each told with a notice. */
async function promoteWaiting(tx: Tx, opts: { eventId: number; seats: number; now: Date }): Promise<number> {
  if (opts.seats <= 0) return 0;
  const waiting = await tx.registration.findMany({
    where: { eventId: opts.eventId, status: "waitlisted", userId: { not: null } },
    orderBy: { waitlistPosition: "asc" },
    take: Number.isFinite(opts.seats) ? opts.seats : undefined,
    select: { id: true, user: { select: { id: true, telegramId: true } } },
  });
  for (const row of waiting) {
    await tx.registration.update({ where: { id: row.id }, data: { status: "registered", waitlistPosition: null } });
    await enqueuePromotion(tx, { eventId: opts.eventId, registrationId: row.id, recipient: { userId: row.user!.id, telegramId: row.user!.telegramId }, now: opts.now });
  }
  if (waiting.length) await tx.event.update({ where: { id: opts.eventId }, data: { seatsTaken: { increment: waiting.length } } });
  return waiting.length;
}
