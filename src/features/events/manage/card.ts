import { esc } from "../../../bot/html.ts";
import type { MeasureKind } from "../../plans/parser/types.ts";
import { EVENT_KINDS, type EventKind } from "../kinds.ts";
import { isEventLevel } from "../levels.ts";
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
export function changeRefusal(t: Translate, code: string, details: Record<string, string | number> = {}): string {
  if (code === "event-cancelled") return t("event-manage-is-cancelled");
  if (code === "event-past") return t("event-manage-is-past");
  return t(`error-${code}`, details);
}

export type ManagedEventFields = {
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  organiser: string;
  capacity: number | null;
  registrationDeadline: Date | null;
  cancelledAt: Date | null;
  hours: number | null;
  level: string | null;
};

/**
 * A course's hours and a contest's level as the methodologist sees them: stated, or a reminder
 * that they are not (reports count a course's hours and a contest's level).
 */
function hoursAndLevel(t: Translate, event: ManagedEventFields): string[] {
  if (event.kind === "course") return [event.hours === null ? t("event-manage-line-no-hours") : t("event-card-hours", { hours: event.hours })];
  if (event.kind !== "contest") return [];
  return [isEventLevel(event.level) ? t("event-card-level", { level: event.level }) : t("event-manage-line-no-level")];
}

/**
 * A saved event as its methodologist manages it, not the teachers' card (that is ../card-text.ts):
 * the end, the link and the capacity in full, no description; user text escaped.
 */
export function managedEventText(t: Translate, lang: string, zone: string, event: ManagedEventFields, extra: string[]): string {
  return [
    `<b>${esc(event.title)}</b>`,
    `<i>${kindLabel(t, event.kind)}</i> · ${esc(event.organiser)}`,
    "",
    t("event-manage-line-when", { when: formatSpan(t, event.startsAt, event.endsAt, lang, zone) }),
    ...(event.place ? [t("event-manage-line-place", { place: esc(event.place) })] : []),
    ...(event.link ? [t("event-manage-line-link", { link: esc(event.link) })] : []),
    ...hoursAndLevel(t, event),
    // A cancelled event takes nobody: no seats, no registration to speak of.
    ...(event.cancelledAt ? [] : [
      event.capacity === null ? t("event-manage-line-no-limit") : t("event-manage-line-capacity", { capacity: event.capacity }),
      event.registrationDeadline === null
        ? t("event-manage-line-until-start")
        : t("event-manage-line-deadline", { when: formatWhen(t, event.registrationDeadline, lang, zone) }),
    ]),
    ...extra,
  ].join("\n");
}

/**
 * "все" or the conditions: "г. Омск; предметы: математика; только молодые педагоги". `place` names
 * the municipality or school the audience is limited to.
 */
export function describeAudience(t: Translate, audience: Audience, place: string | null): string {
  const parts: string[] = [];
  if (audience.municipalityIds.length || audience.schoolIds.length) parts.push(t("event-manage-audience-municipality", { name: esc(place ?? "—") }));
  if (audience.subjects.length) {
    const names = SUBJECTS.filter((subject) => audience.subjects.includes(subject)).map((subject) => t(`subject-${subject}`));
    parts.push(t("event-manage-audience-subjects", { subjects: names.join(", ") }));
  }
  if (audience.roles.length) parts.push(t("event-manage-audience-roles", { roles: audience.roles.map((role) => t(`role-${role}`)).join(", ") }));
  if (audience.youngOnly) parts.push(t("event-manage-audience-young"));
  return parts.length ? parts.join("; ") : t("event-manage-audience-everyone");
}
