// The coordinators' view (issue #15, point 4): a school's young teachers without a mentor, its
// pairs with the meetings held this half-year (the ended ones after the others, six a page), its
// bank of mentors, and the export of all three read back from Excel and CSV; a municipality's view
// takes in its schools; a scope or export that is not the coordinator's opens and sends nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { bodyOf, documentsSent, headerOf, parseCsv, readXlsx } from "../../exports/read-back.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let h: AppHarness;
let w: MentoringWorld;
let school: FakeUser;
let municipal: FakeUser;
let municipalityName: string;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
  w = await makeMentoringWorld(t.db);
  municipalityName = (await t.db.municipality.findUniqueOrThrow({ where: { id: w.schoolA.municipalityId } })).name;
  const olgaPair = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: w.olga.id } });
  // Two meetings held this half-year, one planned, one held in the spring (another term).
  await t.db.pairMeeting.createMany({
    data: [
      { pairId: olgaPair.id, startsAt: at("2026-09-15T09:00:00Z"), topic: "Рабочая программа", heldAt: at("2026-09-15T10:00:00Z") },
      { pairId: olgaPair.id, startsAt: at("2026-10-20T09:00:00Z"), topic: "Открытый урок", heldAt: at("2026-10-20T10:00:00Z") },
      { pairId: olgaPair.id, startsAt: at("2026-12-10T09:00:00Z"), topic: "Итоги полугодия" },
      { pairId: olgaPair.id, startsAt: at("2026-05-10T09:00:00Z"), topic: "Весна", heldAt: at("2026-05-10T10:00:00Z") },
    ],
  });
  // A pair ended this half-year (in the export with its reason) and one ended in the spring (not).
  const bella = await person(t.db, "Бывшая Бэлла", w.schoolA, { years: 2, subjects: ["math"] });
  await t.db.mentorPair.create({
    data: { mentorId: w.anna.id, menteeId: bella.id, status: "ended", subject: "math", startedAt: at("2026-09-01T03:00:00Z"), endedAt: at("2026-10-01T03:00:00Z"), endReason: "=Не сложилось", endedById: bella.id },
  });
  await t.db.mentorPair.create({ data: { mentorId: w.zoya.id, menteeId: bella.id, status: "ended", subject: "math", startedAt: at("2026-02-01T03:00:00Z"), endedAt: at("2026-03-01T03:00:00Z"), endReason: "Весной" } });
  school = h.user({ id: Number((await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id })).telegramId) });
  municipal = h.user({ id: Number((await staff(t.db, "Муниципальная Ольга", { role: "coordinator", municipalityId: w.schoolA.municipalityId })).telegramId) });
});
afterAll(() => t.drop());
beforeEach(async () => {
  for (const u of [school, municipal]) await u.send("/menu");
});

