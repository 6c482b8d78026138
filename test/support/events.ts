import type { Db } from "../../src/db/client.ts";
import { createEvent, type EventInput } from "../../src/features/events/create-event.ts";
import { EVERYONE } from "../../src/core/audience.ts";

const HOUR = 3_600_000;

/** An event a week from now, open to everyone, unless told otherwise. */
export async function makeEvent(db: Db, overrides: Partial<EventInput> = {}, now = new Date()): Promise<number> {
  const startsAt = overrides.startsAt ?? new Date(now.getTime() + 7 * 24 * HOUR);
  return createEvent(
    db,
    {
      title: "Вебинар по функциональной грамотности",
      kind: "webinar",
      description: "",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      place: null,
      link: "https://meet.example.org/fg",
      organiser: "ИРООО",
      capacity: null,
      registrationDeadline: null,
      audience: EVERYONE,
      areas: [],
      measureId: null,
      ...overrides,
    },
    { createdById: null, now },
  );
}
