// The monitoring report as the files coordinators send upward: a .docx with a heading and the
// table, or an .xlsx of the same table (header frozen, widths set, long text wrapped).
import ExcelJS from "exceljs";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { MonitoringRow } from "./monitoring-rows.ts";

export type MonitoringHead = { heading: string; lines: string[]; columns: [string, string, string, string] };

const cell = (text: string, opts: { bold?: boolean; width: number }) =>
  new TableCell({ width: { size: opts.width, type: WidthType.PERCENTAGE }, children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold ?? false })] })) });

const WIDTHS = [8, 42, 22, 28];

export async function monitoringDocx(head: MonitoringHead, rows: readonly MonitoringRow[]): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: head.columns.map((text, index) => cell(text, { bold: true, width: WIDTHS[index]! })) });
  const body = rows.map(
    (row) => new TableRow({ children: [row.number, row.sub ? `   ${row.indicator}` : row.indicator, row.value, row.note].map((text, index) => cell(text, { bold: !row.sub && index === 1, width: WIDTHS[index]! })) }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(head.heading)] }),
          ...head.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] })),
          new Paragraph({ children: [] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A text a spreadsheet would read as a formula is written as text. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export async function monitoringXlsx(head: MonitoringHead, rows: readonly MonitoringRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = [{ width: 7 }, { width: 60 }, { width: 36 }, { width: 50 }];
  sheet.addRow([head.heading]).font = { bold: true, size: 14 };
  for (const line of head.lines) sheet.addRow([asText(line)]);
  sheet.addRow([]);
  const headerRow = sheet.addRow(head.columns);
  headerRow.font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([row.number, asText(row.sub ? `   ${row.indicator}` : row.indicator), asText(row.value), asText(row.note)]);
    added.alignment = { wrapText: true, vertical: "top" };
    if (!row.sub) added.getCell(2).font = { bold: true };
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
