// The individual route (ИОМ, issue #12 point 5) through the bot: the proposal lists the events and
// plan measures tagged with the deficit's area that concern the person, and not others; an event
// opens its card for sign-up; the saved route shows each item's state (attendance ticks it), and
// downloads as the Word table schools use and as an .ics of its dated items.
import ICAL from "ical.js";
import mammoth from "mammoth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import type { UploadedFile } from "../../support/fake-telegram.ts";
import { createTeacher } from "../../support/factories.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import { audienceRows, EVERYONE } from "../../../src/core/audience.ts";
import { toggleAttendance } from "../../../src/features/events/attendance.ts";
import { createQuestionnaire, SMALL_DEFINITION } from "./take-support.ts";

let t: TestDb;
let h: AppHarness;
/** 1 December 2030, 09:00 in Omsk. */
const NOW = new Date("2030-12-01T03:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const clock = new FakeClock(NOW);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());
// Each test makes its own offer: the earlier tests' events and plans go.
beforeEach(async () => {
  clock.set(NOW);
  await t.db.event.deleteMany();
  await t.db.plan.deleteMany();
});

type Teacher = FakeUser & { userId: number };

async function teacher(lang: "ru" | "en"): Promise<Teacher> {
  const row = await createTeacher(t.db, { lang, fullName: lang === "ru" ? "Петрова Анна Ивановна" : "Anna Petrova" });
  return Object.assign(h.user({ id: Number(row.telegramId), languageCode: lang }), { userId: row.id });
}

const MENU = { ru: "🧭 Самодиагностика", en: "🧭 Self-diagnosis" };
const ROUTE = { ru: "🧭 Мой маршрут", en: "🧭 My route" };

/** Takes the small questionnaire with subject strong and digital weak: the one deficit is "digital". */
async function takeWithDigitalDeficit(u: FakeUser, title: string, lang: "ru" | "en") {
  await u.send("/menu");
  await u.press(MENU[lang]);
  await u.press(title);
  const labels = lang === "ru" ? ["Могу", "Могу", "Не могу", "Скорее нет"] : ["I can", "I can", "I can't", "Rather not"];
  for (const label of labels) await u.press(label);
}

/** What the route may and may not offer, around the person's school in the first municipality. */
async function makeOffer(tag: string) {
  const school = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const elsewhere = await t.db.municipality.findFirstOrThrow({ where: { id: { not: school.municipalityId } } });
  const at = (days: number) => new Date(NOW.getTime() + days * DAY);
  const digital = await makeEvent(t.db, { title: `Цифровой урок ${tag}`, startsAt: at(5), areas: ["digital"] }, NOW);
  const later = await makeEvent(t.db, { title: `Онлайн-курс ${tag}`, kind: "course", startsAt: at(20), areas: ["digital", "methodological"] }, NOW);
  await makeEvent(t.db, { title: `Предметный семинар ${tag}`, kind: "seminar", startsAt: at(4), areas: ["subject"] }, NOW);
  await makeEvent(t.db, { title: `Чужой вебинар ${tag}`, startsAt: at(6), areas: ["digital"], audience: { ...EVERYONE, municipalityIds: [elsewhere.id] } }, NOW);
  const cancelled = await makeEvent(t.db, { title: `Отменённый вебинар ${tag}`, startsAt: at(7), areas: ["digital"] }, NOW);
  await t.db.event.update({ where: { id: cancelled }, data: { cancelledAt: NOW } });
  await makeEvent(t.db, { title: `Начавшийся вебинар ${tag}`, startsAt: new Date(NOW.getTime() - HOUR), areas: ["digital"] }, new Date(NOW.getTime() - 7 * DAY));
  const plan = await t.db.plan.create({ data: { identityKey: `title:план ${tag}`, title: `План ${tag}`, sourceName: "plan.txt", municipalityId: school.municipalityId } });
  const otherPlan = await t.db.plan.create({ data: { identityKey: `title:чужой план ${tag}`, title: `Чужой план ${tag}`, sourceName: "plan.txt", municipalityId: elsewhere.id } });
  const measure = (planId: number, title: string, number: string) =>
    t.db.measure.create({
      data: {
        planId, number, position: 1, title, schedule: "Декабрь", kind: "course", contentHash: "x",
        dates: { create: [{ start: new Date(Date.UTC(2030, 11, 10)), end: new Date(Date.UTC(2030, 11, 12)) }] },
        areas: { create: [{ area: "digital" }] },
      },
    });
  await measure(plan.id, `Курсы ИКТ-компетентности ${tag}`, "1");
  await measure(otherPlan.id, `Чужие курсы ${tag}`, "1");
  return { digital, later };
}

const lastDocument = (u: FakeUser) => {
  const file = u.calls("sendDocument").at(-1)!.payload.document as UploadedFile;
  return { file, bytes: Buffer.from(h.telegram.files.get(file.fileId)!.bytes) };
};

/** The .docx's table as rows of cell texts (mammoth reads the document back). */
async function docxTable(bytes: Buffer): Promise<{ text: string; rows: string[][] }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "")));
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  return { text, rows };
}

