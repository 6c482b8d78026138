export type PlanInputErrorCode = "empty" | "too-large" | "old-doc" | "not-a-document" | "unknown-encoding" | "no-measures-table";

/** A file that cannot be read as a plan; `code` says why, for the bot and CLI to localize. */
export class PlanInputError extends Error {
  override readonly name = "PlanInputError";

  constructor(
    readonly code: PlanInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
