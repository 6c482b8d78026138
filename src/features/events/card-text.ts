import { DateTime } from "luxon";
import { esc } from "../../bot/html.ts";
import { formatDateTime, timezoneKey, type Translate } from "../../i18n/dates.ts";
import { isEventLevel } from "./levels.ts";

/** What an event card shows: of a saved event, or of a methodologist's draft before it is saved. */
export type CardContent = {
  title: string;
  kind: string;
  organiser: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  capacity: number | null;
  seatsLeft: number | null;
  registrationDeadline: Date | null;
  /** A course's academic hours, shown for courses only. */
  hours: number | null;
  /** A contest's level, shown for contests only. */
  level: string | null;
};

/** Who reads the card: their language, their zone, and now (this year's dates go without the year). */
export type CardReader = { t: Translate; lang: string; zone: string; now: Date };

/** Telegram's limit for one message's text, counted without the HTML tags. */
export const MESSAGE_MAX = 4096;
/** The card shows this much of a description; the rest is one tap away ("read the full description"). */
const DESCRIPTION_ON_CARD = 1000;
/** A longer link is shown cut, still opening the whole address. */
const LINK_ON_CARD = 1000;
/** Below this much room a cut description says too little to be worth showing. */
const DESCRIPTION_MIN = 40;

function zoneName(reader: CardReader): string {
  const label = reader.t(timezoneKey(reader.zone));
  return label === timezoneKey(reader.zone) ? reader.zone : label;
}

/** "четверг, 5 декабря, 15:00 (Омск)" in the reader's zone and language. */
export function whenText(reader: CardReader, date: Date): string {
  return `${formatDateTime(date, reader.lang, reader.zone, reader.now)} (${zoneName(reader)})`;
}

/** "четверг, 5 декабря, 15:00–17:00 (Омск)"; an event over several days names both days in full. */
export function spanText(reader: CardReader, start: Date, end: Date): string {
  const from = formatDateTime(start, reader.lang, reader.zone, reader.now);
  const endMoment = DateTime.fromJSDate(end, { zone: reader.zone });
  const span = endMoment.hasSame(DateTime.fromJSDate(start, { zone: reader.zone }), "day")
    ? `${from}–${endMoment.toFormat("HH:mm")}`
    : `${from} – ${formatDateTime(end, reader.lang, reader.zone, reader.now)}`;
  return `${span} (${zoneName(reader)})`;
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Counted in UTF-16 units, as Telegram counts its limits, but never half of an emoji.
  const kept = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

/** How long Telegram counts an HTML text: tags do not count, an entity is one character. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, "").replace(/&(?:lt|gt|amp|quot|#\d+);/g, "x").length;
}

/** A link as HTML: in full up to `max` characters, longer ones cut on screen but whole behind the tap. */
export function linkHtml(link: string, max: number): string {
  if (link.length <= max) return esc(link);
  return `<a href="${esc(link).replace(/"/g, "&quot;")}">${esc(clip(link, max))}</a>`;
}

/**
 * The event card as teachers see it; the methodologist's preview is the same text. Every field
 * people typed is escaped here, so a field added later cannot reach the HTML raw.
 * - `showLink`: the link itself (to those signed up, and in the preview); otherwise, while
 *   sign-up is open, a line saying it comes with the seat.
 * - `signUpOpen`: seats and the deadline are shown only while one can still sign up;
 *   `offerWaitlist`: a full event says the waiting list is open (to those not signed up).
 * - `notes` are the caller's own lines (localized HTML), each a paragraph after the card.
 * The description gets the room left under Telegram's limit, at most DESCRIPTION_ON_CARD
 * characters; `descriptionCut` says the rest should be offered.
 */
export function cardView(
  reader: CardReader,
  card: CardContent,
  opts: { showLink: boolean; signUpOpen: boolean; offerWaitlist?: boolean; notes?: string[] },
): { text: string; descriptionCut: boolean } {
  const { t } = reader;
  const lines = [
    `<b>${esc(clip(card.title, 300))}</b>`,
    `${t(`measure-kind-${card.kind}`)} · ${esc(clip(card.organiser, 200))}`,
    "",
    t("event-card-when", { when: spanText(reader, card.startsAt, card.endsAt) }),
  ];
  if (card.kind === "course" && card.hours !== null) lines.push(t("event-card-hours", { hours: card.hours }));
  if (card.kind === "contest" && isEventLevel(card.level)) lines.push(t("event-card-level", { level: card.level }));
  if (card.place) lines.push(t("event-card-place", { place: esc(clip(card.place, 300)) }));
  if (card.link && opts.showLink) lines.push(t("event-card-link", { link: linkHtml(card.link, LINK_ON_CARD) }));
  else if (card.link && opts.signUpOpen) lines.push(t("event-card-link-after"));
  if (opts.signUpOpen) {
    if (card.seatsLeft === null) lines.push(t("event-card-no-limit"));
    else if (card.seatsLeft === 0) lines.push(t(opts.offerWaitlist ? "event-card-seats-none-waitlist" : "event-card-seats-none"));
    else lines.push(t("event-card-seats", { left: card.seatsLeft, capacity: card.capacity ?? 0 }));
    if (card.registrationDeadline) lines.push(t("event-card-deadline", { when: whenText(reader, card.registrationDeadline) }));
  }
  const notes = (opts.notes ?? []).flatMap((note) => ["", note]);
  const withoutDescription = [...lines, ...notes].join("\n");
  if (!card.description) return { text: withoutDescription, descriptionCut: false };
  const room = Math.min(DESCRIPTION_ON_CARD, MESSAGE_MAX - visibleLength(withoutDescription) - 2);
  if (room < DESCRIPTION_MIN) return { text: withoutDescription, descriptionCut: true };
  const description = clip(card.description, room);
  return { text: [...lines, "", esc(description), ...notes].join("\n"), descriptionCut: description !== card.description };
}

/** The card's text alone (the methodologist's preview: sign-up open, the link shown). */
export function cardText(reader: CardReader, card: CardContent, opts: { showLink: boolean; notes?: string[] }): string {
  return cardView(reader, card, { ...opts, signUpOpen: true }).text;
}
