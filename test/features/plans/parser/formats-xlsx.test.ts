// Plans kept in Excel: merged title and section rows, lines of a cell (Alt+Enter), dates and
// numbers as Excel stores them, a cover sheet before the plan, and the old .xls.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlan, readPlanDocument } from "../../../../src/features/plans/parser/index.ts";
import { xlsxToTexts } from "../../../../src/features/plans/parser/xlsx.ts";
import { hugeDocumentXml, zipOf } from "../support/plan-text.ts";
import { planReading as reading, refusalOf as failure } from "../support/reading.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/plans/${name}`, import.meta.url));

const HEADER = ["№ п/п", "Мероприятие", "Срок проведения", "Ответственный"];

/** A workbook as a methodologist keeps a plan: a cover sheet, then the plan with its title merged over the table. */
async function planWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Титул").addRow(["Управление образования Заречного района"]);
  const hidden = workbook.addWorksheet("Черновик", { state: "hidden" });
  hidden.addRow(HEADER);
  hidden.addRow([1, "Старое мероприятие", "январь", "ИМЦ"]);
  const sheet = workbook.addWorksheet("План");
  sheet.addRow(["ПЛАН мероприятий на 2026 год"]);
  sheet.mergeCells("A1:D1");
  sheet.addRow([]);
  sheet.addRow(HEADER);
  sheet.addRow(["1. Работа с молодыми педагогами"]);
  sheet.mergeCells("A4:D4");
  sheet.addRow(["1.1", "Семинар\nдля молодых педагогов", new Date(Date.UTC(2026, 2, 15)), "ИМЦ"]);
  const monthly = sheet.addRow(["1.2", "Конкурс «Педагогический дебют»", new Date(Date.UTC(2026, 3, 1)), { formula: "D5", result: "ИМЦ" }]);
  monthly.getCell(3).numFmt = "[$-419]mmmm yyyy;@";
  sheet.addRow([2, "Курсы повышения квалификации для наставников", "II квартал", { richText: [{ text: "ИРО, " }, { text: "ИМЦ", font: { bold: true } }] }]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("an Excel workbook reads as the text of the same plan", () => {
  it("kachkanar-2020-decree-451.xlsx: the order's paragraphs above, merged section rows, a cell's lines", async () => {
    const plan = await readPlanDocument(fixture("kachkanar-2020-decree-451.xlsx"), "plan.xlsx");
    expect(reading(plan)).toEqual(reading(parsePlan(fixture("kachkanar-2020-decree-451.txt").toString("utf8"))));
  });

  it("reads the first visible sheet that holds a plan, dates as Russian documents write them, formulas as their values", async () => {
    const plan = await readPlanDocument(await planWorkbook(), "план.xlsx");
    expect(plan.plan.title).toBe("План мероприятий на 2026 год");
    expect(plan.sections).toEqual([{ number: "1", title: "Работа с молодыми педагогами" }]);
    expect(plan.measures.map(({ number, title, schedule, executors, dates }) => ({ number, title, schedule, executors, dates }))).toEqual([
      { number: "1.1", title: "Семинар для молодых педагогов", schedule: "15.03.2026", executors: ["ИМЦ"], dates: [{ start: "2026-03-15", end: "2026-03-15" }] },
      { number: "1.2", title: "Конкурс «Педагогический дебют»", schedule: "апрель 2026", executors: ["ИМЦ"], dates: [{ start: "2026-04-01", end: "2026-04-30" }] },
      { number: "2", title: "Курсы повышения квалификации для наставников", schedule: "II квартал", executors: ["ИРО", "ИМЦ"], dates: [{ start: "2026-04-01", end: "2026-06-30" }] },
    ]);
  });

  it("writes a merged row once and a cell of several lines as paragraphs of one cell", async () => {
    // The cover sheet, then the plan; the hidden sheet is no text.
    const [, planSheet] = await xlsxToTexts(await planWorkbook());
    const lines = planSheet!.split("\n");
    expect(lines).toContain("1. Работа с молодыми педагогами\t\t\t");
    expect(lines).toContain("1.1\t<p>Семинар</p> <p>для молодых педагогов</p>\t15.03.2026\tИМЦ");
  });
});

describe("workbooks that are not read", () => {
  it("an Excel 97–2003 .xls is refused with its own reason, by its name or by its content", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    expect(await failure(ole, "plan.xls")).toBe("old-xls");
    expect(await failure(Buffer.concat([ole, Buffer.from("Workbook", "utf16le")]), "plan")).toBe("old-xls");
    expect(await failure(Buffer.concat([ole, Buffer.from("WordDocument", "utf16le")]), "plan")).toBe("old-doc");
  });

  it("an .xlsx that unpacks to 40 MB is refused before it is unpacked", async () => {
    const bomb = zipOf([{ name: "xl/workbook.xml", data: hugeDocumentXml(40 * 1024 * 1024) }]);
    expect(await failure(bomb, "plan.xlsx")).toBe("unpacked-too-large");
  });

  it("a workbook with no table of measures", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1").addRow(["Список телефонов"]);
    expect(await failure(Buffer.from(await workbook.xlsx.writeBuffer()), "plan.xlsx")).toBe("no-measures-table");
  });
});
