import { DateTime } from "luxon";

/** Announcements wait out the night in the recipient's zone: from 22:00 to 08:00 nothing arrives. */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 8;

/** `now`, or the coming 08:00 in `zone` when it is night there. */
export function afterQuietHours(now: Date, zone: string): Date {
  const local = DateTime.fromJSDate(now, { zone });
  if (local.hour >= QUIET_UNTIL_HOUR && local.hour < QUIET_FROM_HOUR) return now;
  const morning = local.set({ hour: QUIET_UNTIL_HOUR, minute: 0, second: 0, millisecond: 0 });
  return (local.hour >= QUIET_FROM_HOUR ? morning.plus({ days: 1 }) : morning).toJSDate();
}
