import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { CompetencyArea } from "../plans/parser/types.ts";
import type { EventKind } from "./kinds.ts";
import { audienceRows, type Audience } from "../../core/audience.ts";
import type { EventLevel } from "./levels.ts";
import { isHours } from "./manage/hours.ts";

export type EventInput = {
  title: string;
  kind: EventKind;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  organiser: string;
  capacity: number | null;
  registrationDeadline: Date | null;
  audience: Audience;
  areas: CompetencyArea[];
  measureId: number | null;
  /** A course's academic hours; kept for courses only. */
  hours?: number | null;
  /** A contest's level; kept for contests only. */
  level?: EventLevel | null;
};

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const CAPACITY_MAX = 10_000;
/** Real meeting links are a few hundred characters; a longer one would not fit a card or a notice. */
export const LINK_MAX = 1000;

/** The event rules, each a code the flows show with the rule it broke. */
export function checkEvent(input: EventInput, now: Date): void {
  const title = input.title.trim();
  if (title.length < 3 || title.length > TITLE_MAX) throw new AppError("event-title");
  if (input.description.length > DESCRIPTION_MAX) throw new AppError("event-description");
  if (input.startsAt <= now) throw new AppError("event-start-past");
  if (input.endsAt <= input.startsAt) throw new AppError("event-end-before-start");
  if (input.capacity !== null && (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > CAPACITY_MAX)) {
    throw new AppError("event-capacity");
  }
  if (input.link !== null && input.link.length > LINK_MAX) throw new AppError("event-link-long");
  if (input.link !== null && !isWebLink(input.link)) throw new AppError("event-link");
  if (input.registrationDeadline !== null && input.registrationDeadline > input.startsAt) throw new AppError("event-deadline");
  if (input.hours != null && !isHours(input.hours)) throw new AppError("event-hours");
}

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** "zoom.us/j/123", "meet.google.com/abc-defg": a host name with a Latin top-level domain, and no scheme. */
const BARE_HOST = /^(?:[\p{L}\d-]+\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/**
 * What a person typed as a link, as the link to store: with a scheme as typed, a bare host
 * ("zoom.us/j/123", "www.example.org") with https:// put in front; null when it is no link
 * (an address: "ул. Ленина, 5", "г.Омск").
 */
export function asWebLink(text: string): string | null {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  return BARE_HOST.test(trimmed) ? `https://${trimmed}` : null;
}

export async function createEvent(db: Db, input: EventInput, opts: { createdById: number | null; now: Date }): Promise<number> {
  checkEvent(input, opts.now);
  const event = await db.event.create({
    data: {
      title: input.title.trim(),
      kind: input.kind,
      description: input.description.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      link: input.link,
      organiser: input.organiser.trim(),
      capacity: input.capacity,
      registrationDeadline: input.registrationDeadline,
      measureId: input.measureId,
      hours: input.kind === "course" ? input.hours ?? null : null,
      level: input.kind === "contest" ? input.level ?? null : null,
      createdById: opts.createdById,
      audience: { create: audienceRows(input.audience) },
      areas: { create: [...new Set(input.areas)].map((area) => ({ area })) },
    },
    select: { id: true },
  });
  return event.id;
}
