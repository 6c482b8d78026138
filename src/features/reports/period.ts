// Reports go by half-years: coordinators report "до 20 июня и до 20 декабря", each time for the
// half-year that ends then. A half-year is written in buttons as YYYYH (20262: July–December 2026)
// and its days are the region's (the bot's default zone).
import { DateTime } from "luxon";

export type HalfYear = { year: number; half: 1 | 2 };

export type Period = HalfYear & {
  /** The first moment of the half-year. */
  from: Date;
  /** The first moment after it. */
  until: Date;
};

export function periodOf(half: HalfYear, zone: string): Period {
  const start = DateTime.fromObject({ year: half.year, month: half.half === 1 ? 1 : 7, day: 1 }, { zone });
  return { ...half, from: start.toJSDate(), until: start.plus({ months: 6 }).toJSDate() };
}

/** The half-year a moment falls in, in the zone. */
export function halfYearOf(at: Date, zone: string): HalfYear {
  const local = DateTime.fromJSDate(at, { zone });
  return { year: local.year, half: local.month <= 6 ? 1 : 2 };
}

export function shiftHalfYear(half: HalfYear, by: number): HalfYear {
  const index = half.year * 2 + (half.half - 1) + by;
  return { year: Math.floor(index / 2), half: ((index % 2) + 1) as 1 | 2 };
}

export const halfYearCode = (half: HalfYear) => half.year * 10 + half.half;

/** Null for a code no half-year has (a forged button). */
export function halfYearFromCode(code: number): HalfYear | null {
  const year = Math.floor(code / 10);
  const half = code % 10;
  if ((half !== 1 && half !== 2) || year < 2000 || year > 2100) return null;
  return { year, half };
}

/** The moment a half-year's figures are taken at: its end, or now while it runs. */
export function asOf(period: Period, now: Date): Date {
  return now < period.until ? now : new Date(period.until.getTime() - 1);
}
