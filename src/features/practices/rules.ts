// What a practice may hold, checked alike by the questions, the service and the import; pure.
import type { Permission } from "../roles/permissions.ts";
import { COMPETENCY_AREAS, type CompetencyArea } from "../plans/parser/types.ts";
import { isSubject, type Subject } from "../profile/subjects.ts";

/**
 * Who reviews and imports practices: the methodologists and admins, as for events. A permission
 * of its own would grant the same roles; one place names it, should that change.
 */
export const REVIEW_PERMISSION: Permission = "events.manage";

export const PRACTICE_STATUSES = ["submitted", "returned", "approved", "rejected"] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 3000;
export const CLASS_LEVEL_MAX = 30;
export const LINK_MAX = 1000;
export const COMMENT_MAX = 1000;
export const FILE_MAX_MB = 20;
const FILE_MAX_BYTES = FILE_MAX_MB * 1024 * 1024;
/** The class levels offered as buttons (their labels are stored); anything else, up to 30 characters, may be typed. */
export const CLASS_LEVEL_KEYS = ["practice-class-primary", "practice-class-basic", "practice-class-senior", "practice-class-preschool"] as const;

/** A document's type by its name, else by what Telegram says of it (a file renamed without extension). */
const FILE_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

export type PracticeRule = "title" | "description" | "choice" | "class-level" | "link" | "file-type" | "file-size" | "comment";
export type Check<T> = { ok: true; value: T } | { ok: false; rule: PracticeRule };

export type PracticeFile = { fileId: string; fileName: string };

/** A practice as its author entered it, before it is stored. */
export type PracticeInput = {
  title: string;
  description: string;
  subject: Subject;
  area: CompetencyArea;
  classLevel: string;
  link: string | null;
  file: PracticeFile | null;
};

export const isArea = (value: string): value is CompetencyArea => (COMPETENCY_AREAS as readonly string[]).includes(value);

/** Spaces collapsed within lines; paragraphs kept, for a description. */
const tidy = (raw: string) =>
  raw
    .split(/\r?\n/)
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

function bounded(raw: string, max: number, rule: PracticeRule): Check<string> {
  const value = tidy(raw);
  return value.length >= 1 && value.length <= max ? { ok: true, value } : { ok: false, rule };
}

export const checkTitle = (raw: string) => bounded(raw.replace(/\s+/g, " "), TITLE_MAX, "title");
export const checkDescription = (raw: string) => bounded(raw, DESCRIPTION_MAX, "description");
export const checkClassLevel = (raw: string) => bounded(raw.replace(/\s+/g, " "), CLASS_LEVEL_MAX, "class-level");
export const checkComment = (raw: string) => bounded(raw, COMMENT_MAX, "comment");

/** An http or https address, whole. */
export function checkLink(raw: string): Check<string> {
  const value = raw.trim();
  if (value.length > LINK_MAX || /\s/.test(value)) return { ok: false, rule: "link" };
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? { ok: true, value } : { ok: false, rule: "link" };
  } catch {
    return { ok: false, rule: "link" };
  }
}

/** A PDF, Word or PowerPoint file up to 20 MB. */
export function checkFile(document: { file_id: string; file_name?: string; mime_type?: string; file_size?: number }): Check<PracticeFile> {
  const extension = /\.([a-z0-9]+)$/i.exec(document.file_name ?? "")?.[1]?.toLowerCase();
  const known = extension !== undefined ? extension in FILE_TYPES : Object.values(FILE_TYPES).includes(document.mime_type ?? "");
  if (!known) return { ok: false, rule: "file-type" };
  if ((document.file_size ?? 0) > FILE_MAX_BYTES) return { ok: false, rule: "file-size" };
  return { ok: true, value: { fileId: document.file_id, fileName: (document.file_name ?? "practice").slice(0, TITLE_MAX) } };
}

/** Every rule at once, as the service checks a practice before storing it; text comes back tidied. */
export function checkInput(input: PracticeInput): Check<PracticeInput> {
  const title = checkTitle(input.title);
  if (!title.ok) return title;
  const description = checkDescription(input.description);
  if (!description.ok) return description;
  const classLevel = checkClassLevel(input.classLevel);
  if (!classLevel.ok) return classLevel;
  const link = input.link === null ? null : checkLink(input.link);
  if (link && !link.ok) return link;
  if (!isSubject(input.subject) || !isArea(input.area)) return { ok: false, rule: "choice" };
  return { ok: true, value: { ...input, title: title.value, description: description.value, classLevel: classLevel.value, link: link?.value ?? null } };
}
