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
};

export type WarningCode =
  | "numbering-gap"
  | "numbering-repeat"
  | "number-not-numeric"
  | "empty-cell"
  | "date-unreadable"
  | "row-unplaced";

/** A warning names the measure (or null) and what is odd, as a code the bot and CLI localize. */
export type PlanWarning = { measure: string | null; code: WarningCode; details: Record<string, string> };

export type ParsedPlan = {
  plan: { title: string; issuer: string | null; number: string | null; date: string | null };
  sections: { number: string; title: string }[];
  measures: ParsedMeasure[];
  warnings: PlanWarning[];
};
