// The words for a practice's subject, competency area and status, in the reader's language, and
// how a button names a practice.
import type { Translate } from "../../i18n/dates.ts";
import type { CompetencyArea } from "../plans/parser/types.ts";
import { cut } from "../plans/words.ts";
import { isSubject } from "../profile/subjects.ts";
import { isArea, type PracticeStatus } from "./rules.ts";

export const AREA_KEYS: Record<CompetencyArea, string> = {
  subject: "practice-area-subject",
  methodological: "practice-area-methodological",
  psychological: "practice-area-psychological",
  communicative: "practice-area-communicative",
  digital: "practice-area-digital",
};

export const STATUS_KEYS: Record<PracticeStatus, string> = {
  submitted: "practice-status-submitted",
  returned: "practice-status-returned",
  approved: "practice-status-approved",
  rejected: "practice-status-rejected",
};

export const STATUS_MARKS: Record<PracticeStatus, string> = { submitted: "⏳", returned: "↩️", approved: "✅", rejected: "✖️" };

export const subjectName = (t: Translate, subject: string | null) => (subject && isSubject(subject) ? t(`subject-${subject}`) : t("practice-not-given"));

export const areaName = (t: Translate, area: string | null) => (area && isArea(area) ? t(AREA_KEYS[area]) : t("practice-not-given"));

/** The most of a button's label a phone shows across the screen, in characters. */
export const BUTTON_LABEL_MAX = 40;

/**
 * A button naming a practice: its mark or number, then its title cut to fit the label (whole
 * characters: an emoji is never split). Every list, and the route, labels practices this way.
 */
export const titleButton = (prefix: string, title: string) => `${prefix}${cut(title, BUTTON_LABEL_MAX - prefix.length)}`;
