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
      include: { registrations: { where: { userId: opts.person.userId }, select: { status: true, waitlistPosition: true } } },
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
    waitlistPlace: own?.status === "waitlisted" && own.waitlistPosition !== null ? await waitlistPlace(db, { eventId: event.id, position: own.waitlistPosition }) : null,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken),
  };
}

export type EventCard = NonNullable<Awaited<ReturnType<typeof loadEventCard>>>;
