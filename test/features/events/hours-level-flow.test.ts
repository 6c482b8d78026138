// A course's hours and a contest's level, set when an event is made (from scratch or from a plan
// measure) and changed later, shown on the cards (issue #14, points 2–3).
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { AppHarness, FakeUser } from "../../support/harness.ts";
import { useMethodologists } from "../../support/methodologists.ts";

let t: TestDb;
let h: AppHarness;
let ru: FakeUser;
let ruId: number;
const HOUR = 3_600_000;
const Y = new Date().getUTCFullYear() + 1;

const staff = useMethodologists();
beforeAll(() => void ({ t, h, ru, ruId } = staff));

const text = (u: FakeUser) => u.lastMessage().text;
const refusal = (u: FakeUser) => u.messages().at(-2)!.text;

/** The questions after the kind's own, each answered with its default, up to the preview. */
async function restUpToPreview(u: FakeUser) {
  await u.press("Пропустить");
  await u.send(`05.12.${Y} 15:00`);
  await u.press("2 ч");
  await u.press("Пропустить");
  await u.press("👤 Я: Методистова Елена Петровна");
  await u.press("Без ограничения");
  await u.press("До начала события");
  await u.press("✅ Готово");
}

async function measure(opts: { title: string; kind: string; form?: string; municipalityId?: number }) {
  const plan = await t.db.plan.create({
    data: { identityKey: `title:${opts.title}`, title: "План работы", sourceName: "plan.docx", municipalityId: opts.municipalityId ?? null },
  });
  return t.db.measure.create({
    data: { planId: plan.id, number: "1", position: 1, title: opts.title, schedule: "В течение года", kind: opts.kind, form: opts.form ?? null, contentHash: "x" },
  });
}

async function ownEvent(overrides: Parameters<typeof makeEvent>[1]) {
  const id = await makeEvent(t.db, overrides);
  await t.db.event.update({ where: { id }, data: { createdById: ruId } });
  return id;
}

describe("a course's hours", () => {
  it("are asked after the kind, refused out of range, shown on the preview and the teachers' card, and saved", async () => {
    await ru.send("/newevent");
    await ru.send("Курсы «Функциональная грамотность»");
    await ru.press("курсы");
    expect(text(ru)).toContain("Сколько академических часов в курсе?");
    expect(ru.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["16", "36", "72", "108", "Пропустить"]));
    await ru.send("5000");
    expect(refusal(ru)).toContain("Часы — целое число от 1 до 2000");
    await ru.send("72 ч.");
    await restUpToPreview(ru);
    expect(text(ru)).toContain("⏱ 72 ч.");
    await ru.press("💾 Сохранить");
    const event = await t.db.event.findFirstOrThrow({ where: { title: "Курсы «Функциональная грамотность»" } });
    expect(event).toMatchObject({ kind: "course", hours: 72, level: null });

    const teacher = await createTeacher(t.db, { fullName: "Учителева Анна" });
    const u = h.user({ id: Number(teacher.telegramId), languageCode: "ru" });
    await u.send(`/start event_${event.id}`);
    expect(text(u)).toContain("⏱ 72 ч.");
  });

  it("are offered from the plan measure's words, kept with one tap", async () => {
    const m = await measure({ title: "Курсы повышения квалификации «Наставничество в школе» (36 ч.)", kind: "course" });
    await ru.send("/menu");
    await ru.pressData(`ev:frommeasure:${m.id}`);
    await ru.press(/^✔️ /);
    await ru.press("● курсы");
    expect(text(ru)).toContain("По плану: 36 ч.");
    await ru.press("✔️ 36 ч.");
    await restUpToPreview(ru);
    expect(text(ru)).toContain("⏱ 36 ч.");
    await ru.press("💾 Сохранить");
    const event = await t.db.event.findFirstOrThrow({ where: { measureId: m.id } });
    expect(event).toMatchObject({ kind: "course", hours: 36 });
  });

  it("are changed on a saved course, even after it is over; a webinar has none, forged or not", async () => {
    const course = await ownEvent({ title: "Курсы по наставничеству", kind: "course", hours: 72 });
    await ru.send("/menu");
    await ru.pressData(`ev:mg:e:${course}`);
    expect(text(ru)).toContain("⏱ 72 ч.");
    await ru.press("✏️ Название, описание, места…");
    expect(ru.lastMessage().buttons.flat()).toContain("Часы");
    expect(ru.lastMessage().buttons.flat()).not.toContain("Уровень");
    await ru.press("Часы");
    await ru.send("108");
    expect(refusal(ru)).toContain("✅ Сохранено.");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: course } })).hours).toBe(108);

    await t.db.event.update({ where: { id: course }, data: { startsAt: new Date(Date.now() - 5 * HOUR), endsAt: new Date(Date.now() - 3 * HOUR) } });
    await ru.pressData(`ev:mg:e:${course}`);
    expect(text(ru)).toContain("изменить можно только часы курса");
    await ru.press("⏱ Часы курса");
    await ru.press("🗑 Не указывать");
    expect(text(ru)).toContain("⏱ Часы курса не указаны");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: course } })).hours).toBeNull();

    const webinar = await ownEvent({ title: "Вебинар без часов" });
    await ru.pressData(`ev:mg:ed:${webinar}`);
    expect(ru.lastMessage().buttons.flat()).not.toContain("Часы");
    await ru.pressData(`ev:mg:ef:${webinar}:hours`);
    expect(refusal(ru)).toContain("У события этого вида такого нет");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: webinar } })).hours).toBeNull();
  });
});

