import type { Db, Tx } from "../../db/client.ts";

/**
 * A waiting person's place in the queue: the people still waiting ahead of them, plus one. The
 * stored `waitlistPosition` only orders the queue (it is the event's counter at the time and never
 * goes down), so the place is counted each time it is shown, and stays right after promotions and
 * departures.
 */
export async function waitlistPlace(db: Db | Tx, opts: { eventId: number; position: number }): Promise<number> {
  const ahead = await db.registration.count({ where: { eventId: opts.eventId, status: "waitlisted", waitlistPosition: { lt: opts.position } } });
  return ahead + 1;
}

/** How many people wait for a seat of the event. */
export function waitingCount(db: Db | Tx, eventId: number): Promise<number> {
  return db.registration.count({ where: { eventId, status: "waitlisted" } });
}
