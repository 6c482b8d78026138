import { esc } from "../../bot/html.ts";
import { formatDateTime, timezoneKey, type Translate } from "../../i18n/dates.ts";

/** What an event card shows: of a saved event, or of a methodologist's draft before it is saved. */
export type CardContent = {
  title: string;
  kind: string;
  organiser: string;
  description: string;
  startsAt: Date;
  place: string | null;
  link: string | null;
  capacity: number | null;
  seatsLeft: number | null;
  registrationDeadline: Date | null;
};

/** Who reads the card: their language, their zone, and now (this year's dates go without the year). */
export type CardReader = { t: Translate; lang: string; zone: string; now: Date };

/** "четверг, 5 декабря, 15:00 (Омск)" in the reader's zone and language. */
export function whenText(reader: CardReader, date: Date): string {
  const label = reader.t(timezoneKey(reader.zone));
  return `${formatDateTime(date, reader.lang, reader.zone, reader.now)} (${label === timezoneKey(reader.zone) ? reader.zone : label})`;
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The event card as teachers see it; the methodologist's preview is the same text. Every field
 * people typed is escaped here, so a field added later cannot reach the HTML raw. `showLink`: the
 * link itself (to those signed up, and in the preview) or a line saying it comes with the seat.
 * `notes` are the caller's own lines (localized HTML), each a paragraph after the card.
 */
export function cardText(reader: CardReader, card: CardContent, opts: { showLink: boolean; notes?: string[] }): string {
  const { t } = reader;
  const lines = [
    `<b>${esc(card.title)}</b>`,
    `${t(`measure-kind-${card.kind}`)} · ${esc(card.organiser)}`,
    "",
    t("event-card-when", { when: whenText(reader, card.startsAt) }),
  ];
  if (card.place) lines.push(t("event-card-place", { place: esc(card.place) }));
  if (card.link) lines.push(opts.showLink ? t("event-card-link", { link: esc(card.link) }) : t("event-card-link-after"));
  lines.push(card.seatsLeft === null ? t("event-card-no-limit") : t("event-card-seats", { left: card.seatsLeft, capacity: card.capacity ?? 0 }));
  if (card.registrationDeadline) lines.push(t("event-card-deadline", { when: whenText(reader, card.registrationDeadline) }));
  if (card.description) lines.push("", esc(clip(card.description, 1500)));
  for (const note of opts.notes ?? []) lines.push("", note);
  return lines.join("\n");
}
