/**
 * The academic hours of a course: attendees' training counts them. Plans usually write them in
 * the measure's title or form ("(72 ч.)", "36 часов", "в объеме 16 ак. ч."), so an event made
 * from a measure starts with them.
 */

export const HOURS_MIN = 1;
export const HOURS_MAX = 2000;

export function isHours(value: number): boolean {
  return Number.isInteger(value) && value >= HOURS_MIN && value <= HOURS_MAX;
}

/** "72", " 72 ч.", "72 часа": the number an organiser typed, or null for other text or out of range. */
export function parseHours(text: string): number | null {
  const match = /^(\d{1,4})\s*(?:ч\.?|час(?:а|ов)?|h|hrs?|hours?)?$/iu.exec(text.trim());
  const value = match ? Number(match[1]) : NaN;
  return isHours(value) ? value : null;
}

/**
 * A number of hours written in a text, the first one: digits, then "ч", "ч.", "час", "часа",
 * "часов", "-часовой", maybe with "академических" / "ак." between. A number that is part of a
 * longer one, or followed by another word ("10 человек"), is not hours.
 */
const HOURS_IN_TEXT = /(?<![\d.,])(\d{1,4})\s*-?\s*(?:(?:академических|академ\.|акад\.|ак\.)\s*)?(?:час(?:ов(?:ой|ая|ую|ого|ые|ых)?|а)?|ч)(?![а-яё])/iu;

export function hoursFromWords(text: string): number | null {
  const match = HOURS_IN_TEXT.exec(text);
  const value = match ? Number(match[1]) : NaN;
  return isHours(value) ? value : null;
}

/** The hours a plan measure states, in its title or else its form; null when it states none. */
export function proposedHours(measure: { title: string; form: string | null }): number | null {
  return hoursFromWords(measure.title) ?? (measure.form ? hoursFromWords(measure.form) : null);
}
