import type { Db, Tx } from "../../../db/client.ts";
import { AppError } from "../../../errors.ts";
import { isWebLink } from "../create-event.ts";
import { enqueueEventChange } from "../notices.ts";

export const PLACE_MAX = 300;

/**
 * Moves an event and queues the notice to everyone signed up or waiting, in one transaction. The registration deadline moves with it, by the same amount and never past the
 * new start, so "a day before" stays a day before. Only an event that has not begun and is not
 * cancelled can move; the update is conditional on that, so a concurrent cancellation wins cleanly.
 */
export async function rescheduleEvent(db: Db, opts: { eventId: number; startsAt: Date; endsAt: Date; now: Date }): Promise<number> {
  const { eventId, startsAt, endsAt, now } = opts;
  if (startsAt <= now) throw new AppError("event-start-past");
  if (endsAt <= startsAt) throw new AppError("event-end-before-start");
  return db.$transaction(async (tx) => {
    const event = await changeable(tx, eventId, now);
    const shift = startsAt.getTime() - event.startsAt.getTime();
    const deadline = event.registrationDeadline && new Date(Math.min(event.registrationDeadline.getTime() + shift, startsAt.getTime()));
    const { count } = await tx.event.updateMany({
      where: { id: eventId, cancelledAt: null, startsAt: { gt: now } },
      data: { startsAt, endsAt, registrationDeadline: deadline },
    });
    if (count === 0) throw new AppError("event-not-found");
    return enqueueEventChange(tx, { eventId, change: { kind: "time", before: event.startsAt, after: startsAt }, now });
  });
}

/** Sets where an event happens: an address, a web link, or both; at least one. */
export async function relocateEvent(db: Db, opts: { eventId: number; place: string | null; link: string | null; now: Date }): Promise<number> {
  const place = opts.place?.trim() || null;
  const link = opts.link?.trim() || null;
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
