import { esc } from "../../../bot/html.ts";
import type { MeasureKind } from "../../plans/parser/types.ts";
import { EVENT_KINDS, type EventKind } from "../kinds.ts";
import { type Audience } from "../../../core/audience.ts";
import { SUBJECTS } from "../../profile/subjects.ts";
import { formatSpan, formatWhen, type Translate } from "../../../i18n/dates.ts";

/**
 * Event kinds are a subset of the plan's measure kinds and share their names (`measure-kind-<kind>`,
 * as the teachers' event card shows them); the assignment below fails to compile if they part.
 */
export const SHARED_KINDS: readonly MeasureKind[] = EVENT_KINDS;

export function kindLabel(t: Translate, kind: EventKind): string {
  return t(`measure-kind-${kind}`);
}

/** A refusal of a change in the methodologist's words: a cancelled or begun event cannot change. */
export function changeRefusal(t: Translate, code: string): string {
  if (code === "event-cancelled") return t("event-manage-is-cancelled");
  if (code === "event-past") return t("event-manage-is-past");
  return t(`error-${code}`);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What an event card shows; times as epoch milliseconds. */
export type CardFields = {
  title: string;
  kind: EventKind;
  description: string;
  startsAt: number;
  endsAt: number;
  place: string | null;
  link: string | null;
  organiser: string;
  capacity: number | null;
  deadline: number | null;
};

/** The card as teachers will see it: user text escaped, times in words in `zone`. */
export function cardText(t: Translate, lang: string, zone: string, card: CardFields, extra: string[] = []): string {
  const lines = [
    `<b>${esc(card.title)}</b>`,
    `<i>${kindLabel(t, card.kind)}</i> · ${esc(card.organiser)}`,
    "",
    t("event-manage-line-when", { when: formatSpan(t, card.startsAt, card.endsAt, lang, zone) }),
    ...(card.place ? [t("event-manage-line-place", { place: esc(card.place) })] : []),
    ...(card.link ? [t("event-manage-line-link", { link: esc(card.link) })] : []),
    card.capacity === null ? t("event-manage-line-no-limit") : t("event-manage-line-capacity", { capacity: card.capacity }),
    card.deadline === null ? t("event-manage-line-until-start") : t("event-manage-line-deadline", { when: formatWhen(t, card.deadline, lang, zone) }),
    ...extra,
  ];
  if (card.description) lines.push("", esc(clip(card.description, 1500)));
  return lines.join("\n");
}

/** "все" or the conditions: "г. Омск; предметы: математика; только молодые педагоги". */
export function describeAudience(t: Translate, audience: Audience, municipalityName: string | null): string {
  const parts: string[] = [];
  if (audience.municipalityIds.length) parts.push(t("event-manage-audience-municipality", { name: esc(municipalityName ?? "—") }));
  if (audience.subjects.length) {
    const names = SUBJECTS.filter((subject) => audience.subjects.includes(subject)).map((subject) => t(`subject-${subject}`));
    parts.push(t("event-manage-audience-subjects", { subjects: names.join(", ") }));
  }
  if (audience.roles.length) parts.push(t("event-manage-audience-roles", { roles: audience.roles.map((role) => t(`role-${role}`)).join(", ") }));
  if (audience.youngOnly) parts.push(t("event-manage-audience-young"));
  return parts.length ? parts.join("; ") : t("event-manage-audience-everyone");
}
