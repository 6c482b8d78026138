import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { CompetencyArea } from "../plans/parser/types.ts";
import type { EventKind } from "./kinds.ts";
import { audienceRows, type Audience } from "../../core/audience.ts";

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
};

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const CAPACITY_MAX = 10_000;

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
  if (input.link !== null && !isWebLink(input.link)) throw new AppError("event-link");
  if (input.registrationDeadline !== null && input.registrationDeadline > input.startsAt) throw new AppError("event-deadline");
}

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
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
      createdById: opts.createdById,
      audience: { create: audienceRows(input.audience) },
      areas: { create: [...new Set(input.areas)].map((area) => ({ area })) },
    },
    select: { id: true },
  });
  return event.id;
}
