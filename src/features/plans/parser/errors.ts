export type PlanInputErrorCode =
  | "empty"
  | "too-large"
  | "unpacked-too-large"
  | "too-many-lines"
  | "too-many-measures"
  /** Reading took more memory or time than allowed (see read-in-worker.ts). */
  | "too-complex"
  | "old-doc"
  /** An Excel 97–2003 .xls workbook. */
  | "old-xls"
  /** A PDF of scanned pages: pictures without text. */
  | "no-text-layer"
  | "pdf-encrypted"
  | "too-many-pages"
  | "not-a-document"
  | "unknown-encoding"
  | "no-measures-table";

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
