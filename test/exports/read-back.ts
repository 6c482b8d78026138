// Export files read back the way a person's spreadsheet would read them: the workbook through
// exceljs, a CSV through an RFC 4180 parser with ";" between fields.
import ExcelJS from "exceljs";
import type { Message } from "grammy/types";
import type { FakeUser } from "../support/harness.ts";
import type { FakeTelegram, UploadedFile } from "../support/fake-telegram.ts";

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets;
}

/** The sheet's cells below the header, a row of values each (an empty cell is null). */
export function bodyOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: unknown[][] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows.push(Array.from({ length: width }, (_, index) => row.getCell(index + 1).value ?? null));
  }
  return rows;
}

export const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

/** Fields and records as Excel would split them; quotes undone. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted && char === '"' && text[at + 1] === '"') {
      field += '"';
      at++;
    } else if (char === '"' && (quoted || field === "")) {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ";") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[at + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      at++;
    } else {
      field += char;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The documents the bot sent this user, oldest first: their names, captions as shown, and bytes. */
export function documentsSent(telegram: FakeTelegram, u: FakeUser): { name: string; caption: string; bytes: Buffer }[] {
  return u.calls("sendDocument").map((call) => {
    const file = call.payload.document as UploadedFile;
    const sent = call.response?.ok ? (call.response.result as Message) : undefined;
    return { name: file.fileName, caption: sent?.caption ?? "", bytes: Buffer.from(telegram.files.get(file.fileId)!.bytes) };
  });
}
