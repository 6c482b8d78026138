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

export const MY_REGISTRATIONS_PER_PAGE = 8;

/**
 * One page of a person's sign-ups: first what is still ahead (registered or waiting, soonest
 * first), then what is over (with a seat, latest first). One numbering of pages runs through
 * both, so every past sign-up is reachable by paging; a page past the end shows the last one.
 */
export async function listMyRegistrations(db: Db, opts: { userId: number; now: Date; page: number }) {
  const size = MY_REGISTRATIONS_PER_PAGE;
  const upcomingWhere = { userId: opts.userId, status: { in: ["registered", "waitlisted"] }, event: { endsAt: { gt: opts.now } } };
  const pastWhere = { userId: opts.userId, status: "registered", event: { endsAt: { lte: opts.now } } };
  const [upcomingCount, pastCount] = await Promise.all([db.registration.count({ where: upcomingWhere }), db.registration.count({ where: pastWhere })]);
  const total = upcomingCount + pastCount;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(0, opts.page), pages - 1);
  const from = page * size;
  const select = {
    status: true,
    waitlistPosition: true,
    attended: true,
    event: { select: { id: true, title: true, startsAt: true, cancelledAt: true } },
  } as const;
  const upcomingTake = Math.max(0, Math.min(size, upcomingCount - from));
  const [upcoming, past] = await Promise.all([
    upcomingTake === 0 ? [] : db.registration.findMany({ where: upcomingWhere, select, orderBy: [{ event: { startsAt: "asc" } }, { id: "asc" }], skip: from, take: upcomingTake }),
    upcomingTake === size ? [] : db.registration.findMany({ where: pastWhere, select, orderBy: [{ event: { startsAt: "desc" } }, { id: "desc" }], skip: Math.max(0, from - upcomingCount), take: size - upcomingTake }),
  ]);
  const withPlace = async (row: (typeof upcoming)[number], isPast: boolean) => ({
    ...row,
    past: isPast,
    place: row.status === "waitlisted" && row.waitlistPosition !== null ? await waitlistPlace(db, { eventId: row.event.id, position: row.waitlistPosition }) : null,
  });
  const items = await Promise.all([...upcoming.map((row) => withPlace(row, false)), ...past.map((row) => withPlace(row, true))]);
  return { items, total, page, pages };
}

export type MyRegistration = Awaited<ReturnType<typeof listMyRegistrations>>["items"][number];
