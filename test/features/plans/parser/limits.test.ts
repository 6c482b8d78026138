// Crafted documents that would take the memory or the time everyone else needs: refused with a reason.
import { describe, expect, it } from "vitest";
import { MAX_PLAN_LINES, MAX_PLAN_MEASURES, MAX_UNPACKED_BYTES, readPlanDocument } from "../../../../src/features/plans/parser/index.ts";
import { checkUnpackedSize } from "../../../../src/features/plans/parser/zip-size.ts";
import { hugeDocumentXml, manyMeasures, planText, zipOf } from "../support/plan-text.ts";
import { SEEDS, seedBytes } from "./seed-files.ts";
import { refusalOf } from "../support/reading.ts";

const failure = (bytes: Uint8Array, fileName = "plan.docx") => refusalOf(bytes, fileName);

const FORTY_MB = 40 * 1024 * 1024;

describe("a .docx is measured before it is unpacked", () => {
  it("a 40 KB archive whose document.xml unpacks to 40 MB is refused", async () => {
    const bomb = zipOf([{ name: "word/document.xml", data: hugeDocumentXml(FORTY_MB) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await failure(bomb)).toBe("unpacked-too-large");
  });

  it("an archive that declares a small size but inflates to 40 MB is stopped at the size it declares", () => {
    const liar = zipOf([{ name: "word/document.xml", data: hugeDocumentXml(FORTY_MB), declaredSize: 1_000 }]);
    expect(() => checkUnpackedSize(liar)).toThrow(expect.objectContaining({ code: "unpacked-too-large" }));
  });

  it("many entries that are each small but together over the limit are refused", () => {
    const entry = hugeDocumentXml(1024 * 1024);
    const archive = zipOf(Array.from({ length: MAX_UNPACKED_BYTES / entry.length + 1 }, (_, index) => ({ name: `word/media/${index}.xml`, data: entry })));
    expect(() => checkUnpackedSize(archive)).toThrow(expect.objectContaining({ code: "unpacked-too-large" }));
  });

  it.each(SEEDS)("the real plan %s.docx passes", (seed) => {
    expect(() => checkUnpackedSize(seedBytes(seed, "docx"))).not.toThrow();
  });
});

describe("rows and measures are counted", () => {
  it(`a plan of ${MAX_PLAN_MEASURES + 1} measures is refused, one of ${MAX_PLAN_MEASURES} reads`, async () => {
    const title = "План мероприятий на 2026 год";
    expect(await failure(Buffer.from(planText({ title, measures: manyMeasures(MAX_PLAN_MEASURES + 1) })), "plan.txt")).toBe("too-many-measures");
    const largest = await readPlanDocument(Buffer.from(planText({ title, measures: manyMeasures(MAX_PLAN_MEASURES) })), "plan.txt");
    expect(largest.measures).toHaveLength(MAX_PLAN_MEASURES);
  });

  it("a plan of 20,000 rows is refused before it is parsed", async () => {
    const text = planText({ title: "План мероприятий на 2026 год", measures: manyMeasures(20_000) });
    expect(text.split("\n").length).toBeGreaterThan(MAX_PLAN_LINES);
    expect(await failure(Buffer.from(text), "plan.txt")).toBe("too-many-lines");
  });
});
