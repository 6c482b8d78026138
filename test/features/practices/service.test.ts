// The rules of the bank without Telegram: searching by words (Cyrillic case, word forms, the whole
// bank, the newest first), what the route offers for an area (the person's subjects first), and
// reading a spreadsheet's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { practicesForAreas, searchPage } from "../../../src/features/practices/browse-service.ts";
import { practicesOfRows } from "../../../src/features/practices/import-rows.ts";
import { searchQuery } from "../../../src/features/practices/search.ts";
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
});

describe("searching the bank", () => {
  let t: TestDb;
  let day = 0;
  beforeAll(async () => {
    t = await createTestDb({ directory: true });
  });
  afterAll(() => t.drop());

  const approved = (title: string, description = "", status = "approved") =>
    t.db.practice.create({ data: { title, description, status, reviewedAt: new Date(Date.UTC(2025, 0, 1) + ++day * 60_000) } });
  const titles = async (query: string) => (await searchPage(t.db, searchQuery(query), 0)).items.map((each) => each.title);

  it("finds forms of a word in any case, ё as е, in the title or the description, needing every word", async () => {
    await approved("Организация ПРОЕКТНОЙ деятельности школьников");
    await approved("Ёлочка на уроке", "Новогодний КВЕСТ: ЁЛКА, игрушки");
    await approved("STEM-подход", "Проектно-исследовательская работа в 100% классов");
    await approved("Проектная химия", "", "submitted");
    expect(await titles("проектная деятельность")).toEqual(["Организация ПРОЕКТНОЙ деятельности школьников"]);
    expect(await titles("ЕЛОЧКА")).toEqual(["Ёлочка на уроке"]);
    expect(await titles("елка квест")).toEqual(["Ёлочка на уроке"]);
    expect(await titles("stem исследовательская 100")).toEqual(["STEM-подход"]);
    expect(await titles("проектная")).toEqual(["STEM-подход", "Организация ПРОЕКТНОЙ деятельности школьников"]);
    expect(await titles("проектная химия")).toEqual([]);
    // A forged button's words: only letters and digits are looked for, nothing is a wildcard.
    expect((await searchPage(t.db, "*[ёлк]%_ ?", 0)).items.map((each) => each.title)).toEqual(["Ёлочка на уроке"]);
  });

  it("looks at every approved practice, however many, and pages them the newest first", async () => {
    const base = Date.UTC(2020, 0, 1);
    const many = Array.from({ length: 5200 }, (_, index) => ({
      title: index === 0 ? "Самая старая: функциональная грамотность" : `Практика № ${index}`,
      description: index % 2 ? "Урок с проектом" : "Урок",
      status: "approved",
      reviewedAt: new Date(base + index * 60_000),
    }));
    for (let start = 0; start < many.length; start += 1000) await t.db.practice.createMany({ data: many.slice(start, start + 1000) });
    expect(await titles("функциональная грамотность")).toEqual(["Самая старая: функциональная грамотность"]);
    const first = await searchPage(t.db, "урок с проектом", 0);
    expect(first).toMatchObject({ page: 0, total: 2600, pages: 372 });
    expect(first.items.map((each) => each.title)).toEqual(["Практика № 5199", "Практика № 5197", "Практика № 5195", "Практика № 5193", "Практика № 5191", "Практика № 5189", "Практика № 5187"]);
    const last = await searchPage(t.db, "урок с проектом", 999);
    expect(last).toMatchObject({ page: 371, total: 2600 });
    expect(last.items.map((each) => each.title)).toEqual(["Практика № 5", "Практика № 3", "Практика № 1"]);
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
    expect(route?.areas.map((area) => ({ area: area.area, items: area.items.length }))).toEqual([{ area: "digital", items: 0 }]);
    const offered = await practicesForAreas(t.db, { areas: route!.areas.map((area) => area.area), subjects: ["math"] });
    expect(offered.get("digital")?.map((each) => each.id)).toEqual([practice.id]);
  });
});
