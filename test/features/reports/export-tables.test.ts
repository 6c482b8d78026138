// The report exports' tables on a known world (issue #14 point 1), written to .xlsx and read back
// with exceljs: the right rows in the right order, the right columns, dates as dates and numbers
// as numbers; only the scope's people; diagnostics only as aggregates, a small group as one row
// saying it is hidden and no name anywhere. The rules are checked here without Telegram.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toXlsx } from "../../../src/exports/xlsx.ts";
import { staffViewOf, type StaffView } from "../../../src/features/diagnostics/aggregates-service.ts";
import { attendanceTable } from "../../../src/features/reports/export-attendance.ts";
import type { ExportOptions } from "../../../src/features/reports/export-common.ts";
import { diagnosticsTable } from "../../../src/features/reports/export-diagnostics.ts";
import { eventRegistrationsTable, registrationsTable } from "../../../src/features/reports/export-registrations.ts";
import { trainingTable } from "../../../src/features/reports/export-training.ts";
import { halfYearFromCode, periodOf } from "../../../src/features/reports/period.ts";
import type { ReportScope } from "../../../src/features/reports/scope.ts";
import { sharedI18n } from "../../../src/i18n/index.ts";
import { bodyOf, headerOf, readXlsx } from "../../exports/read-back.ts";
import { FORMULA_NAME, H2_2026, makeReportWorld, NOW, type ReportWorld } from "../../exports/report-data.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";

let t: TestDb;
let world: ReportWorld;
const i18n = sharedI18n();
const ZONE = "Asia/Omsk";

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  world = await makeReportWorld(t.db);
});
afterAll(() => t.drop());

function options(scope: ReportScope, lang = "ru", code = H2_2026): ExportOptions {
  return { scope, period: periodOf(halfYearFromCode(code)!, ZONE), now: NOW, t: (key, vars) => i18n.t(lang, key, vars), lang, zone: ZONE };
}

/** As Excel shows a moment: Omsk's clock. */
const omsk = (local: string) => new Date(`${local}Z`);
const schoolA = () => ({ kind: "s", id: world.schoolA.id }) as const;
const municipalityM = () => ({ kind: "m", id: world.municipality.id }) as const;
const asFormula = `'${FORMULA_NAME}`;

async function sheets(table: Awaited<ReturnType<typeof registrationsTable>>) {
  return readXlsx(await toXlsx(table));
}

describe("sign-ups of a scope in a half-year", () => {
  it("lists the school's people at the half-year's events by event date, with typed columns and contest results", async () => {
    const table = await registrationsTable(t.db, options(schoolA()));
    expect(table.sheets[0]!.rowCount).toBe(6);
    const [sheet] = await sheets(table);
    expect(headerOf(sheet!)).toEqual(["ФИО", "Школа", "Муниципалитет", "Мероприятие", "Форма", "Начало", "Запись", "Когда записался(ась)", "Присутствовал(а)", "Уровень конкурса", "Результат"]);
    const place = [world.schoolA.name, world.municipality.name];
    expect(bodyOf(sheet!)).toEqual([
      [asFormula, ...place, "Курсы: обновлённые ФГОС", "курсы", omsk("2026-09-15T10:00:00"), "отменил(а) запись", omsk("2026-09-02T09:00:00"), false, null, null],
      ["Петрова Анна Ивановна", ...place, "Курсы: обновлённые ФГОС", "курсы", omsk("2026-09-15T10:00:00"), "записан(а)", omsk("2026-09-01T09:00:00"), true, null, null],
      [asFormula, ...place, "Вебинар по функциональной грамотности", "вебинар", omsk("2026-10-05T15:00:00"), "в листе ожидания", omsk("2026-09-21T09:00:00"), false, null, null],
      ["Петрова Анна Ивановна", ...place, "Вебинар по функциональной грамотности", "вебинар", omsk("2026-10-05T15:00:00"), "записан(а)", omsk("2026-09-20T09:00:00"), true, null, null],
      ["Петрова Анна Ивановна", ...place, "Отменённый семинар", "семинар", omsk("2026-10-20T15:00:00"), "мероприятие отменено", omsk("2026-10-01T09:00:00"), false, null, null],
      ["Петрова Анна Ивановна", ...place, "Конкурс «Учитель года»", "конкурс", omsk("2026-11-20T10:00:00"), "записан(а)", omsk("2026-11-01T09:00:00"), true, "региональный", "победитель"],
    ]);
  });

  it("takes in the municipality's other schools, and never a school elsewhere", async () => {
    const [sheet] = await sheets(await registrationsTable(t.db, options(municipalityM())));
    const names = new Set(bodyOf(sheet!).map((row) => row[0]));
    expect(names).toEqual(new Set([asFormula, "Петрова Анна Ивановна", "Борисова Вера Николаевна"]));
  });

  it("is empty for a half-year with nothing in it, and in English for an English reader", async () => {
    expect((await registrationsTable(t.db, options(schoolA(), "ru", 20252))).sheets[0]!.rowCount).toBe(0);
    const [sheet] = await sheets(await registrationsTable(t.db, options(schoolA(), "en", 20261)));
    expect(headerOf(sheet!).slice(0, 3)).toEqual(["Name", "School", "Municipality"]);
    expect(bodyOf(sheet!)).toEqual([["Петрова Анна Ивановна", world.schoolA.name, world.municipality.name, "Весенний вебинар", "webinar", omsk("2026-03-10T15:00:00"), "signed up", omsk("2026-03-01T09:00:00"), true, null, null]]);
  });
});

