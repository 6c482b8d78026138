// A methodologist creates events in the bot, step by step; bad input at each step is refused with
// its rule; Cancel saves nothing; teachers cannot start it; a plan measure prefills it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
let methodologist: FakeUser;
let methodologistId: number;
let teacher: FakeUser;
const HOUR = 3_600_000;
/** Next year, so every date typed here is ahead whenever the tests run. */
const Y = new Date().getUTCFullYear() + 1;
const weekday = (utc: number, lang: string) => new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "Asia/Omsk" }).format(utc);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const row = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  methodologistId = row.id;
  methodologist = h.user({ id: Number(row.telegramId), languageCode: "ru" });
  const plain = await createTeacher(t.db);
  teacher = h.user({ id: Number(plain.telegramId), languageCode: "ru" });
});
afterAll(() => t.drop());

/** Leaves any conversation a previous test left open. */
beforeEach(async () => {
  await methodologist.send("/cancel");
});

const last = (u: FakeUser) => u.lastMessage().text;
/** The message before the step's prompt: the refusal naming the rule. */
const refusal = (u: FakeUser) => u.messages().at(-2)!.text;

/** Answers every question up to the preview with defaults, overriding some by step. */
async function fillUpToPreview(u: FakeUser, title = "Семинар по функциональной грамотности") {
  await u.send(title);
  await u.press("семинар");
  await u.press("Пропустить");
  await u.send(`05.12.${Y} 15:00`);
  await u.press("2 ч");
  await u.press("Пропустить");
  await u.press("👤 Я: Методистова Елена Петровна");
  await u.press("Без ограничения");
  await u.press("До начала события");
  await u.press("✅ Готово");
}

