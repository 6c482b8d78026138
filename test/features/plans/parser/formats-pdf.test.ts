// PDFs as methodologists have them: exported from Word (LibreOffice made these from the seeds'
// .docx, see test/fixtures/plans/make-formats.ts), scanned, protected, damaged.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, readPlanDocument } from "../../../../src/features/plans/parser/index.ts";
import { pdfToText } from "../../../../src/features/plans/parser/pdf.ts";
import { paragraphsOf, type TextLine } from "../../../../src/features/plans/parser/pdf-lines.ts";
import { vocabularyOf } from "../../../../src/features/plans/parser/pdf-words.ts";
import { readPlanDocumentInWorker } from "../../../../src/features/plans/read-in-worker.ts";
import { planReading as reading, refusalOf as failure } from "../support/reading.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/plans/${name}`, import.meta.url));

/** A one-page PDF drawing `content` (its page tree claiming `pages` pages, the page turned by `rotate`), with a correct cross-reference table. */
function pdfOf(content: string, pages = 1, rotate = 0): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, () => "3 0 R").join(" ")}] /Count ${pages} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>`,
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body, "latin1");
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

describe("a PDF exported from Word reads as the text of the same plan", () => {
  // Both seeds' columns are narrow: words too long for them are cut without a hyphen
  // ("профессиональног" / "о"), and rows run on across pages; both come back whole.
  it.each(["omsk-region-2020-plan-1620", "kachkanar-2020-decree-451"])("%s.pdf", async (seed) => {
    const plan = await readPlanDocument(fixture(`${seed}.pdf`), `${seed}.pdf`);
    expect(reading(plan)).toEqual(reading(parsePlan(fixture(`${seed}.txt`).toString("utf8"))));
  });

  it("keeps the table's rows and cells: a row a line, its cells separated by tabs, the header once", async () => {
    const lines = (await pdfToText(fixture("omsk-region-2020-plan-1620.pdf"))).split("\n");
    expect(lines).toContain("1.3\tСоздание и организация работы муниципальных ассоциаций руководителей ОО\t2020 – 2024 годы\tМОУО, ОО");
    expect(lines).toContain("2. Информационно-аналитическая и научная работа / мониторинговые исследования\t\t\t");
    // A row the page cut in two is one row again, its words whole.
    expect(lines.find((line) => line.startsWith("1.1\t"))).toContain("учреждение Омской области дополнительного профессионального образования «Институт");
  });

  it("is read the same in the worker thread the bot uses", async () => {
    const plan = await readPlanDocumentInWorker(fixture("kachkanar-2020-decree-451.pdf"), "plan.pdf");
    expect(reading(plan)).toEqual(reading(parsePlan(fixture("kachkanar-2020-decree-451.txt").toString("utf8"))));
  }, 60_000);
});

describe("a PDF's text reads as words however the PDF places it", () => {
  // Helvetica's widths in thousandths of the size: S 667, e 556, m 833, i 222, n 556, a 556, r 333.
  const letters = [["S", 667], ["e", 556], ["m", 833], ["i", 222], ["n", 556], ["a", 556], ["r", 333]] as const;
  const oneByOne = letters.map(([letter, width]) => `(${letter}) Tj ${(width * 12) / 1000} 0 Td`).join(" ");
  const page = [
    // Kerning within a word, a gap as wide as a space between words.
    "BT /F1 12 Tf 72 760 Td [(Pla) 20 (n) -300 (of) -300 (measures) -300 (for) -300 (the) -300 (year)] TJ ET",
    // Letter by letter, then a space's width on.
    `BT /F1 12 Tf 72 730 Td ${oneByOne} 3.336 0 Td (for) Tj ( young teachers) Tj ET`,
    // Justified: spaces widened by word spacing.
    "BT /F1 12 Tf 72 700 Td 6 Tw (Teachers of mathematics) Tj 0 Tw ET",
    // Scaled by the text matrix, with a space drawn at the end.
    "BT /F1 10 Tf 2 0 0 2 72 650 Tm (Annual plan ) Tj ET",
  ].join("\n");

  it("joins kerned letters and letters placed one by one, with one space between words", async () => {
    // The short lines, each a line's width short of the next's first word, make one paragraph.
    expect(await pdfToText(pdfOf(page))).toBe("Plan of measures for the year Seminar for young teachers Teachers of mathematics Annual plan");
  });

  it("reads a landscape page, turned by /Rotate, as it is seen", async () => {
    // Drawn upwards on a portrait page that a viewer turns a quarter clockwise.
    const turned = "BT /F1 12 Tf 0 1 -1 0 100 72 Tm (Plan of measures for the year two thousand) Tj 0 -14 Td (and twenty six for young teachers) Tj ET";
    expect(await pdfToText(pdfOf(turned, 1, 90))).toBe("Plan of measures for the year two thousand and twenty six for young teachers");
  });
});

describe("a PDF that cannot be read says why", () => {
  it("a scan: pictures of pages and no text", async () => {
    const scan = pdfOf("q 595 0 0 842 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q");
    expect(await failure(scan, "scan.pdf")).toBe("no-text-layer");
  });

  it("a page with a stamp's few letters on a picture is still a scan", async () => {
    const stamped = pdfOf("BT /F1 12 Tf 100 700 Td (KOPIYA) Tj ET q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q");
    expect(await failure(stamped, "scan.pdf")).toBe("no-text-layer");
  });

  it("protected by a password", async () => {
    expect(await failure(fixture("omsk-region-2018-plan-1079.protected.pdf"), "plan.pdf")).toBe("pdf-encrypted");
  });

  it("over 300 pages: refused before its pages are read", async () => {
    expect(await failure(pdfOf("BT /F1 12 Tf 100 700 Td (PLAN) Tj ET", 301), "plan.pdf")).toBe("too-many-pages");
  });

  it("damaged: a PDF's header and no document after it", async () => {
    expect(await failure(Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"), "plan.pdf")).toBe("not-a-document");
  });
});

describe("a cell's lines become its paragraphs again", () => {
  // 10-point text from x = 100, each letter 5 points wide; a column `width` letters wide.
  const line = (text: string, index: number): TextLine => ({
    text,
    left: 100,
    right: 100 + 5 * text.length,
    baseline: 100 + 12 * index,
    size: 10,
    firstWordWidth: 5 * (/^[^\s-]*-?/.exec(text)?.[0].length ?? 0),
    firstCharWidth: 5,
  });
  const cell = (width: number, ...texts: string[]) => {
    const lines = texts.map(line);
    const edge = 100 + 5 * width;
    const elsewhere = { lines: [line("Перечень мероприятий и методических объединений", 0)], edge: 400 };
    return paragraphsOf(lines, edge, vocabularyOf([{ lines, edge }, elsewhere]));
  };

  it("a line that wrapped goes on in the next; one the next word would have fitted after ends its paragraph", () => {
    expect(cell(20, "Семинар для учителей", "математики по теме")).toEqual(["Семинар для учителей математики по теме"]);
    expect(cell(20, "Итоги года.", "План работы")).toEqual(["Итоги года.", "План работы"]);
  });

  it("a hyphen that only hyphenated goes, a hyphen of the word's own stays", () => {
    expect(cell(20, "Проведение мероприя-", "тий для учителей")).toEqual(["Проведение мероприятий для учителей"]);
    expect(cell(20, "Работа учебно-", "методических групп")).toEqual(["Работа учебно-методических групп"]);
  });

  it("a word too long for its column, cut where the column ends, is whole again; a long word that fits is not joined to the next", () => {
    expect(cell(16, "Программа", "профессиональног", "о развития")).toEqual(["Программа профессионального развития"]);
    expect(cell(13, "муниципальных", "образовательных", "организаций")).toEqual(["муниципальных образовательных организаций"]);
  });
});
