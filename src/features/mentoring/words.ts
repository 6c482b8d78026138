// How mentoring screens name things: subjects in the reader's language, people with their school,
// dates in the reader's zone. User text is escaped here, once.
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatDate } from "../../i18n/dates.ts";
import { isSubject } from "../profile/subjects.ts";

const NAME_MAX = 80;
/** A button's label stays on one line of a phone. */
const LABEL_MAX = 40;

/** A subject in words; "any subject" for none (a request that named none). */
export function subjectName(ctx: Context, subject: string | null): string {
  if (subject === null) return ctx.t("mentoring-any-subject");
  return isSubject(subject) ? ctx.t(`subject-${subject}`) : esc(subject);
}

export const subjectNames = (ctx: Context, subjects: readonly string[]) => subjects.map((subject) => subjectName(ctx, subject)).join(", ");

/** "Петрова Анна (МБОУ СОШ № 1)", escaped and cut to fit. */
export function personWords(person: { fullName: string | null; school: { name: string } | null } | null): string {
  const name = esc(cut(person?.fullName ?? "—", NAME_MAX));
  return person?.school ? `${name} (${esc(cut(person.school.name, NAME_MAX))})` : name;
}

export const dateWords = (ctx: Context, at: Date) => formatDate(at, ctx.member?.lang ?? "ru", ctx.member?.timezone ?? ctx.deps.config.defaultTimezone);

/**
 * `text` in at most `max` characters, "…" ending a cut one. Characters, not UTF-16 units: an emoji
 * in a name or topic is kept whole or left out, never halved (half of one is no text at all).
 */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}

/** A button's label with what people typed in it (names, topics): one line, short enough for a phone. */
export const labelOf = (text: string) => cut(text.replace(/\s+/g, " ").trim(), LABEL_MAX);
