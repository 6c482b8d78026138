export const EVENT_KINDS = ["webinar", "seminar", "course", "contest", "conference", "diagnostics", "mentoring"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

/** Audience rows: "municipality" and "school" together say where, the rest say who. */
export const AUDIENCE_KINDS = ["municipality", "school", "subject", "role", "young"] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export type Audience = {
  municipalityIds: number[];
  schoolIds: number[];
  subjects: string[];
  roles: string[];
  youngOnly: boolean;
};

export const EVERYONE: Audience = { municipalityIds: [], schoolIds: [], subjects: [], roles: [], youngOnly: false };
