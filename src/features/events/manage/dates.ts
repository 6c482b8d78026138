import { DateTime } from "luxon";

export type Parsed = { ok: true; at: number } | { ok: false; rule: "format" | "no-such-date" };

const DATE = String.raw`(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})`;
const DATE_TIME = new RegExp(String.raw`^${DATE}(?:\s*,\s*|\s+)(?:в\s+|at\s+)?${TIME}$`, "i");
const DATE_ONLY = new RegExp(String.raw`^${DATE}$`);
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`);

/**
 * A typed date and time in `zone`: "05.12.2026 15:00", "5.12.26 15:00", or "5.12 15:00", the
 * next 5 December counted from `reference`'s day (today for a start, the start's day for an end).
 */
export function parseDateTime(text: string, zone: string, reference: number): Parsed {
  const match = DATE_TIME.exec(normalise(text));
  if (!match) return { ok: false, rule: "format" };
  const [, day, month, year, hour, minute] = match;
  return build({ day: day!, month: month!, year, hour: hour!, minute: minute! }, zone, reference);
}

/** An end typed as a time ("17:00", on the start's day) or as a date and time. */
export function parseEnd(text: string, zone: string, start: number): Parsed {
  const time = TIME_ONLY.exec(normalise(text));
  if (!time) return parseDateTime(text, zone, start);
  const day = DateTime.fromMillis(start, { zone });
  return build({ day: String(day.day), month: String(day.month), year: String(day.year), hour: time[1]!, minute: time[2]! }, zone, start);
}

/**
 * A registration deadline typed as a date, with or without a time. A date alone means "through
 * that day": registration closes at its end, or at the start when the event begins that day.
 */
export function parseDeadline(text: string, zone: string, reference: number, start: number): Parsed {
  const date = DATE_ONLY.exec(normalise(text));
  if (!date) return parseDateTime(text, zone, reference);
  const parsed = build({ day: date[1]!, month: date[2]!, year: date[3], hour: "0", minute: "00" }, zone, reference);
  if (!parsed.ok) return parsed;
  const endOfDay = DateTime.fromMillis(parsed.at, { zone }).plus({ days: 1 }).toMillis();
  // A day after the start's stays after it, for the step to refuse.
  return { ok: true, at: parsed.at <= start ? Math.min(endOfDay, start) : endOfDay };
}

function normalise(text: string): string {
  return text.replace(/(\d)\s*г\.?(?=\s|,|$)/iu, "$1").replace(/\s+/g, " ").replace(/ ,/g, ",").trim();
}

function build(parts: { day: string; month: string; year: string | undefined; hour: string; minute: string }, zone: string, reference: number): Parsed {
  const day = Number(parts.day);
  const month = Number(parts.month);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  if (hour > 23 || minute > 59) return { ok: false, rule: "no-such-date" };
  let year: number;
  if (parts.year !== undefined) {
    year = Number(parts.year) + (parts.year.length === 2 ? 2000 : 0);
  } else {
    // No year: the next such day, this one included, counted from the reference day (29.02 may be years away).
    const today = DateTime.fromMillis(reference, { zone }).startOf("day");
    const next = [0, 1, 2, 3, 4].map((ahead) => today.year + ahead).find((candidate) => {
      const date = DateTime.fromObject({ year: candidate, month, day }, { zone });
      return date.isValid && date >= today;
    });
    if (next === undefined) return { ok: false, rule: "no-such-date" };
    year = next;
  }
  const at = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // Luxon refuses 31.02 and 29.02 of a common year instead of rolling them over.
  if (!at.isValid) return { ok: false, rule: "no-such-date" };
  return { ok: true, at: at.toMillis() };
}