describe("a contest's level", () => {
  it("comes from the plan's territory, is shown on the preview, and follows the kind when it changes", async () => {
    const municipality = await t.db.municipality.findFirstOrThrow();
    const m = await measure({ title: "Конкурс «Педагогический дебют»", kind: "contest", municipalityId: municipality.id });
    await ru.send("/menu");
    await ru.pressData(`ev:frommeasure:${m.id}`);
    await ru.press(/^✔️ /);
    await ru.press("● конкурс");
    expect(text(ru)).toContain("Какого уровня конкурс? Точкой отмечен уровень по плану.");
    expect(ru.lastMessage().buttons[0]).toEqual(["школьный", "● муниципальный"]);
    await ru.press("● муниципальный");
    await restUpToPreview(ru);
    expect(text(ru)).toContain("🏆 муниципальный уровень");

    await ru.press("✏️ Изменить…");
    expect(ru.lastMessage().buttons.flat()).toContain("Уровень");
    expect(ru.lastMessage().buttons.flat()).not.toContain("Часы");
    await ru.press("Вид");
    await ru.press("курсы");
    await ru.send("16");
    expect(text(ru)).toContain("⏱ 16 ч.");
    expect(text(ru)).not.toContain("🏆");
    await ru.press("✏️ Изменить…");
    await ru.press("Вид");
    await ru.press("конкурс");
    expect(text(ru)).toContain("Точкой отмечен нынешний уровень.");
    await ru.press("региональный");
    expect(text(ru)).toContain("🏆 региональный уровень");
    expect(text(ru)).not.toContain("⏱");
    await ru.press("💾 Сохранить");
    const event = await t.db.event.findFirstOrThrow({ where: { measureId: m.id } });
    expect(event).toMatchObject({ kind: "contest", level: "regional", hours: null });
  });

  it("is read from the measure's words before the territory", async () => {
    const municipality = await t.db.municipality.findFirstOrThrow();
    const m = await measure({ title: "Региональный этап конкурса «Учитель года»", kind: "contest", municipalityId: municipality.id });
    await ru.send("/menu");
    await ru.pressData(`ev:frommeasure:${m.id}`);
    await ru.press(/^✔️ /);
    await ru.press("● конкурс");
    expect(ru.lastMessage().buttons[1]).toEqual(["● региональный", "федеральный"]);
  });

  it("is changed by the organiser after the contest, and shown to teachers", async () => {
    const contest = await ownEvent({ title: "Конкурс «Лучший урок»", kind: "contest", level: "municipal" });
    const teacher = await createTeacher(t.db, { fullName: "Учителева Вера" });
    const u = h.user({ id: Number(teacher.telegramId), languageCode: "ru" });
    await u.send(`/start event_${contest}`);
    expect(text(u)).toContain("🏆 муниципальный уровень");

    await t.db.event.update({ where: { id: contest }, data: { startsAt: new Date(Date.now() - 5 * HOUR), endsAt: new Date(Date.now() - 3 * HOUR) } });
    await ru.send("/menu");
    await ru.pressData(`ev:mg:e:${contest}`);
    await ru.press("🏆 Уровень конкурса");
    expect(text(ru)).toContain("Точкой отмечен нынешний уровень.");
    await ru.press("федеральный");
    expect(text(ru)).toContain("🏆 федеральный уровень");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: contest } })).level).toBe("federal");
  });
});

describe("the organiser's event screen", () => {
  it("has an Excel button beside the attendance one", async () => {
    const id = await ownEvent({ title: "Семинар с выгрузкой" });
    await ru.send("/menu");
    await ru.pressData(`ev:mg:e:${id}`);
    const row = ru.lastMessage().raw.reply_markup!.inline_keyboard.find((buttons) => buttons.some((b) => b.text === "📥 Excel"))!;
    expect(row.map((b) => b.text)).toEqual(["✔️ Отметить посещаемость", "📥 Excel"]);
    expect(row[1]).toMatchObject({ callback_data: `rp:ev:${id}:x` });
  });
});
