// Files as users send them: .docx, text in several encodings, and what is not a plan at all
// (PDF, Excel and CSV: formats-*.test.ts).
import { Resvg } from "@resvg/resvg-js";
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  MAX_PLAN_BYTES,
  PlanInputError,
  decodePlanText,
  docxToText,
  parsePlan,
  readPlanDocument,
} from "../../../../src/features/plans/parser/index.ts";
import { SEEDS, seedBytes, seedText } from "./seed-files.ts";
import { refusalOf } from "../support/reading.ts";

const failure = (bytes: Uint8Array, fileName = "plan.txt") => refusalOf(bytes, fileName);

const MINIMAL_PLAN = ["ПЛАН мероприятий на 2025 год", "", "№ п/п\tМероприятие\tСрок\tОтветственный", "1\tСеминар для учителей\tДекабрь\tИРО", ""].join("\n");

const bytesOf = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));

describe(".docx", () => {
  it.each(SEEDS)("%s.docx parses exactly as its text", async (seed) => {
    const text = await docxToText(seedBytes(seed, "docx"));
    expect(parsePlan(text)).toEqual(parsePlan(seedText(seed)));
  });

  it("readPlanDocument recognises a .docx by its content, whatever its name", async () => {
    expect(await readPlanDocument(seedBytes("omsk-region-2018-plan-1079", "docx"), "plan.bin")).toEqual(parsePlan(seedText("omsk-region-2018-plan-1079")));
  });

  it("keeps a cell's paragraphs apart as the seeds do, so a page break inside a cell is still found", async () => {
    const text = await docxToText(seedBytes("omsk-region-2018-plan-1079", "docx"));
    expect(text.split("\n")).toContain(
      "6\t<p>Образования</p> <p>Осуществление мониторинга информации о результатах массовых оценок образовательных результатов, установление и анализ причин низких результатов</p>\tМОУО\t2018 – 2020 годы",
    );
  });
});

/** A Word plan of MINIMAL_PLAN's lines, with a coat of arms above the title when `picture` is given. */
async function wordPlan(picture?: Buffer): Promise<Buffer> {
  const [title, , ...rows] = MINIMAL_PLAN.split("\n").filter((line, index) => index < 2 || line !== "");
  const arms = picture ? [new Paragraph({ children: [new ImageRun({ type: "png", data: picture, transformation: { width: 60, height: 60 } })] })] : [];
  const table = new Table({ rows: rows.map((row) => new TableRow({ children: row.split("\t").map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) });
  return Packer.toBuffer(new Document({ sections: [{ children: [...arms, new Paragraph(title!), table] }] }));
}

describe(".docx with pictures", () => {
  it("reads a plan with a coat of arms as the same plan without it", async () => {
    const arms = Buffer.from(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#c00"/></svg>').render().asPng());
    const plain = await readPlanDocument(await wordPlan(), "plan.docx");
    expect(plain.measures.map((measure) => measure.title)).toEqual(["Семинар для учителей"]);
    // The picture's paragraph is an empty line, as an empty paragraph is.
    expect((await docxToText(await wordPlan(arms))).trim()).toBe((await docxToText(await wordPlan())).trim());
    expect(await readPlanDocument(await wordPlan(arms), "plan.docx")).toEqual(plain);
  });
});

describe("text encodings", () => {
  const seed = seedText("okoneshnikovo-2021-order-209b");

  it("reads UTF-8 with and without a BOM, Windows-1251 and UTF-16 with a BOM to the same text", () => {
    const whole = { text: seed, replaced: 0 };
    expect(decodePlanText(Buffer.from(seed, "utf8"))).toEqual(whole);
    expect(decodePlanText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, "utf8")]))).toEqual(whole);
    expect(decodePlanText(iconv.encode(seed, "win1251"))).toEqual(whole);
    expect(decodePlanText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, "utf16le")]))).toEqual(whole);
  });

  it("a UTF-8 plan with a few stray bytes reads, each replaced by �, with a remark saying how many", async () => {
    const [before, after] = MINIMAL_PLAN.split("для");
    const bytes = Buffer.concat([Buffer.from(before!), Buffer.from([0xff]), Buffer.from("для"), Buffer.from([0xd0]), Buffer.from(after!)]);
    const plan = await readPlanDocument(bytes, "plan.txt");
    expect(plan.measures.map((measure) => measure.title)).toEqual(["Семинар �для� учителей"]);
    expect(plan.warnings[0]).toEqual({ measure: null, code: "bytes-replaced", details: { count: "2" } });
  });

  it("a U+FFFD the file itself holds is text, not a stray byte", () => {
    expect(decodePlanText(Buffer.from(`${seed}\n�`, "utf8"))).toEqual({ text: `${seed}\n�`, replaced: 0 });
    expect(decodePlanText(Buffer.concat([Buffer.from(`${seed}\n�`, "utf8"), Buffer.from([0xff])]))).toEqual({ text: `${seed}\n��`, replaced: 1 });
  });

  it("a Windows-1251, a UTF-16 and a CRLF plan parse as the UTF-8 one", async () => {
    const parsed = parsePlan(seed);
    expect(await readPlanDocument(iconv.encode(seed, "win1251"), "plan.txt")).toEqual(parsed);
    expect(await readPlanDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, "utf16le")]), "plan.txt")).toEqual(parsed);
    expect(await readPlanDocument(Buffer.from(seed.replace(/\n/g, "\r\n")), "plan.txt")).toEqual(parsed);
  });

  it("refuses KOI8-R and bytes that are no text", () => {
    expect(() => decodePlanText(iconv.encode(seed, "koi8-r"))).toThrow(PlanInputError);
    const noise = bytesOf(Array.from({ length: 200 }, (_, index) => [0x80, 0x81, 0x83, 0x86, 0x87, 0x88, 0x89, 0x8a][index % 8]!));
    expect(() => decodePlanText(noise)).toThrow(expect.objectContaining({ code: "unknown-encoding" }));
  });
});

