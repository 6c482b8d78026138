/**
 * A rule of the domain that an action broke. Services throw it; handlers turn `code` into a
 * localized message (the locale key `error-<code>`), so no service needs to know the language.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export type AppErrorCode =
  | "not-found"
  /** Another admin already added or dismissed this school request. */
  | "school-request-closed"
  | "not-allowed"
  | "duplicate"
  | "invalid-name"
  | "invalid-timezone"
  | "invalid-scope"
  | "in-use"
  | "merge-into-itself"
  | "invite-invalid"
  | "invite-expired"
  | "invite-used-up"
  | "invite-revoked"
  | "event-title"
  | "event-description"
  | "event-start-past"
  | "event-end-before-start"
  | "event-capacity"
  | "event-link"
  /** A link longer than LINK_MAX. */
  | "event-link-long"
  /** Fewer seats than people already registered (details.registered). */
  | "event-capacity-below"
  | "event-deadline"
  | "event-place"
  | "event-not-found"
  | "event-cancelled"
  | "event-past"
  /** A course's hours out of 1–2000. */
  | "event-hours"
  /** Hours for an event that is no course, or a level for one that is no contest. */
  | "event-kind-mismatch"
  | "registration-closed"
  | "not-in-audience"
  /** A plan was saved by someone else after this preview was made. */
  | "plan-changed";
