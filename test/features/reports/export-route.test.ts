// A teacher's own individual route as Excel (issue #14 point 1), beside its .docx and .ics: from
// the saved route's screen, a row per item with the deficit, the goal, the form of work, the
// event or plan measure, its days as dates (a measure's calendar days stay the same days) and its
// state now.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIAGNOSTICS_DATA } from "../../../src/features/diagnostics/callbacks.ts";
import { bodyOf, documentsSent, headerOf, readXlsx } from "../../exports/read-back.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness } from "../../support/harness.ts";
import { createQuestionnaire } from "../diagnostics/take-support.ts";

let t: TestDb;
let h: AppHarness;
/** 1 December 2030, 09:00 in Omsk. */
const NOW = new Date("2030-12-01T03:00:00Z");

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
});
afterAll(() => t.drop());

describe("the route as Excel", () => {
  it("downloads from the saved route's screen, an item a row, dates as dates and each item's state", async () => {
    const teacher = await createTeacher(t.db, { fullName: "Петрова Анна Ивановна" });
    const questionnaireId = await createQuestionnaire(t.db, { title: "Проверка умений" });
    const attempt = await t.db.attempt.create({ data: { questionnaireId, userId: teacher.id, startedAt: NOW, finishedAt: NOW, scores: JSON.stringify({ subject: 90, digital: 20 }) } });
    // 6 December 2030, 15:00 in Omsk; the plan's courses on the 10th to the 12th.
    const eventId = await makeEvent(t.db, { title: "Цифровой урок", startsAt: new Date("2030-12-06T09:00:00Z"), areas: ["digital"] }, NOW);
    await t.db.registration.create({ data: { eventId, userId: teacher.id, status: "registered" } });
    const plan = await t.db.plan.create({ data: { identityKey: "title:план маршрута", title: "План", sourceName: "plan.txt" } });
    const measure = await t.db.measure.create({ data: { planId: plan.id, number: "1", position: 1, title: "Курсы ИКТ-компетентности", schedule: "Декабрь", kind: "course", contentHash: "x" } });
    const [start, end] = [new Date("2030-12-10T00:00:00Z"), new Date("2030-12-12T00:00:00Z")];
    await t.db.route.create({
      data: {
        userId: teacher.id,
        attemptId: attempt.id,
        savedAt: NOW,
        items: {
          create: [
            { area: "digital", eventId, title: "Цифровой урок", startsAt: new Date("2030-12-06T09:00:00Z"), endsAt: new Date("2030-12-06T11:00:00Z"), position: 0 },
            { area: "digital", measureId: measure.id, title: "Курсы ИКТ-компетентности", startsAt: start, endsAt: end, position: 1 },
          ],
        },
      },
    });
    const u = h.user({ id: Number(teacher.telegramId) });
    await u.send("/menu");
    await u.pressData(DIAGNOSTICS_DATA.route(0));
    expect(u.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["📄 Word (.docx)", "📊 Excel (.xlsx)", "📅 Календарь (.ics)"]));
    await u.press("📊 Excel (.xlsx)");
    const file = documentsSent(h.telegram, u).at(-1)!;
    expect(file.name).toBe("ИОМ.xlsx");
    expect(file.caption).toBe("📊 Индивидуальный образовательный маршрут: таблица Excel");
    const [sheet] = await readXlsx(file.bytes);
    expect(sheet!.name).toBe("ИОМ");
    expect(headerOf(sheet!)).toEqual(["Дефицит", "Цель", "Форма работы", "Мероприятие", "Дата начала", "Дата окончания", "Состояние"]);
    const goal = "Устранить дефицит: Цифровые компетенции";
    expect(bodyOf(sheet!)).toEqual([
      ["Цифровые компетенции", goal, "вебинар", "Цифровой урок", new Date("2030-12-06T00:00:00Z"), new Date("2030-12-06T00:00:00Z"), "записан(а)"],
      ["Цифровые компетенции", goal, "курсы", "Курсы ИКТ-компетентности", start, end, "по плану"],
    ]);
  });
});
