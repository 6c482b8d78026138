// What a teacher may enter about a course taken outside the bot; pure, so the questions and the
// service check the same rules. Days are calendar days, "YYYY-MM-DD", compared as text.
import { DateTime } from "luxon";

export const TEXT_MAX = 300;
export const HOURS_MAX = 2000;
export const NUMBER_MAX = 100;
/** Older certificates no longer count for anything; earlier dates are typing mistakes. */
export const EARLIEST_DAY = "1990-01-01";
export const CERTIFICATE_MAX_MB = 10;
const CERTIFICATE_MAX_BYTES = CERTIFICATE_MAX_MB * 1024 * 1024;
const CERTIFICATE_TYPES = ["image/jpeg", "image/png", "application/pdf"];

export type TrainingRule =
  | "title"
  | "provider"
  | "hours"
  | "dates-format"
  | "dates-no-such-day"
  | "dates-order"
  | "dates-future"
  | "dates-too-early"
  | "number"
  | "file-type"
  | "file-size";

export type Check<T> = { ok: true; value: T } | { ok: false; rule: TrainingRule };

export type Days = { startsOn: string; endsOn: string };

/** A record as the teacher entered it, before it is stored. */
export type TrainingInput = Days & {
  title: string;
  provider: string;
  hours: number;
  certificateNumber: string | null;
  certificateFileId: string | null;
};

/** Today in the person's zone, as a day. */
export function todayIn(now: Date | number, zone: string): string {
  return (typeof now === "number" ? DateTime.fromMillis(now, { zone }) : DateTime.fromJSDate(now, { zone })).toISODate()!;
}

/** A title or a provider: spaces collapsed, 1 to 300 characters. */
export function checkText(raw: string, rule: "title" | "provider"): Check<string> {
  const value = raw.replace(/\s+/g, " ").trim();
  return value.length >= 1 && value.length <= TEXT_MAX ? { ok: true, value } : { ok: false, rule };
}

/** Whole academic hours, alone or with their word: "72", "72 ч", "72 часа", "72 hours". */
export function parseHours(raw: string): Check<number> {
  const match = /^\s*(\d{1,4})\s*(?:ч|час|часа|часов|h|hours?)?\.?\s*$/iu.exec(raw);
  const hours = match ? Number(match[1]) : 0;
  return hours >= 1 && hours <= HOURS_MAX ? { ok: true, value: hours } : { ok: false, rule: "hours" };
}

const DAY = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;
const DAYS = new RegExp(String.raw`^${DAY}(?:\s*[-–—]\s*${DAY})?$`);

/** "12.03.2026" (one day) or "12.03.2026–15.03.2026", any dash, spaces around it or not. */
export function parseDays(raw: string, today: string): Check<Days> {
  const match = DAYS.exec(raw.trim());
  if (!match) return { ok: false, rule: "dates-format" };
  const startsOn = dayOf(match[1]!, match[2]!, match[3]!);
  const endsOn = match[4] === undefined ? startsOn : dayOf(match[4], match[5]!, match[6]!);
  if (!startsOn || !endsOn) return { ok: false, rule: "dates-no-such-day" };
  return checkDays({ startsOn, endsOn }, today);
}

/** The start not after the end, the end not after today, nothing before 1990. */
export function checkDays(days: Days, today: string): Check<Days> {
  if (days.startsOn > days.endsOn) return { ok: false, rule: "dates-order" };
  if (days.endsOn > today) return { ok: false, rule: "dates-future" };
  if (days.startsOn < EARLIEST_DAY) return { ok: false, rule: "dates-too-early" };
  return { ok: true, value: days };
}

function dayOf(day: string, month: string, year: string): string | null {
  const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) }, { zone: "utc" });
  return date.isValid ? date.toISODate() : null;
}

export function checkCertificateNumber(raw: string): Check<string> {
  const value = raw.replace(/\s+/g, " ").trim();
  return value.length >= 1 && value.length <= NUMBER_MAX ? { ok: true, value } : { ok: false, rule: "number" };
}

/** What of a message a certificate can be: a photo, or a file with its type and size. */
export type Attachment = {
  photo?: { file_id: string; file_size?: number }[];
  document?: { file_id: string; mime_type?: string; file_size?: number };
};

/** The file id of a photo, or of a JPEG, PNG or PDF file, up to 10 MB; null when the message holds neither. */
export function certificateOf(message: Attachment): Check<string> | null {
  const file = message.photo?.at(-1) ?? message.document;
  if (!file) return null;
  if (message.document && !CERTIFICATE_TYPES.includes(message.document.mime_type ?? "")) return { ok: false, rule: "file-type" };
  if ((file.file_size ?? 0) > CERTIFICATE_MAX_BYTES) return { ok: false, rule: "file-size" };
  return { ok: true, value: file.file_id };
}

/** Every rule at once, as the service checks a record before storing it; text comes back tidied. */
export function checkInput(input: TrainingInput, today: string): Check<TrainingInput> {
  const title = checkText(input.title, "title");
  if (!title.ok) return title;
  const provider = checkText(input.provider, "provider");
  if (!provider.ok) return provider;
  if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > HOURS_MAX) return { ok: false, rule: "hours" };
  if (!isDay(input.startsOn) || !isDay(input.endsOn)) return { ok: false, rule: "dates-no-such-day" };
  const days = checkDays(input, today);
  if (!days.ok) return days;
  const number = input.certificateNumber === null ? null : checkCertificateNumber(input.certificateNumber);
  if (number && !number.ok) return number;
  return { ok: true, value: { ...input, title: title.value, provider: provider.value, certificateNumber: number?.value ?? null } };
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: "utc" }).isValid;
}
