// Experience is stored as the year a person began teaching, so "young teacher" stops being true
// by itself as years pass, instead of being frozen at the number they once typed.

/** A teacher with less experience than this is a "young teacher" (молодой педагог). */
export const YOUNG_TEACHER_YEARS = 3;

const yearOf = (now: Date) => now.getUTCFullYear();

/** "I have taught 5 years", said now: began in this year. */
export function teachingSinceYear(years: number, now: Date): number {
  return yearOf(now) - years;
}

/** Whole years taught by now; null when never said. */
export function yearsTaught(teachingSince: number | null, now: Date): number | null {
  return teachingSince === null ? null : Math.max(0, yearOf(now) - teachingSince);
}

export function isYoungTeacher(teachingSince: number | null, now: Date): boolean {
  const years = yearsTaught(teachingSince, now);
  return years !== null && years < YOUNG_TEACHER_YEARS;
}

/** The earliest start year that still makes a young teacher now: for audience queries. */
export function youngSinceYear(now: Date): number {
  return yearOf(now) - YOUNG_TEACHER_YEARS + 1;
}
