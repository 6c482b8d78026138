// How mentoring screens name things: subjects in the reader's language, people with their school,
// dates in the reader's zone. User text is escaped here, once.
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatDate } from "../../i18n/dates.ts";
import { clip } from "../events/card-text.ts";
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
  const name = esc(clip(person?.fullName ?? "—", NAME_MAX));
  return person?.school ? `${name} (${esc(clip(person.school.name, NAME_MAX))})` : name;
}

export const dateWords = (ctx: Context, at: Date) => formatDate(at, ctx.member?.lang ?? "ru", ctx.member?.timezone ?? ctx.deps.config.defaultTimezone);

export const labelOf = (text: string) => clip(text, LABEL_MAX);
