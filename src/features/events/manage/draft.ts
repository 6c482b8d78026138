import { EVERYONE, type Audience } from "../../../core/audience.ts";
import type { CompetencyArea } from "../../plans/parser/types.ts";
import type { CardContent } from "../card-text.ts";
import type { EventInput } from "../create-event.ts";
import type { EventKind } from "../kinds.ts";
import type { EventLevel } from "../levels.ts";
import { audienceOfPlan } from "./plan-audience.ts";
import type { MeasurePrefill } from "./service.ts";

/** The event being put together; times as epoch milliseconds, since it lives in conversation state. */
export type Draft = {
  title: string;
  kind: EventKind;
  /** A course's hours and a contest's level; kept while the kind changes, saved only for their kind. */
  hours: number | null;
  level: EventLevel | null;
  description: string;
  startsAt: number;
  endsAt: number;
  place: string | null;
  link: string | null;
  organiser: string;
  capacity: number | null;
  deadline: number | null;
  audience: Audience;
  /** The name of the municipality or school the audience is limited to. */
  audiencePlace: string | null;
  areas: CompetencyArea[];
  measureId: number | null;
};

export type Field = "title" | "kind" | "hours" | "level" | "description" | "time" | "place" | "organiser" | "capacity" | "deadline" | "audience";
export const FIELDS: readonly Field[] = ["title", "kind", "hours", "level", "description", "time", "place", "organiser", "capacity", "deadline", "audience"];

/** Literal keys for the "edit which field" buttons. */
export const FIELD_KEYS: Record<Field, string> = {
  title: "event-new-field-title",
  kind: "event-new-field-kind",
  hours: "event-new-field-hours",
  level: "event-new-field-level",
  description: "event-new-field-description",
  time: "event-new-field-time",
  place: "event-new-field-place",
  organiser: "event-new-field-organiser",
  capacity: "event-new-field-capacity",
  deadline: "event-new-field-deadline",
  audience: "event-new-field-audience",
};

/** The field to ask again when saving breaks a rule (time passed on the preview, say). */
export const FIELD_OF_ERROR: Partial<Record<string, Field>> = {
  "event-title": "title",
  "event-description": "description",
  "event-start-past": "time",
  "event-end-before-start": "time",
  "event-capacity": "capacity",
  "event-link": "place",
  "event-deadline": "deadline",
  "event-hours": "hours",
};

/** Hours are a course's question and the level a contest's; the rest every event's. */
export function fieldApplies(field: Field, kind: EventKind): boolean {
  if (field === "hours") return kind === "course";
  if (field === "level") return kind === "contest";
  return true;
}

/** A new draft, with the plan measure's kind, hours, level, audience and areas where there is one. */
export function newDraft(prefill: MeasurePrefill | null): Draft {
  return {
    title: "",
    kind: prefill?.kind ?? "seminar",
    hours: prefill?.hours ?? null,
    level: prefill?.level ?? null,
    description: "",
    startsAt: 0,
    endsAt: 0,
    place: null,
    link: null,
    organiser: "",
    capacity: null,
    deadline: null,
    audience: prefill?.audience ? audienceOfPlan(prefill.audience.reading) : structuredClone(EVERYONE),
    audiencePlace: null,
    areas: prefill?.areas ?? [],
    measureId: prefill?.measureId ?? null,
  };
}

export function asCard(draft: Draft): CardContent {
  return {
    ...draft,
    startsAt: new Date(draft.startsAt),
    endsAt: new Date(draft.endsAt),
    seatsLeft: draft.capacity,
    registrationDeadline: draft.deadline === null ? null : new Date(draft.deadline),
  };
}

export function toInput(draft: Draft): EventInput {
  return {
    title: draft.title,
    kind: draft.kind,
    description: draft.description,
    startsAt: new Date(draft.startsAt),
    endsAt: new Date(draft.endsAt),
    place: draft.place,
    link: draft.link,
    organiser: draft.organiser,
    capacity: draft.capacity,
    registrationDeadline: draft.deadline === null ? null : new Date(draft.deadline),
    audience: draft.audience,
    areas: draft.areas,
    measureId: draft.measureId,
    hours: fieldApplies("hours", draft.kind) ? draft.hours : null,
    level: fieldApplies("level", draft.kind) ? draft.level : null,
  };
}
