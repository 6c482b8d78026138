// Nothing the bot sends on its own arrives at night: announcements and nudges that fall inside a
// person's quiet hours wait for the end of them, in the person's time zone.
import { DateTime } from "luxon";

/** Minutes after midnight; `from` after `until` spans midnight (21:00–08:00). Equal: no quiet hours. */
export type QuietHours = { from: number; until: number };

export const DEFAULT_QUIET_HOURS: QuietHours = { from: 21 * 60, until: 8 * 60 };

/** "21:00-08:00" → minutes; null when it is not two times of day. */
export function parseQuietHours(text: string): QuietHours | null {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [fromH, fromM, untilH, untilM] = match.slice(1).map(Number) as [number, number, number, number];
  if (fromH > 23 || untilH > 23 || fromM > 59 || untilM > 59) return null;
  return { from: fromH * 60 + fromM, until: untilH * 60 + untilM };
}

/** "21:00–08:00" */
export function formatQuietHours({ from, until }: QuietHours): string {
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return `${hhmm(from)}–${hhmm(until)}`;
}

function isQuiet(minute: number, { from, until }: QuietHours): boolean {
  if (from === until) return false;
  return from < until ? minute >= from && minute < until : minute >= from || minute < until;
}

/** `at` itself, or the end of the quiet hours `at` falls in, in `zone`. */
export function afterQuietHours(at: Date, zone: string, quiet: QuietHours): Date {
  const local = DateTime.fromJSDate(at, { zone });
  const minute = local.hour * 60 + local.minute;
  if (!isQuiet(minute, quiet)) return at;
  const end = local.startOf("day").plus({ minutes: quiet.until });
  return (end > local ? end : end.plus({ days: 1 })).toJSDate();
}

/** A person's own hours when they set them, else the bot's. */
export function quietHoursOf(person: { quietFrom: number | null; quietUntil: number | null }, fallback: QuietHours): QuietHours {
  return person.quietFrom !== null && person.quietUntil !== null ? { from: person.quietFrom, until: person.quietUntil } : fallback;
}

/** What quiet hours need of a person: their own zone and hours, or their municipality's zone. */
export type QuietPerson = { timezone: string | null; quietFrom: number | null; quietUntil: number | null; municipality: { timezone: string } | null };

/**
 * afterQuietHours of one moment for many people: thousands share a few zones and hours, so each
 * pair is worked out once.
 */
export function releaseTimes(at: Date, fallback: QuietHours, defaultZone: string): (person: QuietPerson) => Date {
  const known = new Map<string, Date>();
  return (person) => {
    const zone = person.timezone ?? person.municipality?.timezone ?? defaultZone;
    const quiet = quietHoursOf(person, fallback);
    const key = `${zone}|${quiet.from}|${quiet.until}`;
    let release = known.get(key);
    if (!release) known.set(key, (release = afterQuietHours(at, zone, quiet)));
    return release;
  };
}
