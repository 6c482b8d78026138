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
  | "not-allowed"
  | "duplicate"
  | "invalid-name"
  | "invalid-timezone"
  | "invalid-scope"
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
  | "event-deadline"
  | "event-place"
  | "event-not-found"
  | "event-cancelled"
  | "event-past"
  | "registration-closed"
  | "not-in-audience";
