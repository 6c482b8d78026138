/** How plans read on a phone: text cut to fit, dates in words, the line that says whose plan it is. */
import { formatDate, type Translate } from "../../i18n/dates.ts";
import type { DateSpan } from "./parser/types.ts";

/** At most `max` characters, "…" marking a cut; never halves an emoji (a surrogate pair). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Plan and measure dates are calendar days, stored as UTC midnight: read them in UTC. */
export const dayInWords = (date: Date, lang: string): string => formatDate(date, lang, "UTC");

/** "24 апреля 2018" or "1 марта 2021 – 30 апреля 2021". */
export function spanInWords(span: { start: Date; end: Date }, lang: string): string {
  const start = dayInWords(span.start, lang);
  return span.start.getTime() === span.end.getTime() ? start : `${start} – ${dayInWords(span.end, lang)}`;
}

/** The first `shown` spans in words, then "and N more". */
export function spansInWords(t: Translate, spans: readonly { start: Date; end: Date }[], lang: string, shown: number): string {
  const words = spans.slice(0, shown).map((span) => spanInWords(span, lang));
  if (spans.length > shown) words.push(t("plans-more-dates", { count: spans.length - shown }));
  return words.join("; ");
}

/** "Министерство образования Омской области · № 1620 · 24 апреля 2018": who issued the plan, and when. */
export function sourceInWords(plan: { issuer: string | null; number: string | null; date: string | null }, lang: string): string {
  return [plan.issuer && cut(plan.issuer, 200), plan.number && `№ ${cut(plan.number, 30)}`, plan.date && dayInWords(utcDay(plan.date), lang)]
    .filter(Boolean)
    .join(" · ");
}
