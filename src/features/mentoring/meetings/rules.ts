// What a meeting's date, topic and note must be: checked by the questions as they are answered
// and again by the services that save them.

export const TOPIC_MAX = 200;
export const NOTE_MAX = 500;
/** A meeting is planned at most a year ahead: a mistyped year ("2062") is caught, not saved. */
export const AHEAD_MAX_DAYS = 366;

const DAY = 24 * 60 * 60_000;

/** Why a typed start is refused; null when it will do. */
export type StartRule = "past" | "too-far";

export function checkStart(at: Date, now: Date): StartRule | null {
  if (at <= now) return "past";
  if (at.getTime() - now.getTime() > AHEAD_MAX_DAYS * DAY) return "too-far";
  return null;
}

/** Trimmed text of 1 to `max` characters, or null. */
function fitted(text: string, max: number): string | null {
  const trimmed = text.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : null;
}

export const checkTopic = (text: string) => fitted(text, TOPIC_MAX);
export const checkNote = (text: string) => fitted(text, NOTE_MAX);
