import { DateTime } from "luxon";

/** "5 декабря 2026" / "5 December 2026": dates in words, in the given zone. */
export function formatDate(date: Date, lang: string, zone = "Asia/Omsk"): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(lang).toFormat("d MMMM yyyy");
}

/** "четверг, 5 декабря, 15:00" / "Thursday, 5 December, 15:00"; the year only when it is not this one. */
export function formatDateTime(date: Date, lang: string, zone: string, now: Date): string {
  const moment = DateTime.fromJSDate(date, { zone }).setLocale(lang);
  const sameYear = moment.year === DateTime.fromJSDate(now, { zone }).year;
  return moment.toFormat(sameYear ? "cccc, d MMMM, HH:mm" : "cccc, d MMMM yyyy, HH:mm");
}

/** The locale key naming a time zone ("timezone-asia-omsk"), as the directory offers them. */
export function timezoneKey(zone: string): string {
  return `timezone-${zone.replace("/", "-").toLowerCase()}`;
}

/** A translate function, as `ctx.t`, `flow.t` or `i18n.fluent.withLocale(lang)` give it. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The name of a zone in the person's language ("Омск"); the IANA id when the locale has none. */
export function zoneLabel(t: Translate, zone: string): string {
  const label = t(timezoneKey(zone));
  return label.startsWith("{") ? zone : label;
}

/** "четверг, 5 декабря 2026, 15:00 (Омск)" / "Thursday, 5 December 2026, 15:00 (Omsk)". */
export function formatWhen(t: Translate, at: Date | number, lang: string, zone: string): string {
  return `${moment(at, lang, zone).toFormat("cccc, d MMMM yyyy, HH:mm")} (${zoneLabel(t, zone)})`;
}

/** The start and end: "…, 15:00–17:00 (Омск)" on one day, both in full otherwise. */
export function formatSpan(t: Translate, start: Date | number, end: Date | number, lang: string, zone: string): string {
  const from = moment(start, lang, zone);
  const to = moment(end, lang, zone);
  if (from.hasSame(to, "day")) return `${from.toFormat("cccc, d MMMM yyyy, HH:mm")}–${to.toFormat("HH:mm")} (${zoneLabel(t, zone)})`;
  return `${from.toFormat("cccc, d MMMM yyyy, HH:mm")} – ${to.toFormat("cccc, d MMMM yyyy, HH:mm")} (${zoneLabel(t, zone)})`;
}

/** "05.12.2026 15:00": how the person would type it, for examples and suggestions. */
export function typedForm(at: Date | number, zone: string): string {
  return moment(at, "en", zone).toFormat("dd.MM.yyyy HH:mm");
}

function moment(at: Date | number, lang: string, zone: string): DateTime {
  const base = typeof at === "number" ? DateTime.fromMillis(at, { zone }) : DateTime.fromJSDate(at, { zone });
  return base.setLocale(lang);
}
