/** What the plan parser makes of a document: plain data, ready for JSON and for the database. */

export const MEASURE_KINDS = ["webinar", "seminar", "course", "contest", "conference", "diagnostics", "mentoring", "report", "other"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const COMPETENCY_AREAS = ["subject", "methodological", "psychological", "communicative", "digital"] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];

export const RECURRENCES = ["weekly", "monthly", "quarterly", "twice-yearly", "yearly"] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** A day or a span of days, inclusive, as YYYY-MM-DD; a single day or deadline has start = end. */
export type DateSpan = { start: string; end: string };

export type ParsedMeasure = {
  /** As the document numbers it, normalised ("1.4", "11"). */
  number: string;
  /** The number of the section it belongs to, or null when the plan has no sections. */
  section: string | null;
  title: string;
  executors: string[];
  /** The schedule exactly as written (spaces normalised). */
  schedule: string;
  dates: DateSpan[];
  recurrence: Recurrence | null;
  result: string | null;
  kind: MeasureKind;
  areas: CompetencyArea[];
  /** "Форма проведения" as written, when the table has that column; it decides the kind. */
  form: string | null;
  /** "Целевая аудитория" as written ("молодые педагоги", "учителя математики"). */
  audience: string | null;
  /** "Вид документа" (the document the measure ends in: "приказ", "отчет", "справка"). */
  documentKind: string | null;
};

/** Why a schedule was left without dates on purpose: it names no time, and none is guessed. */
export const UNDATED_REASONS = ["as-needed", "on-request", "by-schedule", "by-plan", "ongoing"] as const;
export type UndatedReason = (typeof UNDATED_REASONS)[number];

/**
 * numbers-assigned: the table has no number column, so measures were numbered in order.
 * schedule-undated: a schedule that names no time on purpose (as needed, on request, by a
 * timetable or a plan) was left without dates, details.reason an UndatedReason.
 * bytes-replaced: a text file had details.count bytes that are no character in its encoding.
 */
export type WarningCode =
  | "numbering-gap"
  | "numbering-repeat"
  | "number-not-numeric"
  | "empty-cell"
  | "date-unreadable"
  | "row-unplaced"
  | "numbers-assigned"
  | "schedule-undated"
  | "bytes-replaced";

/** A warning names the measure (or null) and what is odd, as a code the bot and CLI localize. */
export type PlanWarning = { measure: string | null; code: WarningCode; details: Record<string, string> };

export type ParsedPlan = {
  /** period: the days the plan covers, from its title or its order (a school year is September–August). */
  plan: { title: string; issuer: string | null; number: string | null; date: string | null; period: DateSpan | null };
  /** Sections and sub-sections in document order; a sub-section's number extends its section's ("2" → "2.1"). */
  sections: { number: string; title: string }[];
  measures: ParsedMeasure[];
  /**
   * Deadlines the order's own paragraphs set ("представление … информации … в срок до 20 июня … и
   * до 20 декабря"), as measures of their executor, numbered "П" and the paragraph ("П2.2").
   */
  obligations: ParsedMeasure[];
  warnings: PlanWarning[];
};