describe("creating an event", () => {
  it("walks every step and saves the event with times in UTC for Omsk, seats, deadline and audience", async () => {
    await methodologist.send("/menu");
    expect(methodologist.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["➕ Новое событие", "🗂 Мои события"]));
    await methodologist.press("➕ Новое событие");
    expect(last(methodologist)).toContain("Как оно называется?");
    await methodologist.send("Финансовая грамотность <на уроках> & PISA");
    expect(last(methodologist)).toContain("Какой это вид события?");
    await methodologist.press("вебинар");
    await methodologist.send("Разберём <b>задания</b> и критерии.");
    expect(last(methodologist)).toContain("Когда начало?");
    expect(last(methodologist)).toContain("(Омск)");
    await methodologist.send(`05.12.${Y} 15:00`);
    const start = Date.UTC(Y, 11, 5, 9, 0);
    expect(last(methodologist)).toContain(`Начало: ${weekday(start, "ru")}, 5 декабря ${Y}, 15:00 (Омск)`);
    await methodologist.press("2 ч");
    expect(last(methodologist)).toContain("Где пройдёт событие?");
    await methodologist.send("https://meet.example.org/fg?x=1&y=2");
    await methodologist.press("👤 Я: Методистова Елена Петровна");
    await methodologist.press("30");
    expect(methodologist.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["До начала события", "За 1 день", "За 3 дня"]));
    await methodologist.press("За 1 день");
    expect(last(methodologist)).toContain("Сейчас: все");
    await methodologist.press(/Мой муниципалитет/);
    await methodologist.press("▫️ Только молодые педагоги");
    await methodologist.press("📚 Предметы: любые");
    await methodologist.press("Математика");
    await methodologist.press("Физика");
    await methodologist.press("✅ Готово");
    expect(methodologist.lastMessage().buttons.flat()).toContain("📚 Предметы: 2");
    await methodologist.press("▫️ Методист");
    expect(last(methodologist)).toContain("роли: методист");
    await methodologist.press("✅ Методист");
    await methodologist.press("✅ Готово");

    const preview = last(methodologist);
    expect(preview).toContain("Так его увидят педагоги");
    expect(preview).toContain("Финансовая грамотность <на уроках> & PISA");
    expect(preview).toContain("Разберём <b>задания</b> и критерии.");
    expect(preview).toContain(`🗓 ${weekday(start, "ru")}, 5 декабря ${Y}, 15:00–17:00 (Омск)`);
    expect(preview).toContain("🔗 https://meet.example.org/fg?x=1&y=2");
    expect(preview).toContain("👥 Свободно мест: 30 из 30");
    expect(preview).toContain(`⏳ Запись до: ${weekday(start - 24 * HOUR, "ru")}, 4 декабря ${Y}, 15:00 (Омск)`);
    expect(preview).toMatch(/🎯 Для кого: .+; предметы: Математика, Физика; только молодые педагоги/);
    await methodologist.press("💾 Сохранить");

    const event = await t.db.event.findFirstOrThrow({ where: { title: "Финансовая грамотность <на уроках> & PISA" }, include: { audience: true } });
    expect(event).toMatchObject({
      kind: "webinar",
      description: "Разберём <b>задания</b> и критерии.",
      startsAt: new Date(start),
      endsAt: new Date(start + 2 * HOUR),
      link: "https://meet.example.org/fg?x=1&y=2",
      place: null,
      organiser: "Методистова Елена Петровна",
      capacity: 30,
      registrationDeadline: new Date(start - 24 * HOUR),
      createdById: methodologistId,
      measureId: null,
    });
    const me = await t.db.user.findUniqueOrThrow({ where: { id: methodologistId } });
    expect(event.audience.map(({ kind, value }) => `${kind}:${value}`).sort()).toEqual(
      [`municipality:${me.municipalityId}`, "subject:math", "subject:physics", "young:1"].sort(),
    );
    const created = methodologist.messages().at(-2)!.text;
    expect(created).toContain("✅ Событие «Финансовая грамотность <на уроках> & PISA» создано.");
    expect(created).toContain(`https://t.me/profrost_test_bot?start=event_${event.id}`);
    expect(last(methodologist)).toContain("Главное меню");
  });

  it("reads '5.12 15:00' as the next 5 December, a typed end time, an address and a typed deadline", async () => {
    await methodologist.send("/newevent");
    await methodologist.send("Конкурс «Учитель года»");
    await methodologist.press("конкурс");
    await methodologist.press("региональный");
    await methodologist.press("Пропустить");
    await methodologist.send("5.12 15:00");
    const now = new Date();
    const thisYear = Date.UTC(now.getUTCFullYear(), 11, 5, 9, 0);
    const start = thisYear > now.getTime() ? thisYear : Date.UTC(now.getUTCFullYear() + 1, 11, 5, 9, 0);
    await methodologist.send("18:30");
    await methodologist.send("г. Омск, ул. Ленина, 2, актовый зал");
    await methodologist.send("ИРООО");
    await methodologist.send("150");
    const deadlineDay = new Date(start - 2 * 24 * HOUR);
    const typed = `${String(deadlineDay.getUTCDate()).padStart(2, "0")}.${String(deadlineDay.getUTCMonth() + 1).padStart(2, "0")}.${deadlineDay.getUTCFullYear()} 12:00`;
    await methodologist.send(typed);
    await methodologist.press("✅ Готово");
    expect(last(methodologist)).toContain("📍 г. Омск, ул. Ленина, 2, актовый зал");
    expect(last(methodologist)).toContain("🎯 Для кого: все");
    await methodologist.press("💾 Сохранить");
    const event = await t.db.event.findFirstOrThrow({ where: { title: "Конкурс «Учитель года»" }, include: { audience: true } });
    expect(event).toMatchObject({
      kind: "contest",
      level: "regional",
      startsAt: new Date(start),
      endsAt: new Date(start + 3.5 * HOUR),
      place: "г. Омск, ул. Ленина, 2, актовый зал",
      link: null,
      organiser: "ИРООО",
      capacity: 150,
      registrationDeadline: new Date(Date.UTC(deadlineDay.getUTCFullYear(), deadlineDay.getUTCMonth(), deadlineDay.getUTCDate(), 6, 0)),
    });
    expect(event.audience).toEqual([]);
  });

  it("lets a field be edited from the preview", async () => {
    await methodologist.send("/newevent");
    await fillUpToPreview(methodologist, "Черновик названия");
    await methodologist.press("✏️ Изменить…");
    await methodologist.press("Название");
    expect(methodologist.lastMessage().buttons.flat()).toContain("✔️ Черновик названия");
    await methodologist.send("Исправленное название");
    expect(last(methodologist)).toContain("Исправленное название");
    await methodologist.press("✏️ Изменить…");
    await methodologist.press("Места");
    await methodologist.press("20");
    const preview = last(methodologist);
    expect(preview).toContain("👥 Свободно мест: 20 из 20");
    await methodologist.press("💾 Сохранить");
    const event = await t.db.event.findFirstOrThrow({ where: { title: "Исправленное название", capacity: 20 } });

    // The preview is the teachers' card, with only its heading and the audience around it.
    await methodologist.pressData(`ev:card:${event.id}`, methodologist.lastMessage().id);
    expect(preview).toBe(`Проверьте событие. Так его увидят педагоги:\n\n${last(methodologist)}\n\n🎯 Для кого: все`);
  });
});