describe("one event's sign-ups", () => {
  it("are everyone's for its organisers and only the coordinator's own people for a coordinator", async () => {
    const reader = options(schoolA());
    const event = world.events.webinar;
    const all = await sheets(await eventRegistrationsTable(t.db, { ...reader, event, people: null }));
    expect(headerOf(all[0]!)).toEqual(["ФИО", "Школа", "Муниципалитет", "Запись", "Когда записался(ась)", "Присутствовал(а)"]);
    expect(bodyOf(all[0]!).map((row) => row[0]).sort()).toEqual([asFormula, "Борисова Вера Николаевна", "Петрова Анна Ивановна", "Сидоров Пётр Ильич"].sort());
    const own = await sheets(await eventRegistrationsTable(t.db, { ...reader, event, people: { schoolIds: [world.schoolA.id], municipalityIds: [] } }));
    expect(bodyOf(own[0]!).map((row) => row[0])).toEqual([asFormula, "Петрова Анна Ивановна"]);
    const contest = await sheets(await eventRegistrationsTable(t.db, { ...reader, event: world.events.contest, people: null }));
    expect(headerOf(contest[0]!).at(-1)).toBe("Результат");
    expect(bodyOf(contest[0]!)[0]!.at(-1)).toBe("победитель");
  });
});

describe("attendance of a scope in a half-year", () => {
  it("counts each event's sign-ups and attendance from the scope, with no share for an event not over yet", async () => {
    const table = await attendanceTable(t.db, options(municipalityM()));
    const [sheet] = await sheets(table);
    expect(headerOf(sheet!)).toEqual(["Мероприятие", "Форма", "Дата", "Часов", "Записались", "Пришли", "Доля пришедших"]);
    const rows = bodyOf(sheet!);
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      ["Курсы: обновлённые ФГОС", "курсы", omsk("2026-09-15T00:00:00"), 36, 1, 1],
      ["Вебинар по функциональной грамотности", "вебинар", omsk("2026-10-05T00:00:00"), null, 3, 1],
      ["Конкурс «Учитель года»", "конкурс", omsk("2026-11-20T00:00:00"), null, 1, 1],
      ["Семинар наставников", "семинар", omsk("2026-12-20T00:00:00"), null, 1, 0],
    ]);
    expect(rows.map((row) => row[6])).toEqual([1, expect.closeTo(1 / 3, 5), 1, null]);
    expect(sheet!.getCell("G2").numFmt).toBe("0.0%");
  });
});

