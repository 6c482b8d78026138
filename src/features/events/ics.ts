import { createEvent, type DateArray } from "ics";

const utcParts = (date: Date): DateArray => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];

/**
 * The event as an .ics calendar file. Times are given and written in UTC, so any calendar shows
 * them in its owner's zone; the join link goes in only for people who are registered.
 */
export function eventIcs(event: {
  id: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  organiser: string;
}, opts: { includeLink: boolean }): string {
  const link = opts.includeLink ? event.link : null;
  const { error, value } = createEvent({
    uid: `${event.id}@events.profrost`,
    title: event.title,
    description: [event.description, link].filter(Boolean).join("\n\n") || undefined,
    start: utcParts(event.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(event.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: event.place ?? link ?? undefined,
    url: link ?? undefined,
    organizer: { name: event.organiser },
    productId: "profrost/ics",
  });
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return value;
}
