import { AppError } from "../../errors.ts";

const MAX_NAME_LENGTH = 200;

/** Trims and collapses whitespace, so "  СОШ  № 1 " and "СОШ № 1" are the same name. */
export function normalizeName(raw: string): string {
  return raw.replace(/\s+/g, " ").trim();
}

/** Takes a normalized name; digits or punctuation alone do not name a place or a school. */
export function isValidName(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_NAME_LENGTH && /\p{L}/u.test(name);
}

/** The normalized name, or AppError("invalid-name"). */
export function cleanName(raw: string): string {
  const name = normalizeName(raw);
  if (!isValidName(name)) throw new AppError("invalid-name", { name });
  return name;
}

/** The IANA spelling of a zone Intl knows ("asia/omsk" → "Asia/Omsk"), or AppError("invalid-timezone"). */
export function canonicalTimezone(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new AppError("invalid-timezone", { timezone: zone });
  }
}

/**
 * What makes two names the same entry: people type «», "" or none at all, ё or е, any case and
 * any spacing for the same school. Folded here, in JS: SQLite's lower() leaves Cyrillic alone.
 */
export function nameKey(text: string): string {
  return normalizeName(text.toLowerCase().replaceAll("ё", "е").replace(/[«»"“”„]/g, " "));
}

/** Items whose name contains the query, ignoring case, ё/е, quotes and repeated spaces. */
export function filterByName<T extends { name: string }>(items: T[], query: string): T[] {
  const key = nameKey(query);
  return items.filter((item) => nameKey(item.name).includes(key));
}
