// Words shared by the meetings' screens and questions: a moment in the reader's zone, and why
// something was refused.
import { DateTime } from "luxon";
import { formatDateTime, zoneLabel, type Translate } from "../../../i18n/dates.ts";
import type { Refusal } from "./access.ts";
import { AHEAD_MAX_DAYS, NOTE_MAX, TOPIC_MAX } from "./rules.ts";

/** "четверг, 5 декабря, 15:00 (Омск)": the year only when it is not this one. */
export function whenText(t: Translate, at: Date | number, reader: { lang: string; zone: string }, now: Date): string {
  return `${formatDateTime(new Date(at), reader.lang, reader.zone, now)} (${zoneLabel(t, reader.zone)})`;
}

/** "05.12 15:00", for a button. */
export function shortWhen(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("dd.MM HH:mm");
}

/** Whole calendar days in the zone from `from`'s day to `to`'s. */
export function daysBetween(from: Date, to: Date, zone: string): number {
  const day = (at: Date) => DateTime.fromJSDate(at, { zone }).startOf("day");
  return Math.max(0, Math.round(day(to).diff(day(from), "days").days));
}

const REFUSAL_KEYS: Record<Refusal, string> = {
  "not-found": "error-not-found",
  "not-allowed": "error-not-allowed",
  "pair-inactive": "meetings-refused-pair-inactive",
  started: "meetings-refused-started",
  "not-started": "meetings-refused-not-started",
  "already-held": "meetings-refused-already-held",
  "not-held": "meetings-refused-not-held",
  "not-shared": "meetings-refused-not-shared",
  "no-route": "meetings-refused-no-route",
  past: "meetings-rule-past",
  "too-far": "meetings-rule-too-far",
  topic: "meetings-rule-topic",
  note: "meetings-rule-note",
};

export function refusalText(t: Translate, refusal: Refusal): string {
  return t(REFUSAL_KEYS[refusal], { topicMax: TOPIC_MAX, noteMax: NOTE_MAX, aheadDays: AHEAD_MAX_DAYS });
}
