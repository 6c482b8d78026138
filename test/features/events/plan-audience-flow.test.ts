// An event made from a plan measure starts with the audience the plan's "Целевая аудитория" names,
// ticked, with the plan's words beside the ticks; groups no tick can express are named, not guessed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
let methodologist: FakeUser;
let planId: number;
/** Next year, so every date typed here is ahead whenever the tests run. */
const Y = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const row = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(row.telegramId), languageCode: "ru" });
  planId = (await t.db.plan.create({ data: { identityKey: "title:план рмо", title: "План РМО", sourceName: "plan.txt" } })).id;
});
afterAll(() => t.drop());
beforeEach(async () => {
  await methodologist.send("/cancel");
});

const last = (u: FakeUser) => u.lastMessage().text;
const buttons = (u: FakeUser) => u.lastMessage().buttons.flat();

async function measureWithAudience(number: string, title: string, audience: string | null) {
  return t.db.measure.create({
    data: { planId, number, position: Number(number), title, schedule: "Октябрь", kind: "seminar", audience, contentHash: number },
  });
}

/** From the measure's "make an event" button up to the audience screen, taking the plan's title and kind. */
async function upToAudience(measureId: number) {
  await methodologist.pressData(`ev:frommeasure:${measureId}`);
  await methodologist.press(/^✔️ /);
  await methodologist.press("● семинар");
  await methodologist.press("Пропустить");
  await methodologist.send(`15.10.${Y} 15:00`);
  await methodologist.press("2 ч");
  await methodologist.press("Пропустить");
  await methodologist.press("👤 Я: Методистова Елена Петровна");
  await methodologist.press("Без ограничения");
  await methodologist.press("До начала события");
}

describe("an event from a measure with a target audience", () => {
  it("ticks young teachers and mathematics for «молодые педагоги, учителя математики» and saves them", async () => {
    const measure = await measureWithAudience("1", "Семинар-практикум «Мониторинг качества образования»", "молодые педагоги, учителя математики");
    await upToAudience(measure.id);

    const screen = last(methodologist);
    expect(screen).toContain("Сейчас: предметы: Математика; только молодые педагоги");
    expect(screen).toContain("📋 Целевая аудитория по плану: «молодые педагоги, учителя математики»");
    expect(screen).toContain("Отметки на кнопках ниже поставлены по плану — проверьте их.");
    expect(buttons(methodologist)).toEqual(expect.arrayContaining(["▫️ Для всех", "✅ Только молодые педагоги", "📚 Предметы: 1"]));
    await methodologist.press("✅ Готово");
    expect(last(methodologist)).toContain("🎯 Для кого: предметы: Математика; только молодые педагоги");
    await methodologist.press("💾 Сохранить");

    const event = await t.db.event.findFirstOrThrow({ where: { measureId: measure.id }, include: { audience: true } });
    expect(event.audience.map(({ kind, value }) => `${kind}:${value}`).sort()).toEqual(["subject:math", "young:1"]);
  });

  it("keeps the methodologist's change, and no longer says the ticks follow the plan when the field is edited", async () => {
    const measure = await measureWithAudience("2", "Заседание РМО учителей физики", "учителя физики");
    await upToAudience(measure.id);
    await methodologist.press("▫️ Только молодые педагоги");
    await methodologist.press("✅ Готово");
    await methodologist.press("✏️ Изменить…");
    await methodologist.press("Для кого");
    expect(last(methodologist)).toContain("📋 Целевая аудитория по плану: «учителя физики»");
    expect(last(methodologist)).not.toContain("поставлены по плану");
    expect(last(methodologist)).toContain("Сейчас: предметы: Физика; только молодые педагоги");
    await methodologist.press("✅ Готово");
    await methodologist.press("💾 Сохранить");

    const event = await t.db.event.findFirstOrThrow({ where: { measureId: measure.id }, include: { audience: true } });
    expect(event.audience.map(({ kind, value }) => `${kind}:${value}`).sort()).toEqual(["subject:physics", "young:1"]);
  });

  it("ticks nothing for heads of schools, says so and names the nearest group", async () => {
    const measure = await measureWithAudience("3", "Совещание руководителей ОО", "руководители ОО, заместители директоров по УВР");
    await upToAudience(measure.id);

    const screen = last(methodologist);
    expect(screen).toContain("Сейчас: все");
    expect(screen).not.toContain("поставлены по плану");
    expect(screen).toContain("Отметками не выразить: «руководители ОО», «заместители директоров по УВР».");
    expect(screen).toContain("ближе всего — роль «координатор»");
    expect(buttons(methodologist)).toContain("▫️ Координатор");
  });

  it("shows no plan audience when the plan names none", async () => {
    const measure = await measureWithAudience("4", "Семинар для педагогов района", null);
    await upToAudience(measure.id);
    expect(last(methodologist)).toContain("Сейчас: все");
    expect(last(methodologist)).not.toContain("по плану");
  });
});
