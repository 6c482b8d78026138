import type { Db } from "../../../db/client.ts";
import { AppError } from "../../../errors.ts";
import type { EventLevel } from "../levels.ts";
import { isHours } from "./hours.ts";

/** A course's hours (null: not stated) or a contest's level. */
export type HoursOrLevel = { field: "hours"; hours: number | null } | { field: "level"; level: EventLevel };

/**
 * Sets a course's hours or a contest's level. Unlike the other details, these may change after
 * the event is over: reports and training records read them then, and nobody's seat depends on
 * them. Not on a cancelled event, nor on an event of another kind. Returns 0: nobody is told.
 */
export async function updateHoursOrLevel(db: Db, opts: { eventId: number; change: HoursOrLevel }): Promise<number> {
  const { eventId, change } = opts;
  if (change.field === "hours" && change.hours !== null && !isHours(change.hours)) throw new AppError("event-hours");
  const kind = change.field === "hours" ? "course" : "contest";
  const data = change.field === "hours" ? { hours: change.hours } : { level: change.level };
  const { count } = await db.event.updateMany({ where: { id: eventId, cancelledAt: null, kind }, data });
  if (count > 0) return 0;
  const event = await db.event.findUnique({ where: { id: eventId }, select: { cancelledAt: true } });
  if (!event) throw new AppError("event-not-found");
  throw new AppError(event.cancelledAt ? "event-cancelled" : "event-kind-mismatch");
}
