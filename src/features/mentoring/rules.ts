// Who may mentor, what a pair's statuses mean, and the limits of what people type. Pure, so the
// questions, the services and the tests check the same rules.
import { yearsTaught } from "../../core/teaching.ts";

/**
 * Mentors have taught at least this many years. Regional regulations on mentoring
 * (положения о наставничестве) ask for five years or more as a rule, and it keeps a gap after the
 * young teachers' three, so a mentor is never a peer of their mentee.
 */
export const MENTOR_MIN_YEARS = 5;

/** How many mentees one mentor may take: a working teacher rarely guides more. */
export const CAPACITY_MAX = 10;
export const NOTE_MAX = 300;
export const REASON_MAX = 500;

type PairStatus = "proposed" | "requested" | "active" | "ended" | "declined";

/** A young teacher has at most one pair in these as mentee. */
export const OPEN_AS_MENTEE: PairStatus[] = ["proposed", "requested", "active"];
/** Pairs that take one of a mentor's places (a request has no mentor yet). */
export const TAKES_A_PLACE: PairStatus[] = ["proposed", "active"];

export function mayMentor(teachingSince: number | null, now: Date): boolean {
  return (yearsTaught(teachingSince, now) ?? 0) >= MENTOR_MIN_YEARS;
}

export const isCapacity = (value: number) => Number.isInteger(value) && value >= 1 && value <= CAPACITY_MAX;

/** A capacity typed instead of tapped ("3", " 10 "); null for anything else. */
export function typedCapacity(text: string): number | null {
  const digits = /^\s*(\d{1,3})\s*$/.exec(text)?.[1];
  return digits !== undefined && isCapacity(Number(digits)) ? Number(digits) : null;
}

/**
 * Why a coordinator declines a young teacher's request: the reasons they give most, as buttons,
 * so the young teacher reads the reason in their own language. Each has its locale key.
 */
export const DECLINE_REASONS = {
  "no-mentor": "mentoring-decline-reason-no-mentor",
  school: "mentoring-decline-reason-school",
  profile: "mentoring-decline-reason-profile",
  talk: "mentoring-decline-reason-talk",
} as const;
export type DeclineReason = keyof typeof DECLINE_REASONS;
export const DECLINE_REASON_CODES = Object.keys(DECLINE_REASONS) as DeclineReason[];

/** Spaces collapsed; null when empty or longer than `max`. */
function cleanText(raw: string, max: number): string | null {
  const value = raw.replace(/\s+/g, " ").trim();
  return value.length >= 1 && value.length <= max ? value : null;
}

/** The mentor's note to coordinators: 1 to 300 characters. */
export const cleanNote = (raw: string) => cleanText(raw, NOTE_MAX);

/** Why a pair ends: 1 to 500 characters. */
export const cleanReason = (raw: string) => cleanText(raw, REASON_MAX);
