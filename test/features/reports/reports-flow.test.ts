// The reports as a coordinator and a methodologist use them (issue #14, points 4–5): the school
// coordinator opens "📈 Отчёты", sees the school's indicators, downloads the monitoring report as
// .xlsx and .docx and the chart; a forged scope, a forged half-year and a teacher are refused; a
// methodologist sees the region in English, goes down to a municipality, and an empty one says
// "no data"; a plan's report deadline nudge links to the half-year's indicators.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import type { FakeUser } from "../../support/harness.ts";
import type { UploadedFile } from "../../support/fake-telegram.ts";
import { REPORT_DATA } from "../../../src/features/reports/callbacks.ts";
import { deadlineNotice } from "../../../src/features/plans/deadline-nudges.ts";
import { NOW, person, pickPlaces, seedSchoolA, type School } from "./report-data.ts";

const app = useApp({ clock: new FakeClock(NOW) });
let a: School;
let b: School;
let otherMunicipalityId: number;
let coordinator: FakeUser;

beforeAll(async () => {
  const places = await pickPlaces(app.t.db);
  ({ a, b, otherMunicipalityId } = places);
  const seeded = await seedSchoolA(app.t.db, a, b, "Ф");
  await app.t.db.roleGrant.create({ data: { userId: seeded.coordinator.id, role: "coordinator", schoolId: a.id, scopeKey: `s:${a.id}` } });
  coordinator = app.h.user({ id: Number(seeded.coordinator.telegramId), languageCode: "ru" });
});

const lastDocument = (u: FakeUser) => {
  const file = u.calls("sendDocument").at(-1)!.payload.document as UploadedFile;
  return { file, bytes: Buffer.from(app.h.telegram.files.get(file.fileId)!.bytes) };
};