describe("the coordinators' view", () => {
  it("shows a school's figures, its pairs with the meetings held this half-year, and its bank of mentors", async () => {
    await school.press("🤝 Наставничество");
    await school.press("📋 Координатору: пары и наставники");
    expect(school.lastMessage().text).toBe(
      [
        `🤝 Наставничество · ${w.schoolA.name}`,
        "",
        "🙋 Молодых педагогов без наставника: 2 (просят сами: 0)",
        "🤝 Пар работает: 1, ждут согласия: 1",
        "🎓 Наставников в банке: 4, свободных мест: 8",
        "🗓 Встреч проведено за II полугодие 2026: 2",
      ].join("\n"),
    );
    await school.press("🤝 Пары (4)");
    const pairs = school.lastMessage().text;
    expect(pairs).toContain(`🤝 Пары · ${w.schoolA.name}: 4`);
    expect(pairs).toContain(`✅ Подопечная Ольга (${w.schoolA.name})\nНаставник: Занятая Зоя Петровна (${w.schoolA.name}) · Математика\nработает с 1 сентября 2026 · встреч: 2`);
    expect(pairs).toContain("⏳ Подопечный Иван");
    expect(pairs).toContain("ждёт согласия: Полная Галина Сергеевна, Подопечный Иван");
    // The ended pairs follow for the history, the latest ended first, with their dates.
    expect(pairs).toContain(`🗂 Бывшая Бэлла (${w.schoolA.name})\nНаставник: Опытная Анна Ивановна (${w.schoolA.name}) · Математика\nзавершена 1 октября 2026 · работала с 1 сентября 2026 · встреч: 0`);
    expect(pairs).toContain(`🗂 Бывшая Бэлла (${w.schoolA.name})\nНаставник: Занятая Зоя Петровна (${w.schoolA.name}) · Математика\nзавершена 1 марта 2026 · работала с 1 февраля 2026 · встреч: 0`);
    expect(pairs.indexOf("⏳ Подопечный Иван")).toBeLessThan(pairs.indexOf("🗂 Бывшая Бэлла"));
    expect(pairs.indexOf("1 октября 2026")).toBeLessThan(pairs.indexOf("1 марта 2026"));
    expect(school.lastMessage().buttons).toEqual([["✅ Подопечная Ольга"], ["⏳ Подопечный Иван"], ["🗂 Бывшая Бэлла"], ["🗂 Бывшая Бэлла"], ["‹ Назад"]]);
    await school.press("✅ Подопечная Ольга");
    expect(school.lastMessage().text).toContain("Встреч в этом полугодии: 2");
    // A coordinator sees the pair but answers for nobody.
    expect(school.lastMessage().buttons).toEqual([["🗓 Встречи"], ["‹ Назад"]]);

    // Back from a pair opened from the list is the list, then the school's view.
    await school.press("‹ Назад");
    expect(school.lastMessage().text).toBe(pairs);
    await school.press("‹ Назад");
    await school.press("🎓 Банк наставников (4)");
    const bank = school.lastMessage().text;
    expect(bank).toContain(`Опытная Анна Ивановна (${w.schoolA.name}) — Математика, подопечных: 0 из 1`);
    expect(bank).toContain(`Словесник Вера Николаевна (${w.schoolA.name}) — Русский язык, подопечных: 0 из 5`);
    expect(bank).not.toContain("Борис");
  });

  it("a municipality's coordinator sees its schools together: mentors of both, the withdrawn one left out", async () => {
    await municipal.press("🤝 Наставничество");
    await municipal.press("📋 Координатору: пары и наставники");
    expect(municipal.lastMessage().text).toContain("🎓 Наставников в банке: 5, свободных мест: 10");
    await municipal.press("🎓 Банк наставников (5)");
    expect(municipal.lastMessage().text).toContain(`Соседний Борис Ильич (${w.schoolB.name}) — Математика, Физика, подопечных: 0 из 2`);
    expect(municipal.lastMessage().text).not.toContain("Елена");
  });

  it("exports the pairs, the young teachers without a mentor and the mentors to Excel", async () => {
    await school.pressData(MENTORING_DATA.coordinator("s", w.schoolA.id));
    await school.press("📥 Excel");
    expect(school.lastAnswer()?.text).toBe("Готовлю файл…");
    const [file] = documentsSent(h.telegram, school).slice(-1);
    expect(file!.name).toMatch(/^наставничество-.+-2026-H2\.xlsx$/);
    expect(file!.caption).toBe(`📥 Наставничество\n${w.schoolA.name} · II полугодие 2026\nПары: 3 строки\nБез наставника: 2 строки\nНаставники: 4 строки`);
    const [pairs, young, mentors] = await readXlsx(file!.bytes);
    expect([pairs!.name, young!.name, mentors!.name]).toEqual(["Пары", "Без наставника", "Наставники"]);
    expect(headerOf(pairs!)).toEqual([
      "Молодой педагог", "Школа", "Муниципалитет", "Наставник", "Школа наставника", "Предмет", "Статус",
      "Предложена", "Работает с", "Встреч за полугодие", "Последняя встреча", "Завершена", "Причина завершения",
    ]);
    const rows = bodyOf(pairs!);
    // Active, then ended, then waiting (by status), each by the young teacher's name.
    expect(rows.map((row) => [row[0], row[3], row[6], row[9]])).toEqual([
      ["Подопечная Ольга", "Занятая Зоя Петровна", "работает", 2],
      ["Бывшая Бэлла", "Опытная Анна Ивановна", "завершена", 0],
      ["Подопечный Иван", "Полная Галина Сергеевна", "ждёт согласия", 0],
    ]);
    expect(rows[0]!.slice(1, 3)).toEqual([w.schoolA.name, municipalityName]);
    expect(rows[0]![8]).toBeInstanceOf(Date);
    expect(rows[0]![10]).toBeInstanceOf(Date);
    // A reason that looks like a formula arrives as text.
    expect(rows[1]![12]).toBe("'=Не сложилось");
    expect(bodyOf(young!).map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
      ["Бывшая Бэлла", "Математика", 2, false],
      ["Молодая Яна Олеговна", "Математика, Информатика", 1, false],
    ]);
    expect(headerOf(mentors!)).toEqual(["ФИО", "Школа", "Муниципалитет", "Предметы", "Мест", "Подопечных", "Заметка"]);
    expect(bodyOf(mentors!).map((row) => [row[0], row[4], row[5]])).toEqual([
      ["Занятая Зоя Петровна", 3, 1],
      ["Опытная Анна Ивановна", 1, 0],
      ["Полная Галина Сергеевна", 1, 1],
      ["Словесник Вера Николаевна", 5, 0],
    ]);
  });

  it("exports CSV a file a sheet", async () => {
    const sent = documentsSent(h.telegram, school).length;
    await school.pressData(MENTORING_DATA.export("c", "s", w.schoolA.id));
    const files = documentsSent(h.telegram, school).slice(sent);
    expect(files.map((file) => file.name)).toEqual([
      expect.stringMatching(/^пары-.+-2026-H2\.csv$/),
      expect.stringMatching(/^без-наставника-.+-2026-H2\.csv$/),
      expect.stringMatching(/^наставники-.+-2026-H2\.csv$/),
    ]);
    const rows = parseCsv(files[0]!.bytes.toString("utf8").slice(1));
    expect(rows[0]![0]).toBe("Молодой педагог");
    expect(rows.slice(1).map((row) => row[0])).toEqual(["Подопечная Ольга", "Бывшая Бэлла", "Подопечный Иван"]);
  });

  it("pages the pairs six at a time: pending and active ones first, then the ended ones by when they ended", async () => {
    const coordinator = h.user({ id: Number((await staff(t.db, "Координатор Бэ", { role: "coordinator", schoolId: w.schoolB.id })).telegramId) });
    await coordinator.send("/menu");
    // A mentor outside the bank, so the other tests' figures stay as they are.
    const mentor = await person(t.db, "Наставник Вне Банка", w.schoolB, { years: 20, subjects: ["math"] });
    const pairFor = async (name: string, data: { status: string; startedAt?: Date; endedAt?: Date }) => {
      const mentee = await person(t.db, name, w.schoolB, { years: 1, subjects: ["math"] });
      await t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, subject: "math", endReason: data.endedAt ? "Итог" : null, ...data } });
    };
    const since = at("2026-09-01T03:00:00Z");
    // Made in an order that is neither the list's nor the names'.
    await pairFor("Завершённая 1", { status: "ended", startedAt: since, endedAt: at("2026-11-01T03:00:00Z") });
    await pairFor("Ждущая 2", { status: "proposed" });
    await pairFor("Активная 3", { status: "active", startedAt: since });
    await pairFor("Завершённая 2", { status: "ended", startedAt: since, endedAt: at("2026-09-10T03:00:00Z") });
    await pairFor("Активная 1", { status: "active", startedAt: since });
    await pairFor("Завершённая 4", { status: "ended", startedAt: since, endedAt: at("2026-11-20T03:00:00Z") });
    await pairFor("Ждущая 1", { status: "proposed" });
    await pairFor("Завершённая 3", { status: "ended", startedAt: since, endedAt: at("2026-10-01T03:00:00Z") });
    await pairFor("Активная 2", { status: "active", startedAt: since });

    await coordinator.pressData(MENTORING_DATA.coordinator("s", w.schoolB.id));
    await coordinator.press("🤝 Пары (9)");
    const pager = ["‹", "1/2", "›"];
    expect(coordinator.lastMessage().buttons).toEqual([
      ["✅ Активная 1"], ["✅ Активная 2"], ["✅ Активная 3"], ["⏳ Ждущая 1"], ["⏳ Ждущая 2"], ["🗂 Завершённая 4"], pager, ["‹ Назад"],
    ]);
    expect(coordinator.lastMessage().text).toContain(`🤝 Пары · ${w.schoolB.name}: 9`);
    expect(coordinator.lastMessage().text).toContain("завершена 20 ноября 2026");
    await coordinator.press("›");
    expect(coordinator.lastMessage().buttons).toEqual([["🗂 Завершённая 1"], ["🗂 Завершённая 3"], ["🗂 Завершённая 2"], ["‹", "2/2", "›"], ["‹ Назад"]]);
    expect(coordinator.lastMessage().text).not.toContain("Активная");
    // A page past the end (an old button after pairs went away) shows the last one.
    await coordinator.pressData(MENTORING_DATA.pairs("s", w.schoolB.id, 7));
    expect(coordinator.lastMessage().buttons[0]).toEqual(["🗂 Завершённая 1"]);
    await coordinator.press("🗂 Завершённая 2");
    expect(coordinator.lastMessage().text).toContain("Завершена: работала с 1 сентября 2026 по 10 сентября 2026.\nПричина: Итог");
  });

  it("opens and sends nothing outside the coordinator's scope", async () => {
    const sent = documentsSent(h.telegram, school).length;
    await school.pressData(MENTORING_DATA.coordinator("s", w.schoolC.id));
    expect(school.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await school.pressData(MENTORING_DATA.export("x", "m", w.schoolA.municipalityId));
    expect(school.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await school.pressData(MENTORING_DATA.young("r", 0, 0));
    expect(school.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await school.pressData(MENTORING_DATA.suggest("s", w.schoolA.id, w.boris.id));
    expect(school.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    expect(documentsSent(h.telegram, school)).toHaveLength(sent);
    // A teacher has no coordinators' view at all.
    const teacher = h.user({ id: Number(w.anna.telegramId) });
    await teacher.send("/menu");
    await teacher.pressData(MENTORING_DATA.coordinator("s", w.schoolA.id));
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
  });
});
