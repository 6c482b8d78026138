import { DateTime } from "luxon";

/** "5 декабря 2026" / "5 December 2026": dates in words, in the given zone. */
export function formatDate(date: Date, lang: string, zone = "Asia/Omsk"): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(lang).toFormat("d MMMM yyyy");
}

/** "четверг, 5 декабря, 15:00" / "Thursday, 5 December, 15:00"; the year only when it is not this one. */
export function formatDateTime(date: Date, lang: string, zone: string, now = new Date()): string {
  const moment = DateTime.fromJSDate(date, { zone }).setLocale(lang);
  const sameYear = moment.year === DateTime.fromJSDate(now, { zone }).year;
  return moment.toFormat(sameYear ? "cccc, d MMMM, HH:mm" : "cccc, d MMMM yyyy, HH:mm");
}

/** The locale key naming a time zone ("timezone-asia-omsk"), as the directory offers them. */
export function timezoneKey(zone: string): string {
  return `timezone-${zone.replace("/", "-").toLowerCase()}`;
}
