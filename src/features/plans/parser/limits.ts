/**
 * How much a plan document may hold. A region's real plans have a few hundred rows; these bounds
 * keep a crafted or mistaken file from taking the memory and the time everyone else needs.
 */

/** The file as sent. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** A .docx or .xlsx unpacked: every entry of the archive together (a 123 KB zip can unpack to 40 MB). */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** Entries of a .docx or .xlsx archive; Word and Excel write a few dozen. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Pages of a PDF: a plan of 2,000 measures fills about two hundred. */
export const MAX_PDF_PAGES = 300;
/** Lines of text (a table row is one line). */
export const MAX_PLAN_LINES = 10_000;
/** Measures in one plan. */
export const MAX_PLAN_MEASURES = 2_000;
