// The rules of the bank without Telegram: searching by words (Cyrillic case, word forms), what the
// route offers for an area (the person's subjects first), and reading a spreadsheet's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { practicesForAreas, searchPage } from "../../../src/features/practices/browse-service.ts";
import { practicesOfRows } from "../../../src/features/practices/import-rows.ts";
import { matches, searchQuery } from "../../../src/features/practices/search.ts";
import { checkFile, checkLink } from "../../../src/features/practices/rules.ts";
import { myRoute } from "../../../src/features/diagnostics/route-service.ts";
import { createQuestionnaire } from "../diagnostics/take-support.ts";

const vocabulary = { subjects: new Map(), areas: new Map() };

describe("search words", () => {
  it("fold case and ё, keep letters and digits, and fit a button", () => {
    expect(searchQuery("  ПРОЕКТНАЯ, Деятельность!! ")).toBe("проектная деятельност");
    expect(searchQuery("Ёлка 2026")).toBe("елка 2026");
    expect(searchQuery("?!")).toBe("");
  });

  it("find forms of a word and need every word", () => {
    expect(matches("проектная деятельность", "Организация ПРОЕКТНОЙ деятельности школьников")).toBe(true);
    expect(matches("елочка", "Ёлочка на уроке")).toBe(true);
    expect(matches("проектная химия", "Проектная деятельность")).toBe(false);
  });
});

describe("checks", () => {
  it("take http and https links whole, and PDF, Word and PowerPoint files up to 20 MB", () => {
    expect(checkLink("https://example.org/a b")).toEqual({ ok: false, rule: "link" });
    expect(checkLink("javascript:alert(1)")).toEqual({ ok: false, rule: "link" });
    expect(checkLink(" http://example.org/x ")).toEqual({ ok: true, value: "http://example.org/x" });
    expect(checkFile({ file_id: "a", file_name: "slides.PPTX", file_size: 1000 })).toEqual({ ok: true, value: { fileId: "a", fileName: "slides.PPTX" } });
    expect(checkFile({ file_id: "a", file_name: "photo.jpg", mime_type: "image/jpeg" })).toEqual({ ok: false, rule: "file-type" });
    expect(checkFile({ file_id: "a", file_name: "plan.docx", file_size: 20 * 1024 * 1024 + 1 })).toEqual({ ok: false, rule: "file-size" });
  });
});

describe("spreadsheet rows", () => {
  it("find the header among the first rows, in any order, and count what they could not read", () => {
    const rows = [
      ["", "Реестр практик"],
      ["Автор", "Наименование практики", "Учебный предмет", "Направление"],
      ["Кузнецова", "Учебный театр", "Литература", "коммуникативная"],
      ["Орлова", "Ментальные карты", "Астрология", "что-то своё"],
      ["Без названия", "", "Физика", ""],
    ];
    expect(practicesOfRows(rows, vocabulary)).toEqual({
      practices: [
        { title: "Учебный театр", description: "", subject: "literature", area: "communicative", classLevel: null, link: null, authorName: "Кузнецова" },
        { title: "Ментальные карты", description: "", subject: null, area: null, classLevel: null, link: null, authorName: "Орлова" },
      ],
      noTitle: 1,
      unknownSubject: 1,
      unknownArea: 1,
      badLink: 0,
    });
    expect(practicesOfRows([["Автор", "Предмет"], ["Кузнецова", "Литература"]], vocabulary)).toBeNull();
  });
});

describe("approved practices", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ directory: true });
  });
  afterAll(() => t.drop());

  it("are offered for an area three at most, the person's subjects first, the newest first", async () => {
    const author = await createTeacher(t.db);
    let day = 0;
    const approved = (title: string, subject: string, area: string, status = "approved") =>
      t.db.practice.create({ data: { authorId: author.id, title, description: "", subject, area, status, reviewedAt: new Date(Date.UTC(2026, 0, ++day)) } });
    await approved("История старая", "history", "digital");
    await approved("Математика старая", "math", "digital");
    await approved("Черновик по математике", "math", "digital", "submitted");
    await approved("История новая", "history", "digital");
    await approved("Математика новая", "math", "digital");
    await approved("Методика", "math", "methodological");
    const offered = await practicesForAreas(t.db, { areas: ["digital", "psychological"], subjects: ["math"] });
    expect(offered.get("digital")!.map((each) => each.title)).toEqual(["Математика новая", "Математика старая", "История новая"]);
    expect(offered.get("psychological")).toEqual([]);

    const found = await searchPage(t.db, "МАТЕМАТИКА", 0);
    expect(found.items.map((each) => each.title)).toEqual(["Математика новая", "Математика старая"]);
  });
});

describe("the saved route", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ directory: true });
  });
  afterAll(() => t.drop());

  it("offers practices for a deficit that nothing in the calendar addresses", async () => {
    const questionnaireId = await createQuestionnaire(t.db, { title: "Проверка (маршрут без мероприятий)" });
    const teacher = await createTeacher(t.db, { fullName: "Маршрутова Ирина" });
    const at = new Date("2026-11-20T06:00:00Z");
    const attempt = await t.db.attempt.create({ data: { questionnaireId, userId: teacher.id, startedAt: at, finishedAt: at, scores: JSON.stringify({ subject: 90, digital: 20 }) } });
    await t.db.route.create({ data: { userId: teacher.id, attemptId: attempt.id, savedAt: at } });
    const practice = await t.db.practice.create({ data: { title: "Цифровая лаборатория на уроке", description: "Опыт", area: "digital", status: "approved" } });
    const route = await myRoute(t.db, teacher.id, at);
    expect(route?.areas.map((area) => ({ area: area.area, items: area.items.length, practices: area.practices.map((each) => each.id) }))).toEqual([{ area: "digital", items: 0, practices: [practice.id] }]);
  });
});