describe("teachers and their training", () => {
  it("gives each teacher's training within 3 years, and every course behind it on a second sheet", async () => {
    const table = await trainingTable(t.db, options(schoolA()));
    expect(table.sheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([["Педагоги", 2], ["Обучение", 4]]);
    const [teachers, courses] = await sheets(table);
    expect(headerOf(teachers!)).toEqual(["ФИО", "Школа", "Муниципалитет", "Предметы", "Стаж, лет", "Обучение за 3 года", "Последнее обучение окончено", "Часов за 3 года"]);
    const place = [world.schoolA.name, world.municipality.name];
    // 36 hours of the course attended in September and 72 of the confirmed record of 2025; the 2022 one is older than 3 years.
    expect(bodyOf(teachers!)).toEqual([
      [asFormula, ...place, null, null, false, null, 0],
      ["Петрова Анна Ивановна", ...place, "Математика, Физика", 10, true, omsk("2026-09-15T00:00:00"), 108],
    ]);
    expect(headerOf(courses!)).toEqual(["ФИО", "Школа", "Курс", "Организатор", "Часов", "Дата начала", "Дата окончания", "№ удостоверения", "Откуда", "Статус"]);
    const school = world.schoolA.name;
    expect(bodyOf(courses!)).toEqual([
      [asFormula, school, "'@Курс по ИИ", "Онлайн-школа", 16, omsk("2026-09-20T00:00:00"), omsk("2026-10-01T00:00:00"), null, "внесено педагогом", "ждёт подтверждения"],
      ["Петрова Анна Ивановна", school, "Курсы: обновлённые ФГОС", "ИРООО", 36, omsk("2026-09-15T00:00:00"), omsk("2026-09-15T00:00:00"), null, "мероприятие в боте", "посещено"],
      ["Петрова Анна Ивановна", school, "Цифровая дидактика", "ИРООО", 72, omsk("2025-05-12T00:00:00"), omsk("2025-05-31T00:00:00"), "552400012345", "внесено педагогом", "подтверждено координатором"],
      ["Петрова Анна Ивановна", school, "Старый курс", "ИРООО", 24, omsk("2022-06-01T00:00:00"), omsk("2022-06-30T00:00:00"), null, "внесено педагогом", "подтверждено координатором"],
    ]);
  });

  it("is taken as of the half-year's end: the first half of 2026 knows nothing of September", async () => {
    const [teachers] = await sheets(await trainingTable(t.db, options(schoolA(), "ru", 20261)));
    expect(bodyOf(teachers!)[1]).toEqual(["Петрова Анна Ивановна", world.schoolA.name, world.municipality.name, "Математика, Физика", 10, true, omsk("2025-05-31T00:00:00"), 72]);
  });
});

describe("self-diagnosis results", () => {
  const view = (grant: Partial<StaffView>): StaffView => ({ region: false, schoolIds: [], municipalityIds: [], ...grant });

  it("are a municipality's averages by area, its schools hidden as the screens hide them, and no name", async () => {
    const table = await diagnosticsTable(t.db, { ...options(municipalityM()), view: view({ municipalityIds: [world.municipality.id] }) });
    const [sheet] = await sheets(table);
    expect(headerOf(sheet!)).toEqual(["Анкета", "Группа", "Прошли, чел.", "Область", "Средний результат", "Доля с дефицитом", "Изменение, п. п.", "Примечание"]);
    const changeHidden = "изменение скрыто: дважды прошли меньше 5 человек";
    const rows = bodyOf(sheet!);
    expect(rows.slice(0, 2)).toEqual([
      ["Проверка умений", world.municipality.name, 8, "Предметная область", 0.75, 0, null, changeHidden],
      ["Проверка умений", world.municipality.name, 8, "Цифровые компетенции", 0.35, 1, null, changeHidden],
    ]);
    // A's two are too few; B's six beside M's eight would give those two away by subtraction.
    expect(rows.slice(2)).toEqual(
      expect.arrayContaining([
        ["Проверка умений", world.schoolA.name, null, null, null, null, null, "скрыто: прошли меньше 5 человек"],
        ["Проверка умений", world.schoolB.name, null, null, null, null, null, "скрыто: вместе с другими строками выдало бы результаты меньше чем 5 человек"],
      ]),
    );
    expect(rows).toHaveLength(4);
    const people = [FORMULA_NAME, asFormula, "Петрова Анна Ивановна", ...world.takers.map((taker) => taker.fullName)];
    expect(rows.flat().filter((cell) => people.includes(cell as string))).toEqual([]);
  });

  it("are one 'hidden' row for a school where fewer than 5 took it, with no numbers", async () => {
    const member = { onboarded: true, bootstrapAdmin: false, grants: [{ role: "coordinator" as const, schoolId: world.schoolA.id, municipalityId: null }] };
    const [sheet] = await sheets(await diagnosticsTable(t.db, { ...options(schoolA()), view: staffViewOf(member) }));
    expect(bodyOf(sheet!)).toEqual([["Проверка умений", world.schoolA.name, null, null, null, null, null, "скрыто: прошли меньше 5 человек"]]);
  });

  it("leave out a questionnaire closed before the half-year began", async () => {
    const table = await diagnosticsTable(t.db, { ...options(municipalityM(), "ru", 20271), view: view({ region: true }) });
    expect(table.sheets[0]!.rowCount).toBeGreaterThan(0);
    const questionnaire = await t.db.questionnaire.findFirstOrThrow({ where: { status: "published" } });
    await t.db.questionnaire.update({ where: { id: questionnaire.id }, data: { status: "closed", closedAt: new Date("2026-06-30T00:00:00Z") } });
    try {
      expect((await diagnosticsTable(t.db, { ...options(municipalityM()), view: view({ region: true }) })).sheets[0]!.rowCount).toBe(0);
    } finally {
      await t.db.questionnaire.update({ where: { id: questionnaire.id }, data: { status: "published", closedAt: null } });
    }
  });
});