describe("the route in Russian", () => {
  it("proposes what addresses the deficit and concerns the person, saves it, shows states, attendance ticks it, downloads .docx and .ics", async () => {
    const title = "Проверка умений (маршрут)";
    await createQuestionnaire(t.db, { title });
    const offer = await makeOffer("ru");
    const u = await teacher("ru");
    await takeWithDigitalDeficit(u, title, "ru");
    const results = u.messages().find((m) => m.buttons.flat().includes(ROUTE.ru))!;
    expect(results.text).toContain("Дефициты (ниже 60 %): Цифровые компетенции.");

    await u.press(ROUTE.ru, { inMessage: results.id });
    const proposal = u.lastMessage();
    expect(proposal.id).toBe(results.id);
    expect(proposal.text).toContain("Цифровые компетенции");
    expect(proposal.text).not.toContain("Предметная область");
    const lines = proposal.text.split("\n").filter((line) => line.startsWith("•"));
    expect(lines).toEqual([
      "• 6 декабря 2030 · вебинар — Цифровой урок ru",
      "• 10 декабря 2030 · курсы — Курсы ИКТ-компетентности ru (по плану)",
      "• 21 декабря 2030 · курсы — Онлайн-курс ru",
    ]);
    for (const absent of ["Предметный семинар", "Чужой вебинар", "Отменённый", "Начавшийся", "Чужие курсы"]) expect(proposal.text).not.toContain(absent);
    expect(proposal.buttons).toEqual([["📅 6 декабря 2030 · Цифровой урок ru"], ["📅 21 декабря 2030 · Онлайн-курс ru"], ["💾 Сохранить маршрут"], ["‹ К анкетам"]]);

    // The event's button sends its card as a new message; signing up happens there.
    await u.press("📅 6 декабря 2030 · Цифровой урок ru", { inMessage: proposal.id });
    const card = u.lastMessage();
    expect(card.id).not.toBe(proposal.id);
    expect(card.text).toContain("Цифровой урок ru");
    await u.press("✍️ Записаться", { inMessage: card.id });
    expect(await t.db.registration.count({ where: { eventId: offer.digital, userId: u.userId, status: "registered" } })).toBe(1);

    await u.press("💾 Сохранить маршрут", { inMessage: proposal.id });
    expect(u.lastAnswer()?.text).toBe("Маршрут сохранён");
    let route = u.messages().find((m) => m.id === proposal.id)!;
    expect(route.text).toContain("🧭 Мой маршрут");
    expect(route.text).toContain("📝 6 декабря 2030 · вебинар — Цифровой урок ru");
    expect(route.text).toContain("🗓 10 декабря 2030 · курсы — Курсы ИКТ-компетентности ru (по плану)");
    expect(route.text).toContain("▫️ 21 декабря 2030 · курсы — Онлайн-курс ru");
    // Saving again replaces the route for the attempt rather than adding one.
    await u.press("‹ К анкетам", { inMessage: proposal.id });
    expect(u.lastMessage().buttons.flat()).toContain(ROUTE.ru);
    await u.press(title, { inMessage: proposal.id });
    await u.press(ROUTE.ru, { inMessage: proposal.id });
    await u.press("💾 Сохранить маршрут", { inMessage: proposal.id });
    expect(await t.db.route.count({ where: { userId: u.userId } })).toBe(1);

    // The organiser marks attendance after the event (as the attendance screen does): the item is ticked.
    clock.set(new Date(NOW.getTime() + 6 * DAY));
    const registration = await t.db.registration.findFirstOrThrow({ where: { eventId: offer.digital, userId: u.userId } });
    expect(await toggleAttendance(t.db, { eventId: offer.digital, registrationId: registration.id })).toBe(true);
    await u.send("/menu");
    await u.press(MENU.ru);
    await u.press(ROUTE.ru);
    route = u.lastMessage();
    expect(route.text).toContain("✅ 6 декабря 2030 · вебинар — Цифровой урок ru");
    expect(route.buttons.flat()).toEqual(expect.arrayContaining(["📄 Word (.docx)", "📅 Календарь (.ics)"]));

    await u.press("📄 Word (.docx)", { inMessage: route.id });
    const docx = lastDocument(u);
    expect(docx.file.fileName).toBe("ИОМ.docx");
    const { text, rows } = await docxTable(docx.bytes);
    expect(text).toContain("Индивидуальный образовательный маршрут педагога");
    expect(text).toContain("Педагог: Петрова Анна Ивановна");
    const school = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" }, include: { municipality: true } });
    expect(text).toContain(`Образовательная организация: ${school.name}`);
    expect(text).toContain(`Муниципальное образование: ${school.municipality.name}`);
    expect(text).toContain("Период реализации: 6 декабря 2030 – 21 декабря 2030");
    expect(rows).toEqual([
      ["Дефицит", "Цель", "Форма работы", "Мероприятие", "Сроки", "Результат"],
      ["Цифровые компетенции", "Устранить дефицит: Цифровые компетенции", "вебинар", "Цифровой урок ru", "6 декабря 2030", "Участие подтверждено"],
      ["Цифровые компетенции", "Устранить дефицит: Цифровые компетенции", "курсы", "Курсы ИКТ-компетентности ru", "10 декабря 2030 – 12 декабря 2030", ""],
      ["Цифровые компетенции", "Устранить дефицит: Цифровые компетенции", "курсы", "Онлайн-курс ru", "21 декабря 2030", ""],
    ]);

    await u.press("📅 Календарь (.ics)", { inMessage: route.id });
    const ics = lastDocument(u).bytes.toString("utf8");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events.map((event) => event.getFirstPropertyValue("summary"))).toEqual(["Цифровой урок ru", "Курсы ИКТ-компетентности ru", "Онлайн-курс ru"]);
    expect(events[1]!.getFirstPropertyValue("dtstart")?.toString()).toBe("2030-12-10");
  });

  it("marks a registered event that ended without attendance as missed", async () => {
    const title = "Проверка умений (пропуск)";
    await createQuestionnaire(t.db, { title });
    const offer = await makeOffer("missed");
    const u = await teacher("ru");
    await takeWithDigitalDeficit(u, title, "ru");
    await u.press(ROUTE.ru);
    await t.db.registration.create({ data: { eventId: offer.later, userId: u.userId, status: "waitlisted", waitlistPosition: 1 } });
    await u.press("💾 Сохранить маршрут");
    expect(u.lastMessage().text).toContain("⏳ 21 декабря 2030 · курсы — Онлайн-курс missed");
    await t.db.registration.create({ data: { eventId: offer.digital, userId: u.userId, status: "registered" } });
    clock.set(new Date(NOW.getTime() + 6 * DAY));
    await u.press("‹ К анкетам");
    await u.press(ROUTE.ru);
    expect(u.lastMessage().text).toContain("❌ 6 декабря 2030 · вебинар — Цифровой урок missed");
  });
});

