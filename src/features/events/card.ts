import type { Db } from "../../db/client.ts";
import { eventsForWhere, type Person } from "../../core/audience.ts";
import { waitlistPlace } from "./waitlist.ts";

/**
 * Everything an event card shows, for one person. Read through the person's audience first: the
 * card people open is nearly always one meant for them, and then that read is the answer.
 */
export async function loadEventCard(db: Db, opts: { eventId: number; person: Person }) {
  const read = (audience: boolean) =>
    db.event.findFirst({
      where: { id: opts.eventId, ...(audience ? eventsForWhere(opts.person) : {}) },
      include: { registrations: { where: { userId: opts.person.userId }, select: { id: true, status: true, waitlistPosition: true } } },
    });
  const meant = await read(true);
  const event = meant ?? (await read(false));
  if (!event) return null;
  const inAudience = meant !== null;
  const { registrations, ...rest } = event;
  const own = registrations.find((row) => row.status !== "cancelled") ?? null;
  return {
    ...rest,
    inAudience,
    status: (own?.status ?? null) as "registered" | "waitlisted" | null,
    /** The person's registration row, a cancelled one included (signing up again revives it). */
    registrationId: registrations[0]?.id ?? null,
    waitlistPlace: own?.status === "waitlisted" && own.waitlistPosition !== null ? await waitlistPlace(db, { eventId: event.id, position: own.waitlistPosition }) : null,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken),
  };
}

export type EventCard = NonNullable<Awaited<ReturnType<typeof loadEventCard>>>;

/**
 * The card as it stands after this person's sign-up, without reading it again: their status and
 * place, and the seat they took.
 */
export function cardAfterSignUp(card: EventCard, signUp: { status: "registered" | "waitlisted"; place: number | null }): EventCard {
  const seated = signUp.status === "registered" && card.status !== "registered";
  const seatsTaken = card.seatsTaken + (seated ? 1 : 0);
  return {
    ...card,
    status: signUp.status,
    waitlistPlace: signUp.place,
    seatsTaken,
    seatsLeft: card.capacity === null ? null : Math.max(0, card.capacity - seatsTaken),
  };
}
