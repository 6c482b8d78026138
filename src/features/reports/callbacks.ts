import { callbackCodec, digits, oneOf } from "../../bot/callback-codec.ts";

const id = digits(9);
const page = digits(4);
/** A half-year as YYYYH (see period.ts). */
const half = digits(5);
const scopeKind = oneOf("r", "m", "s");
/** Excel (x) or CSV (c). */
const format = oneOf("x", "c");
export type FileFormat = "x" | "c";

/** The tables a scope's export screen offers, for a half-year. */
export const EXPORT_KINDS = ["registrations", "attendance", "training", "diagnostics"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
const exportKind = oneOf("rg", "at", "tr", "dg");
export const EXPORT_KIND_CODE: Record<ExportKind, "rg" | "at" | "tr" | "dg"> = { registrations: "rg", attendance: "at", training: "tr", diagnostics: "dg" };

/** Callback data of reports and exports: scope (r/m/s, id 0 for the region), then the half-year. */
export const REPORT_DATA = {
  /** The scopes the person holds. */
  home: callbackCodec("rp:h"),
  /** A methodologist picks a municipality, a page at a time. */
  municipalities: callbackCodec("rp:ml", page),
  /** A municipality's schools, a page at a time. */
  schools: callbackCodec("rp:sl", id, page),
  /** The indicators of a scope for a half-year. */
  indicators: callbackCodec("rp:i", scopeKind, id, half),
  /** The same, as a new message: from a deadline nudge, which stays as it is. */
  open: callbackCodec("rp:o", scopeKind, id, half),
  chart: callbackCodec("rp:c", scopeKind, id, half),
  /** The monitoring report of the half-year, as .docx (d) or .xlsx (x). */
  report: callbackCodec("rp:d", oneOf("d", "x"), scopeKind, id, half),
  /** What can be exported for the scope and half-year, in the format chosen at its top. */
  exports: callbackCodec("rp:x", scopeKind, id, half, format),
  export: callbackCodec("rp:e", exportKind, format, scopeKind, id, half),
  /** One event's sign-ups: the organiser's all, a coordinator's their people. */
  eventExport: callbackCodec("rp:ev", id, format),
  menu: callbackCodec("rp:m"),
};

export const ANY_REPORT_DATA = /^rp:/;
