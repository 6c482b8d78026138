import { createEvent, type DateArray } from "ics";

const utcParts = (date: Date): DateArray => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];

/** The calendar reminds this long before the start. */
const REMINDER_MINUTES = 60;

/** The file's words in the reader's language: the organiser line and the reminder's text. */
export type IcsLabels = { organiser: string; reminder: string };

/**
 * The event as an .ics calendar file. Times are given and written in UTC, so any calendar shows
 * them in its owner's zone; the join link goes in only for people who are registered. The
 * organiser is a name without an address, and ORGANIZER must hold one (strict calendars refuse
 * the file otherwise), so the name goes into the description instead. A display alarm reminds an
 * hour before.
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
}, opts: { includeLink: boolean; labels: IcsLabels }): string {
  const link = opts.includeLink ? event.link : null;
  const { error, value } = createEvent({
    uid: `${event.id}@events.profrost`,
    title: event.title,
    description: [opts.labels.organiser, event.description, link].filter(Boolean).join("\n\n"),
    start: utcParts(event.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(event.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: event.place ?? link ?? undefined,
    url: link ?? undefined,
    alarms: [{ action: "display", description: opts.labels.reminder, trigger: { minutes: REMINDER_MINUTES, before: true } }],
    productId: "profrost/ics",
  });
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return foldByOctets(value);
}

/** RFC 5545 (3.1): a content line is folded before 75 octets. */
const MAX_LINE_OCTETS = 75;

/**
 * The library folds at 75 characters, and a Cyrillic character takes two octets: unfolds its
 * lines and folds them again by octets, never inside a character.
 */
export function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map((line) => {
    const parts: string[] = [];
    let part = "";
    let octets = 0;
    for (const char of line) {
      const size = Buffer.byteLength(char);
      // Each continuation line starts with a space, which counts.
      if (octets + size > MAX_LINE_OCTETS - (parts.length ? 1 : 0)) {
        parts.push(part);
        part = "";
        octets = 0;
      }
      part += char;
      octets += size;
    }
    parts.push(part);
    return parts.join("\r\n ");
  }).join("\r\n");
}
