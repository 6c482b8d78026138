// The monitoring report as the files coordinators send upward: a .docx with a heading, the table
// and lines to sign, or an .xlsx of the same table (numbers as numbers, borders, header frozen).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { neutralise } from "../../exports/table.ts";
import type { MonitoringRow } from "./monitoring-rows.ts";

export type MonitoringHead = {
  heading: string;
  lines: string[];
  columns: [string, string, string, string, string];
  /** Lines to sign under the table: the head of the organisation, who prepared it. */
  signatures: string[];
  lang: string;
};

const WIDTHS = [7, 38, 12, 10, 33];

const cell = (text: string, opts: { bold?: boolean; width: number; right?: boolean }) =>
  new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    children: text.split("\n").map((line) => new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: opts.bold ?? false })] })),
  });

export async function monitoringDocx(head: MonitoringHead, rows: readonly MonitoringRow[]): Promise<Buffer> {
  const number = new Intl.NumberFormat(head.lang === "en" ? "en" : "ru", { maximumFractionDigits: 1 });
  const shown = (value: number | null) => (value === null ? "" : number.format(value));
  const header = new TableRow({ tableHeader: true, children: head.columns.map((text, index) => cell(text, { bold: true, width: WIDTHS[index]! })) });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(row.number, { width: WIDTHS[0]! }),
          cell(row.sub ? `   ${row.indicator}` : row.indicator, { bold: !row.sub, width: WIDTHS[1]! }),
          cell(shown(row.count), { width: WIDTHS[2]!, right: true }),
          cell(shown(row.share), { width: WIDTHS[3]!, right: true }),
          cell(row.note, { width: WIDTHS[4]! }),
        ],
      }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(head.heading)] }),
          ...head.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] })),
          new Paragraph({ children: [] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
          new Paragraph({ children: [] }),
          ...head.signatures.map((line) => new Paragraph({ spacing: { before: 240 }, children: [new TextRun(line)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function monitoringXlsx(head: MonitoringHead, rows: readonly MonitoringRow[], sheetName: string): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = [{ width: 7 }, { width: 60 }, { width: 13 }, { width: 10, style: { numFmt: "0.0" } }, { width: 60 }];
  sheet.addRow([head.heading]).font = { bold: true, size: 14 };
  for (const line of head.lines) sheet.addRow([neutralise(line)]);
  sheet.addRow([]);
  const headerRow = sheet.addRow(head.columns);
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: "middle" };
  const tableRows = [headerRow];
  for (const row of rows) {
    const added = sheet.addRow([row.number, neutralise(row.sub ? `   ${row.indicator}` : row.indicator), row.count, row.share, neutralise(row.note)]);
    added.alignment = { wrapText: true, vertical: "top" };
    if (!row.sub) added.getCell(2).font = { bold: true };
    tableRows.push(added);
  }
  for (const row of tableRows) for (let column = 1; column <= head.columns.length; column++) row.getCell(column).border = BORDER;
  sheet.addRow([]);
  for (const line of head.signatures) sheet.addRow(["", line]);
  sheet.views = [{ state: "frozen", ySplit: headerRow.number }];
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