/** The first sheet's rows, values as exceljs reads them (numbers stay numbers). */
async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("a school coordinator, in Russian", () => {
  it("sees the school's indicators straight away, with what each counts", async () => {
    await coordinator.send("/menu");
    await coordinator.press("📈 Отчёты");
    const screen = coordinator.lastMessage();
    expect(screen.text).toContain(`📈 Показатели: ${a.name}`);
    expect(screen.text).toContain("II полугодие 2026 · на 30 ноября 2026");
    expect(screen.text).toContain("👩‍🏫 Педагогов в боте: 10");
    expect(screen.text).toContain("🎓 Обучались за последние 3 года: 4 (40 %)");
    expect(screen.text).toContain("⏳ ждут подтверждения: 1 курс");
    expect(screen.text).toContain("🗓 Планируют обучение: 1 (10 %)");
    expect(screen.text).toContain("Востребованные формы: вебинары — 5, конкурсы — 3");
    expect(screen.text).toContain("муниципальный уровень: 3, призёров 1, победителей 1");
    expect(screen.text).toContain("самодиагностику здесь ещё никто не проходил");
    expect(screen.buttons).toEqual([
      ["📊 Диаграмма", "📥 Выгрузки"],
      ["📄 Отчёт .docx", "📄 Отчёт .xlsx"],
      ["🎓 Курсы на подтверждение: 1"],
      ["‹ I полугодие 2026"],
      ["‹ Назад"],
    ]);
  });

  it("downloads the half-year's monitoring report as .xlsx and .docx, filled in", async () => {
    await coordinator.press("📄 Отчёт .xlsx");
    const xlsx = lastDocument(coordinator);
    expect(xlsx.file.fileName).toMatch(/^monitoring-.+-2026-H2\.xlsx$/);
    const rows = await sheetRows(xlsx.bytes);
    expect(rows[0]).toEqual(["Мониторинг повышения профессионального мастерства педагогов"]);
    expect(rows[1]).toEqual([a.name]);
    expect(rows[2]).toEqual(["за II полугодие 2026 г. (данные на 30 ноября 2026)"]);
    expect(rows[3]).toEqual(["№ п/п", "Показатель", "Количество, чел.", "Доля, %", "Примечание"]);
    const row = (start: string) => rows.find((cells) => cells[0] === start)!;
    // Counts and shares are numbers: a municipality sums its schools' tables.
    expect(row("1").slice(1, 3)).toEqual(["Численность педагогических работников, зарегистрированных в боте", 10]);
    expect(row("2").slice(2, 4)).toEqual([4, 40]);
    expect(row("2")[4]).toContain("ещё 1 курс ждёт подтверждения и не учтён");
    expect(row("5.2").slice(1, 5)).toEqual(["   муниципальный уровень", 3, undefined, "призёров: 1, победителей: 1"]);
    expect(row("5.4").slice(1, 3)).toEqual(["   всероссийский уровень", 0]);
    expect(rows.at(-1)![1]).toMatch(/^Исполнитель _+/);

    await coordinator.press("📄 Отчёт .docx");
    const docx = lastDocument(coordinator);
    expect(docx.file.fileName).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(text).toContain("Доля педагогов, прошедших обучение по программам повышения квалификации за последние 3 года");
    expect(text).toContain("Доля, %");
    expect(text).toContain("Руководитель ___");
  });

  it("gets the chart as a picture", async () => {
    await coordinator.press("📊 Диаграмма");
    const photo = coordinator.calls("sendPhoto").at(-1)!;
    expect(photo.payload.caption).toContain(a.name);
    expect((photo.payload.photo as UploadedFile).mimeType).toBe("image/png");
  });

  it("chooses the exports' format on top, each export a full-width button", async () => {
    await coordinator.send("/menu");
    await coordinator.press("📈 Отчёты");
    await coordinator.press("📥 Выгрузки");
    const kinds = [["📋 Записи на мероприятия"], ["✔️ Посещаемость"], ["🎓 Педагоги и обучение"], ["🧭 Самодиагностика"], ["‹ Назад"]];
    expect(coordinator.lastMessage().buttons).toEqual([["● Excel", "CSV"], ...kinds]);
    await coordinator.press("CSV");
    expect(coordinator.lastMessage().buttons).toEqual([["Excel", "● CSV"], ...kinds]);
    await coordinator.press("✔️ Посещаемость");
    expect(lastDocument(coordinator).file.fileName).toMatch(/\.csv$/);
    await coordinator.press("‹ Назад");
  });

  it("is refused another school, the region and a made-up half-year, and nothing changes", async () => {
    const before = coordinator.lastMessage();
    for (const data of [REPORT_DATA.indicators("s", b.id, 20262), REPORT_DATA.indicators("r", 0, 20262), REPORT_DATA.report("x", "s", b.id, 20262), REPORT_DATA.municipalities(0)]) {
      await coordinator.pressData(data, before.id);
      expect(coordinator.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    for (const data of [REPORT_DATA.indicators("s", a.id, 20263), REPORT_DATA.indicators("s", a.id, 20272), REPORT_DATA.indicators("r", 5, 20262)]) {
      await coordinator.pressData(data, before.id);
      expect(coordinator.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    }
    expect(coordinator.lastMessage()).toEqual(before);
  });

  it("goes back a half-year, where nothing happened yet but the people are counted, and no further than they registered", async () => {
    await coordinator.press("‹ I полугодие 2026");
    const screen = coordinator.lastMessage();
    expect(screen.text).toContain("I полугодие 2026 · на 30 июня 2026");
    expect(screen.text).toContain("👩‍🏫 Педагогов в боте: 10");
    // Nobody of the school had registered in 2025: no way back there.
    expect(screen.buttons.at(-2)).toEqual(["II полугодие 2026 ›"]);
  });
});

describe("a methodologist, in English", () => {
  it("sees the region, goes down to a municipality, and an empty one says there is no data", async () => {
    const row = await person(app.t.db, b, "Methodist Mary", "en");
    await app.t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist", scopeKey: "" } });
    const u = app.h.user({ id: Number(row.telegramId), languageCode: "en" });
    await u.send("/menu");
    await u.press("📈 Reports");
    expect(u.lastMessage().text).toContain("📈 Indicators: The whole region");
    expect(u.lastMessage().text).toContain("2nd half of 2026 · as of");
    await u.press("🏘 Municipalities");
    const municipality = await app.t.db.municipality.findUniqueOrThrow({ where: { id: a.municipalityId } });
    expect(u.lastMessage().buttons.flat()).toContain("Большереченский муниципальный район");
    await u.pressData(REPORT_DATA.indicators("m", municipality.id, 20262), u.lastMessage().id);
    expect(u.lastMessage().text).toContain(`📈 Indicators: ${municipality.name}`);
    expect(u.lastMessage().text).toContain("👩‍🏫 Teachers in the bot: 14");
    expect(u.lastMessage().buttons.flat()).toContain("🏫 Schools");

    const empty = u.lastMessage().id;
    await u.pressData(REPORT_DATA.indicators("m", otherMunicipalityId, 20262), empty);
    expect(u.lastMessage().text).toMatch(/No data for “.+” for the 2nd half of 2026/);
    expect(u.lastMessage().buttons.flat()).not.toContain("📄 Report .xlsx");
  });
});

describe("a teacher", () => {
  it("has no reports button and is refused a forged one", async () => {
    const row = await person(app.t.db, a, "Учитель без роли");
    const u = app.h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send("/menu");
    expect(u.lastMessage().buttons.flat()).not.toContain("📈 Отчёты");
    await u.pressData(REPORT_DATA.indicators("s", a.id, 20262), u.lastMessage().id);
    expect(u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
  });
});

describe("a plan's report deadline", () => {
  it("links the nudge to the place's indicators of the half-year the date ends; other deadlines have no such button", () => {
    const notice = (kind: string) =>
      deadlineNotice({ measureDateId: 7, measure: { number: "3.4", title: "Отчёт о реализации плана", kind, plan: { title: "План" } }, end: new Date(Date.UTC(2026, 11, 20)), place: { kind: "s", id: a.id }, placeName: a.name, left: "week" });
    expect(notice("report").buttons?.at(-1)).toEqual([{ key: "plan-deadline-button-report", data: REPORT_DATA.open("s", a.id, 20262) }]);
    expect(notice("seminar").buttons).toHaveLength(1);
  });

  it("opens the indicators as a new message, leaving the nudge as it was", async () => {
    const before = coordinator.messages();
    await coordinator.pressData(REPORT_DATA.open("s", a.id, 20262), before.at(-1)!.id);
    const after = coordinator.messages();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-2)).toEqual(before.at(-1));
    expect(after.at(-1)!.text).toContain(`📈 Показатели: ${a.name}`);
  });
});
