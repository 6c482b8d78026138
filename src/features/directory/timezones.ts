type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Zones of Russia an admin is likely to need, west to east. */
export const TIMEZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
];

/** The zone's city in the admin's language; a zone outside the list (from a CSV import) as IANA spells it. */
export function timezoneLabel(t: Translate, zone: string): string {
  return TIMEZONES.includes(zone) ? t(`timezone-${zone.replace("/", "-").toLowerCase()}`) : zone;
}
