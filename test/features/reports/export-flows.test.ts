// The report exports through the bot (issue #14 point 1 and its bad input): a school coordinator
// downloads the school's sign-ups, attendance and training record from the reports screen; the
// tap is answered at once and the file comes with a caption saying what it holds; a forged scope
// or half-year is refused and sends nothing; an empty period says "no data" instead of a file; a
// name that is a formula arrives neutralised in Excel and in CSV; one event's sign-ups come from
// the coordinator's screen with their own people only, and all of them for a methodologist.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EVENT_DATA } from "../../../src/features/events/callbacks.ts";
import { REPORT_DATA } from "../../../src/features/reports/callbacks.ts";
import { bodyOf, documentsSent, headerOf, parseCsv, readXlsx } from "../../exports/read-back.ts";
import { FORMULA_NAME, H2_2026, makeReportWorld, NOW, staffMember, type ReportWorld } from "../../exports/report-data.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
let world: ReportWorld;
let coordinatorA: FakeUser;
let coordinatorM: FakeUser;
let methodologist: FakeUser;
let teacher: FakeUser;
const clock = new FakeClock(NOW);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
  world = await makeReportWorld(t.db);
  const a = await staffMember(t.db, "Координатова Вера", { role: "coordinator", schoolId: world.schoolA.id });
  const m = await staffMember(t.db, "Муниципальная Ольга", { role: "coordinator", municipalityId: world.municipality.id });
  const r = await staffMember(t.db, "Smith Mary", { role: "methodologist" }, "en");
  coordinatorA = h.user({ id: Number(a.telegramId) });
  coordinatorM = h.user({ id: Number(m.telegramId) });
  methodologist = h.user({ id: Number(r.telegramId), languageCode: "en" });
  teacher = h.user({ id: Number(world.anna.telegramId) });
});
afterAll(() => t.drop());
// A button pressed under a message, as it always is: every test starts from the main menu.
beforeEach(async () => {
  for (const u of [coordinatorA, coordinatorM, methodologist, teacher]) await u.send("/menu");
});

const ownSchool = () => REPORT_DATA.export("rg", "x", "s", world.schoolA.id, H2_2026);