describe("files that are not a plan", () => {
  it("empty, or only blank lines", async () => {
    expect(await failure(new Uint8Array())).toBe("empty");
    expect(await failure(Buffer.from(" \n\r\n\t\n"))).toBe("empty");
  });

  it("over 5 MB", async () => {
    expect(await failure(new Uint8Array(MAX_PLAN_BYTES + 1))).toBe("too-large");
    expect(MAX_PLAN_BYTES).toBe(5 * 1024 * 1024);
  });

  it("an old Word .doc", async () => {
    expect(await failure(bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "rest of an OLE file"), "plan.doc")).toBe("old-doc");
  });

  it("images, a damaged PDF, an archive that is neither a .docx nor an .xlsx, a damaged .docx or .xlsx, NUL bytes in a text file", async () => {
    expect(await failure(bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR"), "scan.png")).toBe("not-a-document");
    expect(await failure(bytesOf([0xff, 0xd8, 0xff, 0xe0], "JFIF"), "photo.jpg")).toBe("not-a-document");
    expect(await failure(bytesOf("%PDF-1.7\n1 0 obj"), "plan.pdf")).toBe("not-a-document");
    expect(await failure(bytesOf([0x50, 0x4b, 0x03, 0x04], "xl/workbook.xml"), "plan.xlsx")).toBe("not-a-document");
    expect(await failure(bytesOf([0x50, 0x4b, 0x03, 0x04], "word/document.xml and no real archive"), "plan.docx")).toBe("not-a-document");
    expect(await failure(bytesOf([0x50, 0x4b, 0x03, 0x04], "ppt/presentation.xml"), "slides.pptx")).toBe("not-a-document");
    expect(await failure(Buffer.concat([Buffer.from(MINIMAL_PLAN), Buffer.from([0, 0, 1, 2])]))).toBe("not-a-document");
  });

  it("text in no encoding it knows", async () => {
    const noise = bytesOf(Array.from({ length: 192 }, (_, index) => [0x80, 0x83, 0x88][index % 3]!));
    expect(await failure(noise)).toBe("unknown-encoding");
  });

  it("a document without a measures table", async () => {
    expect(await failure(Buffer.from("ПРИКАЗ\n\nОб утверждении плана\n\nУтвердить план.\n"))).toBe("no-measures-table");
  });

  it("a small plan reads", async () => {
    const plan = await readPlanDocument(Buffer.from(MINIMAL_PLAN), "plan.txt");
    expect(plan.plan.title).toBe("План мероприятий на 2025 год");
    expect(plan.measures.map((measure) => [measure.number, measure.kind, measure.dates])).toEqual([["1", "seminar", [{ start: "2025-12-01", end: "2025-12-31" }]]]);
  });
});
