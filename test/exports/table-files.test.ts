// The table files themselves (issue #14 point 1), apart from any report: an .xlsx read back with
// exceljs has its types (dates are dates, numbers numbers, percents fractions shown with %), a
// bold frozen header with a filter, widths fitted; a CSV has the BOM, ";", CRLF and RFC 4180
// quoting, dates as dd.mm.yyyy and the reader's decimal mark; a name Excel would run as a formula
// is text in both; and a large table is written a page at a time, letting others in between.
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/exports/csv.ts";
import { inMemory, PAGE_SIZE, type Column, type Row, type Table } from "../../src/exports/table.ts";
import { toXlsx } from "../../src/exports/xlsx.ts";
import { bodyOf, headerOf, parseCsv, readXlsx } from "./read-back.ts";

/** 5 December 2026, 15:30 in Omsk (UTC+6). */
const AT = new Date("2026-12-05T09:30:00Z");
const COLUMNS: Column[] = [
  { header: "ФИО", type: "text" },
  { header: "Часов", type: "integer" },
  { header: "Балл", type: "number" },
  { header: "Доля", type: "percent" },
  { header: "День", type: "date" },
  { header: "Начало", type: "datetime" },
  { header: "Был", type: "boolean" },
];
const ROWS: Row[] = [
  ["Петрова Анна", 36, 72.25, 33.3333, AT, AT, true],
  ['Кавычки "и" точка; с запятой', 0, 0, 100, null, null, false],
  ["Две\nстроки", null, null, null, AT, AT, null],
];

const table = (rows: readonly Row[], lang = "ru", columns = COLUMNS): Table => ({
  zone: "Asia/Omsk",
  lang,
  yes: lang === "ru" ? "да" : "yes",
  no: lang === "ru" ? "нет" : "no",
  sheets: [{ name: "Записи: 2026/II [тест]", columns, rowCount: rows.length, pages: inMemory(rows) }],
});

describe(".xlsx", () => {
  it("has typed cells, a bold frozen header with a filter over the data, and widths that fit", async () => {
    const [sheet] = await readXlsx(await toXlsx(table(ROWS)));
    expect(sheet!.name).toBe("Записи  2026 II  тест ");
    expect(headerOf(sheet!)).toEqual(COLUMNS.map((column) => column.header));
    expect(sheet!.getRow(1).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet!.autoFilter).toBe("A1:G4");
    const [first, second, third] = bodyOf(sheet!);
    // Omsk's clock, as Excel shows it: the day at midnight, the time at 15:30.
    expect(first).toEqual(["Петрова Анна", 36, 72.25, expect.closeTo(0.333333, 5), new Date("2026-12-05T00:00:00Z"), new Date("2026-12-05T15:30:00Z"), true]);
    expect(second).toEqual(['Кавычки "и" точка; с запятой', 0, 0, 1, null, null, false]);
    expect(third!.slice(0, 4)).toEqual(["Две\nстроки", null, null, null]);
    expect(["B2", "C2", "D2", "E2", "F2"].map((address) => sheet!.getCell(address).numFmt)).toEqual(["0", "0.0", "0.0%", "dd.mm.yyyy", "dd.mm.yyyy hh:mm"]);
    const widths = sheet!.columns.map((column) => column.width);
    // The longest text (28 letters) widens its column; a long one is capped at 60.
    expect(widths[0]).toBeGreaterThanOrEqual(28);
    const [long] = await readXlsx(await toXlsx(table([["x".repeat(300), 1, 1, 1, AT, AT, true]])));
    expect(long!.columns[0]!.width).toBe(60);
  });

  it("writes several sheets, each with its own header, and an empty one as a header alone", async () => {
    const two: Table = { ...table(ROWS), sheets: [table(ROWS).sheets[0]!, { name: "Пусто", columns: COLUMNS.slice(0, 2), rowCount: 0, pages: inMemory([]) }] };
    const [first, second] = await readXlsx(await toXlsx(two));
    expect(bodyOf(first!)).toHaveLength(3);
    expect(second!.name).toBe("Пусто");
    expect(headerOf(second!)).toEqual(["ФИО", "Часов"]);
    expect(bodyOf(second!)).toEqual([]);
    expect(second!.autoFilter).toBe("A1:B1");
  });
});