describe("bad input", () => {
  it("is refused at each step with the rule, and the same step is asked again", async () => {
    const before = await t.db.event.count();
    await methodologist.send("/newevent");
    await methodologist.send("ab");
    expect(refusal(methodologist)).toBe("Название — от 3 до 200 символов.");
    expect(last(methodologist)).toContain("Как оно называется?");
    await methodologist.send("x".repeat(201));
    expect(refusal(methodologist)).toBe("Название — от 3 до 200 символов.");
    await methodologist.send("Вебинар для проверки");

    await methodologist.send("вебинар");
    expect(refusal(methodologist)).toBe("Пожалуйста, выберите ответ кнопкой под сообщением.");
    expect(last(methodologist)).toContain("Какой это вид события?");
    await methodologist.press("вебинар");

    await methodologist.send("д".repeat(2001));
    expect(refusal(methodologist)).toBe("Описание — не больше 2000 символов.");
    await methodologist.press("Пропустить");

    await methodologist.send("завтра в три");
    expect(refusal(methodologist)).toContain("Не удалось прочитать дату");
    expect(last(methodologist)).toContain("Когда начало?");
    await methodologist.send("01.03.2020 10:00");
    expect(refusal(methodologist)).toBe("Начало должно быть в будущем.");
    await methodologist.send(`31.02.${Y} 10:00`);
    expect(refusal(methodologist)).toContain("Такой даты или времени нет");
    await methodologist.send(`05.12.${Y} 15:00`);

    await methodologist.send("14:00");
    expect(refusal(methodologist)).toBe("Окончание должно быть позже начала.");
    await methodologist.send(`04.12.${Y} 18:00`);
    expect(refusal(methodologist)).toBe("Окончание должно быть позже начала.");
    expect(last(methodologist)).toContain("Сколько продлится?");
    await methodologist.press("1,5 ч");

    for (const bad of ["ftp://x", "javascript:alert(1)", "https://localhost"]) {
      await methodologist.send(bad);
      expect(refusal(methodologist), bad).toBe("Ссылка должна начинаться с http:// или https://.");
      expect(last(methodologist)).toContain("Где пройдёт событие?");
    }
    await methodologist.send("https://meet.example.org/ok");

    await methodologist.send("Я");
    expect(refusal(methodologist)).toBe("Организатор — от 2 до 200 символов.");
    await methodologist.send("ИРООО");

    for (const bad of ["0", "1000000000", "много"]) {
      await methodologist.send(bad);
      expect(refusal(methodologist), bad).toBe("Число мест — целое от 1 до 10 000.");
      expect(last(methodologist)).toContain("Сколько мест?");
    }
    await methodologist.send("10000");

    await methodologist.send(`06.12.${Y}`);
    expect(refusal(methodologist)).toBe("Запись должна закрываться не позже начала события.");
    await methodologist.send("01.01.2020");
    expect(refusal(methodologist)).toBe("Этот срок уже прошёл: запись должна закрываться в будущем.");
    await methodologist.press("За 3 дня");

    await methodologist.send("для всех");
    expect(refusal(methodologist)).toBe("Пожалуйста, выберите ответ кнопкой под сообщением.");
    await methodologist.press("✅ Готово");
    await methodologist.send("сохранить");
    expect(refusal(methodologist)).toBe("Пожалуйста, выберите ответ кнопкой под сообщением.");
    await methodologist.press("💾 Сохранить");
    expect(await t.db.event.count()).toBe(before + 1);
    expect(await t.db.event.findFirst({ where: { title: "Вебинар для проверки", capacity: 10_000 } })).not.toBeNull();
  });

  it("an old button of an earlier step changes nothing", async () => {
    await methodologist.send("/newevent");
    await methodologist.send("Старые кнопки");
    const kindPrompt = methodologist.lastMessage().id;
    await methodologist.press("семинар");
    await methodologist.pressData("s:webinar", kindPrompt);
    expect(methodologist.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expect(last(methodologist)).toContain("Напишите описание");
    await methodologist.press("✖️ Отмена");
  });
});

describe("Cancel", () => {
  it("saves nothing, at an early step or on the preview", async () => {
    const before = await t.db.event.count();
    await methodologist.send("/newevent");
    await methodologist.send("Отменяемое событие");
    await methodologist.press("✖️ Отмена");
    expect(methodologist.messages().at(-2)!.text).toBe("Событие не создано, ничего не сохранено.");
    expect(last(methodologist)).toContain("Главное меню");

    await methodologist.send("/newevent");
    await fillUpToPreview(methodologist, "Отменяемое на превью");
    await methodologist.press("✖️ Отмена");
    await methodologist.send("/newevent");
    await methodologist.send("Отменяемое командой");
    await methodologist.send("/cancel");
    expect(methodologist.messages().at(-2)!.text).toBe("Событие не создано, ничего не сохранено.");
    expect(await t.db.event.count()).toBe(before);
  });
});

describe("teachers", () => {
  it("have no button, are refused /newevent and /events_manage, and forged callbacks change nothing", async () => {
    await teacher.send("/menu");
    expect(teacher.lastMessage().buttons.flat()).not.toContain("➕ Новое событие");
    expect(teacher.lastMessage().buttons.flat()).not.toContain("🗂 Мои события");
    await teacher.send("/newevent");
    expect(last(teacher)).toBe("Это действие вам недоступно.");
    await teacher.send("/events_manage");
    expect(last(teacher)).toBe("Это действие вам недоступно.");

    const before = await t.db.event.count();
    for (const data of ["ev:frommeasure:1", "ev:mg:new", "ev:mg:l:0", "ev:mg:t:1", "ev:mg:cy:1"]) {
      await teacher.pressData(data);
      expect(teacher.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    await teacher.send("Просто текст");
    expect(last(teacher)).not.toContain("Как оно называется?");
    expect(await t.db.event.count()).toBe(before);
  });
});

describe("from a plan measure", () => {
  it("offers the measure's title, kind, first executor and dates, and links the event to it", async () => {
    const plan = await t.db.plan.create({ data: { identityKey: "title:план", title: "План", sourceName: "plan.txt" } });
    const org = await t.db.organisation.create({ data: { name: "БОУ ДПО «ИРООО»" } });
    const second = await t.db.organisation.create({ data: { name: "Муниципальные органы управления образованием" } });
    const day = Date.UTC(Y, 2, 10);
    const measure = await t.db.measure.create({
      data: {
        planId: plan.id,
        number: "2.1",
        position: 1,
        title: "Вебинар по формированию функциональной грамотности",
        schedule: "Март",
        kind: "webinar",
        contentHash: "x",
        executors: { create: [{ organisationId: second.id, position: 2 }, { organisationId: org.id, position: 1 }] },
        dates: { create: [{ start: new Date(day), end: new Date(Date.UTC(Y, 2, 31)) }] },
        areas: { create: [{ area: "methodological" }, { area: "digital" }] },
      },
    });

    await methodologist.pressData(`ev:frommeasure:${measure.id}`);
    expect(last(methodologist)).toContain("По плану: «Вебинар по формированию функциональной грамотности»");
    await methodologist.press(/^✔️ Вебинар по формированию/);
    expect(methodologist.lastMessage().buttons.flat()).toContain("● вебинар");
    await methodologist.press("● вебинар");
    await methodologist.press("Пропустить");
    expect(last(methodologist)).toContain(`По плану: Март. Например: 10.03.${Y} 15:00`);
    await methodologist.send(`10.03.${Y} 11:00`);
    await methodologist.press("1 ч");
    await methodologist.press("Пропустить");
    expect(methodologist.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["🏛 БОУ ДПО «ИРООО»", "👤 Я: Методистова Елена Петровна"]));
    await methodologist.press("🏛 БОУ ДПО «ИРООО»");
    await methodologist.press("Без ограничения");
    await methodologist.press("До начала события");
    await methodologist.press("✅ Готово");
    await methodologist.press("💾 Сохранить");

    const event = await t.db.event.findFirstOrThrow({ where: { measureId: measure.id }, include: { areas: true } });
    expect(event).toMatchObject({
      title: "Вебинар по формированию функциональной грамотности",
      kind: "webinar",
      organiser: "БОУ ДПО «ИРООО»",
      startsAt: new Date(Date.UTC(Y, 2, 10, 5, 0)),
    });
    expect(event.areas.map((row) => row.area).sort()).toEqual(["digital", "methodological"]);
  });

  it("says so when the measure does not exist", async () => {
    await methodologist.pressData("ev:frommeasure:999999");
    expect(methodologist.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили.", show_alert: true });
  });
});
