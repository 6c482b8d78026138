import type { Due } from "./job.ts";

const MINUTE_MS = 60_000;

export function floorToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS);
}

/**
 * Due when no run succeeded in the last `minutes` ticks. A success is counted at the minute it
 * ended in, so `every(1)` runs each tick; a failure leaves it due, so it is retried next tick.
 */
export function every(minutes: number): Due {
  return (now, lastSuccess) => lastSuccess === null || floorToMinute(lastSuccess).getTime() <= now.getTime() - minutes * MINUTE_MS;
}

type Zone = "local" | "utc";

/**
 * Due from `hour:minute` (the server's zone, or UTC) until a run succeeds after it, so a failed
 * run is retried next tick, also past midnight. A job that never ran waits for today's time,
 * or runs at once when that has passed.
 */
export function daily({ hour, minute, zone = "local" }: { hour: number; minute: number; zone?: Zone }): Due {
  return (now, lastSuccess) => {
    const today = atTimeOfDay(now, hour, minute, zone);
    if (now >= today) return lastSuccess === null || lastSuccess < today;
    return lastSuccess !== null && lastSuccess < dayBefore(today, zone);
  };
}

function atTimeOfDay(date: Date, hour: number, minute: number, zone: Zone): Date {
  const at = new Date(date);
  if (zone === "utc") at.setUTCHours(hour, minute, 0, 0);
  else at.setHours(hour, minute, 0, 0);
  return at;
}

/** The same wall-clock time a day earlier (not 24 hours: a day may have 23 or 25 in the server's zone). */
function dayBefore(date: Date, zone: Zone): Date {
  const at = new Date(date);
  if (zone === "utc") at.setUTCDate(at.getUTCDate() - 1);
  else at.setDate(at.getDate() - 1);
  return at;
}