describe("a school coordinator", () => {
  it("downloads the school's sign-ups as Excel from the reports screen: the tap answered at once, then the file with what it holds", async () => {
    await coordinatorA.press("📈 Отчёты");
    await coordinatorA.press("📥 Выгрузки");
    const before = h.telegram.calls.length;
    await coordinatorA.press("📋 Записи на мероприятия");
    const calls = h.telegram.calls.slice(before).map((call) => call.method);
    expect(calls.indexOf("answerCallbackQuery")).toBeLessThan(calls.indexOf("sendChatAction"));
    expect(calls.indexOf("sendChatAction")).toBeLessThan(calls.indexOf("sendDocument"));
    expect(coordinatorA.lastAnswer()?.text).toBe("Готовлю файл…");
    const [file] = documentsSent(h.telegram, coordinatorA).slice(-1);
    expect(file!.name).toMatch(/^записи-.+-2026-H2\.xlsx$/);
    expect(file!.caption).toBe(`📥 Записи на мероприятия\n${world.schoolA.name} · II полугодие 2026\nЗаписи: 6 строк`);
    const [sheet] = await readXlsx(file!.bytes);
    const names = bodyOf(sheet!).map((row) => row[0]);
    // Their school only: Vera of school B and Pyotr of school C signed up for the same webinar.
    expect(new Set(names)).toEqual(new Set([`'${FORMULA_NAME}`, "Петрова Анна Ивановна"]));
    expect(bodyOf(sheet!)[0]![5]).toBeInstanceOf(Date);
  });

  it("gets attendance and the training record, and CSV with the formula neutralised, a file a sheet", async () => {
    await coordinatorA.pressData(REPORT_DATA.export("at", "x", "s", world.schoolA.id, H2_2026));
    const [attendance] = await readXlsx(documentsSent(h.telegram, coordinatorA).at(-1)!.bytes);
    expect(bodyOf(attendance!).map((row) => [row[0], row[4], row[5]])).toEqual([
      ["Курсы: обновлённые ФГОС", 1, 1],
      ["Вебинар по функциональной грамотности", 2, 1],
      ["Конкурс «Учитель года»", 1, 1],
    ]);
    const sent = documentsSent(h.telegram, coordinatorA).length;
    await coordinatorA.pressData(REPORT_DATA.export("tr", "c", "s", world.schoolA.id, H2_2026));
    const [teachers, courses] = documentsSent(h.telegram, coordinatorA).slice(sent);
    expect([teachers!.name, courses!.name]).toEqual([expect.stringMatching(/^педагоги-.+\.csv$/), expect.stringMatching(/^обучение-.+\.csv$/)]);
    expect(teachers!.caption).toContain("Педагоги: 2 строки");
    expect(courses!.caption).toContain("Обучение: 4 строки");
    expect([...teachers!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(teachers!.bytes.toString("utf8").slice(1));
    expect(rows[0]).toEqual(["ФИО", "Школа", "Муниципалитет", "Предметы", "Стаж, лет", "Обучение за 3 года", "Последнее обучение окончено", "Часов за 3 года"]);
    expect(rows.slice(1)).toEqual([
      [`'${FORMULA_NAME}`, world.schoolA.name, world.municipality.name, "", "", "нет", "", "0"],
      ["Петрова Анна Ивановна", world.schoolA.name, world.municipality.name, "Математика, Физика", "10", "да", "15.09.2026", "108"],
    ]);
    expect(parseCsv(courses!.bytes.toString("utf8").slice(1))[1]![2]).toBe("'@Курс по ИИ");
  });

  it("is refused another school, the municipality and the region, with nothing sent", async () => {
    const sent = coordinatorA.calls("sendDocument").length;
    for (const data of [
      REPORT_DATA.export("rg", "x", "s", world.schoolB.id, H2_2026),
      REPORT_DATA.export("tr", "c", "m", world.municipality.id, H2_2026),
      REPORT_DATA.export("dg", "x", "r", 0, H2_2026),
    ]) {
      await coordinatorA.pressData(data);
      expect(coordinatorA.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    expect(coordinatorA.calls("sendDocument")).toHaveLength(sent);
  });

  it("is told a made-up half-year, region id or a half-year not begun is outdated", async () => {
    for (const data of [
      REPORT_DATA.export("rg", "x", "s", world.schoolA.id, 20263),
      REPORT_DATA.export("rg", "x", "s", world.schoolA.id, 20271),
      REPORT_DATA.export("rg", "x", "r", 5, H2_2026),
    ]) {
      await coordinatorA.pressData(data);
      expect(coordinatorA.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    }
  });

  it("gets 'no data' for an empty half-year instead of an empty file", async () => {
    const sent = coordinatorA.calls("sendDocument").length;
    await coordinatorA.pressData(REPORT_DATA.export("rg", "x", "s", world.schoolA.id, 20252));
    expect(coordinatorA.lastMessage().text).toBe(`📭 Записи на мероприятия: нет данных по «${world.schoolA.name}» за II полугодие 2025. Выберите другое полугодие.`);
    expect(coordinatorA.calls("sendDocument")).toHaveLength(sent);
  });

  it("downloads one event's sign-ups of their own people from their events screen", async () => {
    await coordinatorA.pressData(EVENT_DATA.coordinatorPeople(world.events.webinar.id, "past", 0));
    await coordinatorA.press("📥 Excel");
    const file = documentsSent(h.telegram, coordinatorA).at(-1)!;
    expect(file.name).toBe("записи-вебинар-по-функциональной-грамотности-2026-10-05.xlsx");
    expect(file.caption).toBe("📥 Ваши педагоги, записавшиеся на «Вебинар по функциональной грамотности» (05.10.2026)\nЗаписи: 2 строки");
    const [sheet] = await readXlsx(file.bytes);
    expect(bodyOf(sheet!).map((row) => [row[0], row[3]])).toEqual([
      [`'${FORMULA_NAME}`, "в листе ожидания"],
      ["Петрова Анна Ивановна", "записан(а)"],
    ]);
  });
});

describe("a municipal coordinator and a methodologist", () => {
  it("a municipal coordinator gets a school of their municipality, and the municipality's self-diagnosis as aggregates", async () => {
    await coordinatorM.pressData(REPORT_DATA.export("rg", "x", "s", world.schoolB.id, H2_2026));
    const [sheet] = await readXlsx(documentsSent(h.telegram, coordinatorM).at(-1)!.bytes);
    expect(bodyOf(sheet!).map((row) => row[0])).toEqual(["Борисова Вера Николаевна", "Борисова Вера Николаевна"]);
    await coordinatorM.pressData(REPORT_DATA.export("dg", "x", "m", world.municipality.id, H2_2026));
    const file = documentsSent(h.telegram, coordinatorM).at(-1)!;
    expect(file.name).toMatch(/^самодиагностика-.+-2026-H2\.xlsx$/);
    const [results] = await readXlsx(file.bytes);
    expect(bodyOf(results!)).toHaveLength(4);
  });

  it("a methodologist exports in English, and gets all of an event's sign-ups", async () => {
    await methodologist.pressData(REPORT_DATA.export("at", "c", "r", 0, H2_2026));
    const file = documentsSent(h.telegram, methodologist).at(-1)!;
    expect(file.name).toBe("attendance-the-whole-region-2026-H2.csv");
    expect(methodologist.lastAnswer()?.text).toBe("Preparing the file…");
    const rows = parseCsv(file.bytes.toString("utf8").slice(1));
    expect(rows[0]).toEqual(["Event", "Kind", "Date", "Hours", "Signed up", "Attended", "Share attended"]);
    // Pyotr of school C counts for the region: four signed up for the webinar, one came.
    expect(rows[2]).toEqual(["Вебинар по функциональной грамотности", "webinar", "05.10.2026", "", "4", "1", "25.0%"]);
    await methodologist.pressData(REPORT_DATA.eventExport(world.events.webinar.id, "x"));
    const [sheet] = await readXlsx(documentsSent(h.telegram, methodologist).at(-1)!.bytes);
    expect(headerOf(sheet!)[0]).toBe("Name");
    expect(bodyOf(sheet!)).toHaveLength(4);
  });
});

describe("anyone else", () => {
  it("a teacher is refused both kinds of export, and a deleted event is said to be gone", async () => {
    for (const data of [ownSchool(), REPORT_DATA.eventExport(world.events.webinar.id, "x")]) {
      await teacher.pressData(data);
      expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    expect(teacher.calls("sendDocument")).toHaveLength(0);
    await methodologist.pressData(REPORT_DATA.eventExport(999_999, "x"));
    expect(methodologist.lastAnswer()?.text).toBe("Event not found: it may have been removed.");
  });
});
