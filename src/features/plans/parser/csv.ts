/**
 * A CSV file's text to the text form the parser reads (grid-text.ts). Fields are separated by
 * ";" (Excel in Russian), "," or a tab, whichever splits the file's records most evenly, and may be
 * quoted as RFC 4180 says: a quoted field holds separators, line breaks and doubled quotes.
 */
import { gridToPlanText } from "./grid-text.ts";

const SEPARATORS = [";", "\t", ","] as const;
// Records enough to tell the separator.
const SAMPLE_CHARS = 64 * 1024;

/** RFC 4180 records: a quoted field holds separators, line breaks and doubled quotes. */
export function csvRecords(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[at + 1] === '"') field += text[at++]!;
      else quoted = false;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[at + 1] === "\n") at++;
      rows.push([...row, field]);
      [row, field] = [[], ""];
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** How evenly a separator splits the sample: records with the most common count of fields (two or more). */
function evenness(sample: string, separator: string): number {
  const counts = new Map<number, number>();
  for (const row of csvRecords(sample, separator)) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

export function csvToText(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const separator = SEPARATORS.reduce((best, candidate) => (evenness(sample, candidate) > evenness(sample, best) ? candidate : best));
  return gridToPlanText(csvRecords(text, separator));
}