describe("the route in English", () => {
  it("proposes, saves and exports in English", async () => {
    const title = "Skills check (route)";
    await createQuestionnaire(t.db, { title });
    await makeOffer("en");
    const u = await teacher("en");
    await takeWithDigitalDeficit(u, title, "en");
    await u.press(ROUTE.en);
    const proposal = u.lastMessage();
    expect(proposal.text).toContain("Digital skills");
    expect(proposal.text).toContain("• 6 December 2030 · webinar — Цифровой урок en");
    expect(proposal.text).toContain("(plan)");
    await u.press("💾 Save route");
    expect(u.lastAnswer()?.text).toBe("Route saved");
    expect(u.lastMessage().text).toContain("▫️ 6 December 2030 · webinar — Цифровой урок en");
    await u.press("📄 Word (.docx)");
    const { text, rows } = await docxTable(lastDocument(u).bytes);
    expect(text).toContain("Teacher's individual professional development route");
    expect(text).toContain("Teacher: Anna Petrova");
    expect(rows[0]).toEqual(["Deficit", "Goal", "Form of work", "Event or measure", "Dates", "Result"]);
    expect(rows[1]).toEqual(["Digital skills", "Overcome the deficit: Digital skills", "webinar", "Цифровой урок en", "6 December 2030", ""]);
  });
});

