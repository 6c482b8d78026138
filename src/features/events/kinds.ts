export const EVENT_KINDS = ["webinar", "seminar", "course", "contest", "conference", "diagnostics", "mentoring"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}
