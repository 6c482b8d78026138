import iconv from "iconv-lite";
import { normalizeName } from "./names.ts";

/** One CSV record; `line` is where it starts in the file, as a text editor numbers lines. */
export type CsvRecord = { line: number; fields: string[]; unclosedQuote: boolean };

/**
 * Decodes, picks the delimiter, drops blank rows, and sets the header row apart: its cells
 * (normalized, lower case), or null when the file has none.
 */
export function readCsvTable(bytes: Uint8Array): { header: string[] | null; records: CsvRecord[] } {
  const text = decodeText(bytes);
  const bySemicolon = parseCsv(text, ";");
  if (startsWithHeader(bySemicolon)) return withHeader(bySemicolon);
  // Commas only when the header proves it: school names often contain commas.
  const byComma = parseCsv(text, ",");
  if (startsWithHeader(byComma)) return withHeader(byComma);
  return { header: null, records: bySemicolon };
}

function withHeader(records: CsvRecord[]): { header: string[]; records: CsvRecord[] } {
  return { header: records[0]!.fields.map(headerCell), records: records.slice(1) };
}

export const headerCell = (field: string) => normalizeName(field).toLowerCase();

// Excel in Russian Windows saves CSV as Windows-1251; cp1251 text is almost never valid UTF-8.
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    return iconv.decode(bytes, "win1251");
  }
}

/** Header cells naming each column; region and time zone are optional columns. */
export const COLUMN_HEADERS = {
  municipality: ["municipality", "municipality name", "муниципалитет", "муниципальное образование"],
  school: ["school", "school name", "школа", "название школы", "наименование школы", "оо", "наименование оо", "образовательная организация"],
  region: ["region", "регион", "субъект", "субъект рф", "область"],
  timezone: ["timezone", "time zone", "часовой пояс"],
};

const HEADER_CELLS = new Set(Object.values(COLUMN_HEADERS).flat());

function startsWithHeader(records: CsvRecord[]): boolean {
  return records[0]?.fields.some((field) => HEADER_CELLS.has(headerCell(field))) ?? false;
}

/** RFC 4180 with leniency: CR, LF or CRLF line ends; blank rows (also ";;") are skipped. */
function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (unclosedQuote: boolean) => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== "")) records.push({ line: recordLine, fields, unclosedQuote });
    fields = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      inQuotes = true;
      field = "";
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord(false);
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes || field !== "" || fields.length > 0) endRecord(inQuotes);
  return records;
}
