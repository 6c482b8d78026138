import type { Db } from "../../db/client.ts";
import { eventsForWhere, type Person } from "../../core/audience.ts";

/** Everything an event card shows, for one person. */
export async function loadEventCard(db: Db, opts: { eventId: number; person: Person }) {
  const event = await db.event.findUnique({
    where: { id: opts.eventId },
    include: { registrations: { where: { userId: opts.person.userId }, select: { status: true, waitlistPosition: true } } },
  });
  if (!event) return null;
  const inAudience = (await db.event.count({ where: { id: event.id, ...eventsForWhere(opts.person) } })) > 0;
  const { registrations, ...rest } = event;
  const own = registrations.find((row) => row.status !== "cancelled") ?? null;
  return {
    ...rest,
    inAudience,
    status: (own?.status ?? null) as "registered" | "waitlisted" | null,
    waitlistPosition: own?.waitlistPosition ?? null,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken),
  };
}

export type EventCard = NonNullable<Awaited<ReturnType<typeof loadEventCard>>>;

/** A person's sign-ups: what is still ahead (registered or waiting), then what is over. */
export async function listMyRegistrations(db: Db, opts: { userId: number; now: Date }) {
  const rows = await db.registration.findMany({
    where: { userId: opts.userId, status: { in: ["registered", "waitlisted"] } },
    select: {
      status: true,
      waitlistPosition: true,
      attended: true,
      event: { select: { id: true, title: true, startsAt: true, endsAt: true, cancelledAt: true } },
    },
    orderBy: { event: { startsAt: "asc" } },
  });
  return {
    upcoming: rows.filter((row) => row.event.endsAt > opts.now),
    past: rows.filter((row) => row.event.endsAt <= opts.now && row.status === "registered").reverse(),
  };
}
