// Re-importing a plan that is already loaded: the preview says what will change before Save, and
// two methodologists do not silently undo each other's edits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteUserData } from "../../../src/features/profile/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { planText, type MeasureRow } from "./support/plan-text.ts";

let t: TestDb;
let h: AppHarness;
let elena: FakeUser;
let mary: FakeUser;
let elenaTelegramId: bigint;

const TITLE = "План мероприятий по сопровождению молодых педагогов на 2026 год";
const row = (number: string, title: string, schedule = "апрель 2026 г."): MeasureRow => ({ number, title, schedule, executors: "ИРО", result: "Методические рекомендации" });
const VERSION_1 = {
  "Методическое сопровождение": [row("1.1", "Семинар для наставников"), row("1.2", "Вебинар по функциональной грамотности"), row("1.3", "Круглый стол директоров")],
  "Конкурсы": [row("2.1", "Конкурс молодых педагогов", "октябрь 2026 г.")],
};
/** Elena's edit: 1.2 renamed, 1.3 dropped, 2.2 added. */
const ELENAS = {
  "Методическое сопровождение": [row("1.1", "Семинар для наставников"), row("1.2", "Вебинар по читательской грамотности")],
  "Конкурсы": [row("2.1", "Конкурс молодых педагогов", "октябрь 2026 г."), row("2.2", "Фестиваль педагогических идей", "ноябрь 2026 г.")],
};
/** Mary's edit of the first version: only 2.1 moves to December. */
const MARYS = { ...VERSION_1, "Конкурсы": [row("2.1", "Конкурс молодых педагогов", "декабрь 2026 г.")] };

const send = (user: FakeUser, sections: Record<string, MeasureRow[]>, fileName = "plan.txt") =>
  user.sendDocument({ fileName, content: planText({ title: TITLE, sections }) });
const measureTitle = async (number: string) => (await t.db.measure.findFirstOrThrow({ where: { number } })).title;
const measureSchedule = async (number: string) => (await t.db.measure.findFirstOrThrow({ where: { number } })).schedule;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const e = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  const m = await createTeacher(t.db, { fullName: "Mary O'Neil", lang: "en" });
  await t.db.roleGrant.createMany({ data: [{ userId: e.id, role: "methodologist" }, { userId: m.id, role: "methodologist" }] });
  elena = h.user({ id: Number(e.telegramId), languageCode: "ru" });
  mary = h.user({ id: Number(m.telegramId), languageCode: "en" });
  elenaTelegramId = e.telegramId;
});
afterAll(() => t.drop());

describe("a plan that is already loaded", () => {
  it("a new plan's preview says it is new", async () => {
    await send(elena, VERSION_1, "Методистова_план_2026.txt");
    expect(elena.lastMessage().text).toContain("Это новый план");
    await elena.press("💾 Сохранить");
    expect(elena.lastMessage().text).toContain("Новых мероприятий: 4");
  });

  it("the preview says what saving will change and which changed measures have events, in Russian and English", async () => {
    const measure = await t.db.measure.findFirstOrThrow({ where: { number: "1.2" } });
    await makeEvent(t.db, { title: "Вебинар по плану", measureId: measure.id });

    await send(elena, ELENAS);
    const preview = elena.lastMessage().text;
    expect(preview).toContain("Этот план уже загружен");
    expect(preview).toContain("Методистова Елена Петровна");
    expect(preview).toContain("новых мероприятий 1, изменённых 1, в архив 1, без изменений 2");
    expect(preview).toContain("привязаны события: 1.2");
    expect(preview).toMatch(/✏️ Изменятся: 1\.2\n🗄 Уйдут в архив \(их нет в документе\): \d/);
    expect(preview).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await measureTitle("1.2")).toBe("Вебинар по функциональной грамотности");

    await send(mary, MARYS);
    expect(mary.lastMessage().text).toContain("This plan is already loaded");
    expect(mary.lastMessage().text).toContain("add 0 new measures, change 1, archive 0 and leave 3 unchanged");
    expect(mary.lastMessage().text).not.toContain("Events are linked");
    expect(mary.lastMessage().text).toMatch(/✏️ To change: \d/);
    expect(mary.lastMessage().text).not.toContain("To archive");
  });

  it("Save refuses a preview made before someone else saved the plan, and offers the fresh one", async () => {
    await elena.press("💾 Сохранить");
    expect(elena.lastMessage().text).toContain("Новых мероприятий: 1, изменённых: 1");

    await mary.press("💾 Save");
    const refused = mary.lastMessage();
    expect(refused.text).toContain("saved again while you were looking at the preview");
    expect(refused.text).toContain("Nothing was saved");
    // Against Elena's version Mary's document brings 1.3 back, reverts 1.2 and drops 2.2.
    expect(refused.text).toContain("add 0 new measures, change 3, archive 1 and leave 1 unchanged");
    expect(refused.text).toContain("Events are linked to measures that will change or be archived: 1.2");
    expect(refused.buttons).toEqual([["💾 Save", "✖️ Cancel"]]);
    expect(await measureTitle("1.2")).toBe("Вебинар по читательской грамотности");
    expect(await measureSchedule("2.1")).toBe("октябрь 2026 г.");

    await mary.press("💾 Save");
    expect(mary.lastMessage().text).toContain("is saved");
    expect(await measureSchedule("2.1")).toBe("декабрь 2026 г.");
  });

  it("after “delete my data” the plans a person imported keep no file name of theirs", async () => {
    const plan = await t.db.plan.findFirstOrThrow();
    await t.db.plan.update({ where: { id: plan.id }, data: { sourceName: "Методистова_план_2026.txt", importedBy: { connect: { telegramId: elenaTelegramId } } } });
    await deleteUserData(t.db, { telegramId: elenaTelegramId, conversationKey: `chat:${elenaTelegramId}`, now: new Date() });
    const after = await t.db.plan.findFirstOrThrow({ where: { id: plan.id } });
    expect(after.sourceName).toBe("plan.txt");
    expect(after.importedById).toBeNull();
    expect(await t.db.measure.count({ where: { planId: plan.id } })).toBeGreaterThan(0);
  });
});
