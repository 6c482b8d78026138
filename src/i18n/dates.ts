import { DateTime } from "luxon";

/** "5 декабря 2026" / "5 December 2026": dates in words, in the given zone. */
export function formatDate(date: Date, lang: string, zone = "Asia/Omsk"): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(lang).toFormat("d MMMM yyyy");
}