describe(".csv", () => {
  it("is UTF-8 with a BOM, ';' and CRLF, quotes what needs it, writes dates, decimals and yes/no as a Russian Excel reads them", async () => {
    const bytes = await toCsv(table(ROWS));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("ФИО;Часов;Балл;Доля;День;Начало;Был");
    expect(text).toContain('"Кавычки ""и"" точка; с запятой"');
    expect(parseCsv(text)).toEqual([
      COLUMNS.map((column) => column.header),
      ["Петрова Анна", "36", "72,3", "33,3%", "05.12.2026", "05.12.2026 15:30", "да"],
      ['Кавычки "и" точка; с запятой', "0", "0,0", "100,0%", "", "", "нет"],
      ["Две\nстроки", "", "", "", "05.12.2026", "05.12.2026 15:30", ""],
    ]);
  });

  it("writes an English reader's decimals with a point and their yes/no", async () => {
    const rows = parseCsv((await toCsv(table(ROWS, "en"))).toString("utf8").slice(1));
    expect(rows[1]).toEqual(["Петрова Анна", "36", "72.3", "33.3%", "05.12.2026", "05.12.2026 15:30", "yes"]);
  });
});

describe("formula injection", () => {
  const NAMES = ['=HYPERLINK("http://evil.example";"Нажмите")', "+79001234567", "-1+2", "@SUM(A1)", "\t=1+1", "\r=1+1"];
  const rows: Row[] = NAMES.map((name) => [name, 1, 1, 1, AT, AT, true]);

  it("writes text Excel would run as a formula as text with a leading apostrophe, in both formats", async () => {
    const [sheet] = await readXlsx(await toXlsx(table(rows)));
    const cells = bodyOf(sheet!).map((row) => row[0]);
    // XML reads a carriage return back as a line feed.
    expect(cells).toEqual(NAMES.map((name) => `'${name.replace("\r", "\n")}`));
    // A string cell, never a formula.
    for (let number = 2; number <= NAMES.length + 1; number++) expect(sheet!.getRow(number).getCell(1).type).toBe(3);
    const parsed = parseCsv((await toCsv(table(rows))).toString("utf8").slice(1));
    expect(parsed.slice(1).map((row) => row[0])).toEqual(NAMES.map((name) => `'${name}`));
  });

  it("leaves ordinary text as it is", async () => {
    const plain = ["Иванова-Петрова Мария", "Школа №1 = лучшая", "e-mail@example.org"];
    const [sheet] = await readXlsx(await toXlsx(table(plain.map((name) => [name, 1, 1, 1, AT, AT, true]))));
    expect(bodyOf(sheet!).map((row) => row[0])).toEqual(plain);
  });
});

describe("a large table", () => {
  it("is written a page at a time, the event loop turning between pages", async () => {
    const count = PAGE_SIZE * 5 + 1;
    const rows: Row[] = Array.from({ length: count }, (_, index) => [`Педагог ${index}`, index, index / 3, 50, AT, AT, index % 2 === 0]);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const started = turns;
    const [xlsx, csv] = [await toXlsx(table(rows)), await toCsv(table(rows))];
    clearInterval(ticking);
    // Another update could be handled between every two pages of each file.
    expect(turns - started).toBeGreaterThanOrEqual(10);
    const [sheet] = await readXlsx(xlsx);
    expect(sheet!.rowCount).toBe(count + 1);
    expect(sheet!.getRow(count + 1).getCell(1).value).toBe(`Педагог ${count - 1}`);
    expect(parseCsv(csv.toString("utf8").slice(1))).toHaveLength(count + 1);
  });
});