describe("an event that addresses two deficits", () => {
  it("is listed under each deficit but has one card button, in the proposal and the saved route", async () => {
    const title = "Проверка умений (два дефицита)";
    await createQuestionnaire(t.db, { title });
    await makeEvent(t.db, { title: "Общий семинар", kind: "seminar", startsAt: new Date(NOW.getTime() + 3 * DAY), areas: ["subject", "digital"] }, NOW);
    const u = await teacher("ru");
    await u.send("/menu");
    await u.press(MENU.ru);
    await u.press(title);
    for (let i = 0; i < 4; i++) await u.press("Не могу");
    await u.press(ROUTE.ru);
    const proposal = u.lastMessage();
    expect(proposal.text.split("\n").filter((line) => line.includes("Общий семинар"))).toHaveLength(2);
    expect(proposal.buttons).toEqual([["📅 4 декабря 2030 · Общий семинар"], ["💾 Сохранить маршрут"], ["‹ К анкетам"]]);
    await u.press("💾 Сохранить маршрут");
    expect(u.lastMessage().buttons.flat().filter((label) => label.includes("Общий семинар"))).toEqual(["📅 4 декабря 2030 · Общий семинар"]);
  });
});

describe("colleagues' practices on a route of three deficits", () => {
  it("are offered for the deficits of the page shown, on the second page too, in the proposal and the saved route", async () => {
    const title = "Проверка умений (три дефицита)";
    const definition = {
      ...SMALL_DEFINITION,
      id: "small-three-areas",
      title: { ru: title, en: title },
      areas: [...SMALL_DEFINITION.areas, { id: "methodological", title: { ru: "Методическая работа", en: "Methodological work" } }],
      questions: [...SMALL_DEFINITION.questions, { id: "q5", area: "methodological", text: { ru: "Я могу вести методобъединение.", en: "I can lead a teachers' group." } }],
    };
    await t.db.questionnaire.create({
      data: { key: definition.id, definition: JSON.stringify(definition), status: "published", publishedAt: NOW, audience: { create: audienceRows(EVERYONE) } },
    });
    const practice = "Наставник в методобъединении";
    await t.db.practice.create({ data: { title: practice, description: "Опыт", area: "methodological", status: "approved" } });
    const u = await teacher("ru");
    await u.send("/menu");
    await u.press(MENU.ru);
    await u.press(title);
    for (let i = 0; i < 5; i++) await u.press("Не могу");
    // Two deficits a page: the third, with the practice for it, is on the second.
    const offeredOnPageTwo = async () => {
      expect(u.lastMessage().text).not.toContain("Методическая работа");
      await u.press("›");
      const page = u.lastMessage();
      expect(page.text).toContain("Методическая работа");
      expect(page.text).toContain(`💡 Практики коллег: «${practice}»`);
      expect(page.buttons).toContainEqual([`💡 ${practice}`]);
    };
    await u.press(ROUTE.ru);
    await offeredOnPageTwo();
    await u.press("‹");
    await u.press("💾 Сохранить маршрут");
    await offeredOnPageTwo();
  });
});
