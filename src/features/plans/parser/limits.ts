/**
 * How much a plan document may hold. A region's real plans have a few hundred rows; these bounds
 * keep a crafted or mistaken file from taking the memory and the time everyone else needs.
 */

/** The file as sent. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** A .docx unpacked: every entry of the archive together (a 123 KB zip can unpack to 40 MB). */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** Entries of a .docx archive; Word writes a few dozen. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Lines of text (a table row is one line). */
export const MAX_PLAN_LINES = 10_000;
/** Measures in one plan. */
export const MAX_PLAN_MEASURES = 2_000;
