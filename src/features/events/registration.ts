import type { Db, Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { AppError } from "../../errors.ts";
import type { Person } from "../../core/audience.ts";
import { loadEventCard, type EventCard } from "./card.ts";
import { enqueuePromotion } from "./notices.ts";
import { waitlistPlace } from "./waitlist.ts";

export type RegistrationStatus = "registered" | "waitlisted";
/** `place`: the person's place in the waiting queue (1 = next to get a seat), null with a seat. */
export type SignUp = { status: RegistrationStatus; place: number | null; already: boolean };

/** A concurrent tap of the same person changed their registration first. */
class AlreadyChanged extends Error {}

/**
 * Signs a person up. The seat is taken by one conditional update of the event's counter (open,
 * not started, before the deadline, below capacity), in the same transaction that writes the
 * registration; a full event puts them at the end of the waitlist (ordered by the event's
 * waitlist counter; the place shown is counted, see waitlistPlace). Tapping twice
 * registers once: the unique (event, person) row refuses the second. The rules are checked on the
 * card as the person's tap read it (`card`, read here when not given); the guards of the writes
 * hold them against whatever changed since.
 */
export async function registerForEvent(db: Db, opts: { eventId: number; person: Person; now: Date; card?: EventCard | null }): Promise<SignUp> {
  const { eventId, person, now } = opts;
  const card = opts.card === undefined ? await loadEventCard(db, { eventId, person }) : opts.card;
  if (!card || card.id !== eventId) throw new AppError("event-not-found");
  if (card.cancelledAt) throw new AppError("event-cancelled");
  if (card.startsAt <= now) throw new AppError("event-past");
  if (card.registrationDeadline && card.registrationDeadline <= now) throw new AppError("registration-closed");
  if (!card.inAudience) throw new AppError("not-in-audience");
  if (card.status) return { status: card.status, place: card.waitlistPlace, already: true };

  let row: Written;
  try {
    row = await db.$transaction((tx) => signUp(tx, { eventId, person, now, revive: card.registrationId }), { timeout: 20_000, maxWait: 20_000 });
  } catch (error) {
    if (!isUniqueViolation(error) && !(error instanceof AlreadyChanged)) throw error;
    const found = await db.registration.findUnique({ where: { eventId_userId: { eventId, userId: person.userId } } });
    if (!found || found.status === "cancelled") throw error;
    row = { ...found, status: found.status as RegistrationStatus, already: true };
  }
  // Counted after the commit, so the event's row is not held for it while others queue to sign up.
  const place = row.status === "waitlisted" && row.waitlistPosition !== null ? await waitlistPlace(db, { eventId, position: row.waitlistPosition }) : null;
  return { status: row.status, place, already: row.already };
}

/** The registration as the sign-up left it. */
type Written = { status: RegistrationStatus; waitlistPosition: number | null; already: boolean };

async function signUp(tx: Tx, { eventId, person, now, revive }: { eventId: number; person: Person; now: Date; revive: number | null }): Promise<Written> {
  const open = {
    id: eventId,
    cancelledAt: null,
    startsAt: { gt: now },
    OR: [{ registrationDeadline: null }, { registrationDeadline: { gt: now } }],
  };
  const seat = await tx.event.updateMany({
    where: { AND: [open, { OR: [{ capacity: null }, { seatsTaken: { lt: tx.event.fields.capacity } }] }] },
    data: { seatsTaken: { increment: 1 } },
  });
  let fields: { status: RegistrationStatus; waitlistPosition: number | null };
  if (seat.count === 1) {
    fields = { status: "registered", waitlistPosition: null };
  } else {
    // No seat: full, or it closed since the card was read; only an open event takes a waitlist.
    const queued = await tx.event.updateMany({ where: open, data: { waitlistSeq: { increment: 1 } } });
    if (queued.count === 0) throw new AppError("registration-closed");
    const { waitlistSeq } = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { waitlistSeq: true } });
    fields = { status: "waitlisted", waitlistPosition: waitlistSeq };
  }
  if (revive !== null) {
    // Coming back after cancelling: the same row, guarded so two taps cannot both revive it;
    // the losing tap rolls back its seat and reports what the winning one did.
    const { count } = await tx.registration.updateMany({ where: { id: revive, status: "cancelled" }, data: fields });
    if (count === 0) throw new AlreadyChanged();
  } else {
    await tx.registration.create({ data: { eventId, userId: person.userId, ...fields } });
  }
  return { ...fields, already: false };
}

export type Cancellation = { was: RegistrationStatus | null; promoted: { userId: number; telegramId: bigint } | null };

/**
 * Gives a seat back, or leaves the waitlist. A freed seat goes, in the same transaction, to the
 * first person waiting, and their notice is queued with it; the event's row is locked first, so concurrent cancellations queue on it
 * and each promotes a different person.
 */
export async function cancelRegistration(db: Db, opts: { eventId: number; userId: number; now: Date }): Promise<Cancellation> {
  return db.$transaction((tx) => cancel(tx, opts), { timeout: 20_000, maxWait: 20_000 });
}

export async function cancel(tx: Tx, { eventId, userId, now }: { eventId: number; userId: number; now: Date }): Promise<Cancellation> {
  // Take the event's row lock before reading anything, so cancellations and promotions of one
  // event run one after another and each sees what the one before it did.
  const locked = await tx.event.updateMany({ where: { id: eventId }, data: { updatedAt: now } });
  if (locked.count === 0) return { was: null, promoted: null };
  const row = await tx.registration.findUnique({ where: { eventId_userId: { eventId, userId } } });
  if (!row || row.status === "cancelled") return { was: null, promoted: null };
  const was = row.status as RegistrationStatus;
  const { count } = await tx.registration.updateMany({ where: { id: row.id, status: was }, data: { status: "cancelled", waitlistPosition: null } });
  if (count === 0) return { was: null, promoted: null };
  if (was === "waitlisted") return { was, promoted: null };

  const event = await tx.event.update({ where: { id: eventId }, data: { seatsTaken: { decrement: 1 } }, select: { startsAt: true, cancelledAt: true } });
  if (event.cancelledAt || event.startsAt <= now) return { was, promoted: null };
  const next = await tx.registration.findFirst({
    where: { eventId, status: "waitlisted" },
    orderBy: { waitlistPosition: "asc" },
    select: { id: true, user: { select: { id: true, telegramId: true } } },
  });
  // A waiting row always has its person: deleting one's data leaves the waitlist first.
  if (!next?.user) return { was, promoted: null };
  const promoted = { userId: next.user.id, telegramId: next.user.telegramId };
  await tx.registration.update({ where: { id: next.id }, data: { status: "registered", waitlistPosition: null } });
  await tx.event.update({ where: { id: eventId }, data: { seatsTaken: { increment: 1 } } });
  await enqueuePromotion(tx, { eventId, registrationId: next.id, recipient: promoted, now });
  return { was, promoted };
}
