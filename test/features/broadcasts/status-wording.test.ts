// What an author reads while composing and sending, as found walking the real bot: the audience
// line says no more than the choice, an event's date stays visible on a phone, "time left" does
// not promise a minute for a few seconds, and after "Stop" the counts come to the recipients once
// the sends in flight have finished.
import { Api } from "grammy";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportProgress } from "../../../src/features/broadcasts/progress.ts";
import { sharedI18n } from "../../../src/i18n/index.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

const NOON_OMSK = new Date("2030-03-04T06:00:00Z");

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let methodologist: FakeUser;
let methodologistEn: FakeUser;
let coordinator: FakeUser;
let schoolName: string;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(NOON_OMSK);
  // The outbox is left to the test: rows stay pending (or in flight) until it sends them.
  h = await createHarness({ db: t.db, clock, sendOutbox: false });
  const m = await createTeacher(t.db, { fullName: "Методистова Елена" });
  await t.db.roleGrant.create({ data: { userId: m.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(m.telegramId) });
  const en = await createTeacher(t.db, { lang: "en", fullName: "Methodologist Ann" });
  await t.db.roleGrant.create({ data: { userId: en.id, role: "methodologist" } });
  methodologistEn = h.user({ id: Number(en.telegramId), languageCode: "en" });
  const c = await createTeacher(t.db, { fullName: "Координатова Ольга" });
  await t.db.roleGrant.create({ data: { userId: c.id, role: "coordinator", municipalityId: c.municipalityId } });
  coordinator = h.user({ id: Number(c.telegramId) });
  schoolName = (await t.db.school.findUniqueOrThrow({ where: { id: c.schoolId! } })).name;
  for (let i = 0; i < 5; i++) await createTeacher(t.db, { fullName: `Учитель ${i}` });
  const event = await makeEvent(t.db, { title: "Семинар по ФГОС", startsAt: new Date("2030-03-12T09:00:00Z") }, NOON_OMSK);
  const teacher = await t.db.user.findFirstOrThrow({ where: { fullName: "Учитель 0" } });
  await t.db.registration.create({ data: { eventId: event, userId: teacher.id, status: "registered" } });
});
afterAll(() => t.drop());

beforeEach(async () => {
  clock.set(NOON_OMSK);
  for (const u of [methodologist, methodologistEn, coordinator]) await u.send("/cancel");
});

async function startComposing(u: FakeUser, text: string, lang: "ru" | "en" = "ru") {
  await u.send("/menu");
  await u.press(lang === "ru" ? "📣 Рассылки" : "📣 Announcements");
  await u.press(lang === "ru" ? "✍️ Новая рассылка" : "✍️ New announcement");
  await u.send(text);
  await u.press(lang === "ru" ? "✅ Готово" : "✅ Done");
}

const latestBroadcast = () => t.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });
const statusOf = (u: FakeUser, id: number) => u.messages().find((m) => m.text.startsWith(`📣 Рассылка №${id} `))!;

describe("the audience line", () => {
  it("names only the event's people when an event is all that is chosen, in Russian and in English", async () => {
    await startComposing(methodologist, "Ссылка придёт завтра");
    await methodologist.press("🎫 Участники события…");
    await methodologist.press(/Семинар по ФГОС/);
    expect(methodologist.lastMessage().text).toContain("Сейчас: записавшиеся на «Семинар по ФГОС»\n");
    await methodologist.press("✅ Готово");
    expect(methodologist.lastMessage().text).toContain("Кому: записавшиеся на «Семинар по ФГОС»\n");

    await startComposing(methodologistEn, "The link comes tomorrow", "en");
    await methodologistEn.press("🎫 People of an event…");
    await methodologistEn.press(/Семинар по ФГОС/);
    expect(methodologistEn.lastMessage().text).toContain("Now: signed up for “Семинар по ФГОС”\n");
  });

  it("does not add 'only your municipality or school' to a school a coordinator picked", async () => {
    await startComposing(coordinator, "Совещание в пятницу");
    await coordinator.press("📍 Муниципалитет или школа…");
    await coordinator.press(/муниципальный район|г\. /);
    await coordinator.press(schoolName);
    const text = coordinator.lastMessage().text;
    expect(text).toContain(`Сейчас: ${schoolName}`);
    expect(text).not.toContain("только ваш муниципалитет или школа");
  });
});

describe("the event picker", () => {
  it("puts the date first, where a phone does not cut it off a long title", async () => {
    await methodologist.send("/menu");
    await methodologist.press("📣 Рассылки");
    await methodologist.press("✍️ Новая рассылка");
    await methodologist.send("Приглашаем");
    await methodologist.press("➕ Запись на событие");
    expect(methodologist.lastMessage().buttons.flat()).toContain("12.03.30 · Семинар по ФГОС");
  });
});

describe("the status message", () => {
  it("says 'under a minute' when what is left goes in seconds", async () => {
    await startComposing(methodologist, "Короткая рассылка");
    await methodologist.press("✅ Готово");
    await methodologist.press("📤 Отправить сейчас");
    const broadcast = await latestBroadcast();
    expect(statusOf(methodologist, broadcast.id).text).toContain(`⏳ Осталось: ${broadcast.recipients}, меньше минуты`);
    await h.outbox.sendAllDue();
  });

  it("after Stop, counts the sends that were in flight once they are delivered", async () => {
    await startComposing(methodologist, "Рассылка, которую остановят");
    await methodologist.press("✅ Готово");
    await methodologist.press("📤 Отправить сейчас");
    const broadcast = await latestBroadcast();
    // Two rows are being handed to Telegram at the moment of the stop.
    const inFlight = await t.db.outboxMessage.findMany({ where: { broadcastId: broadcast.id }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    const ids = inFlight.map((row) => row.id);
    await t.db.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { status: "sending", claimedAt: clock.now() } });
    const status = statusOf(methodologist, broadcast.id);
    await methodologist.press("⏹ Остановить", { inMessage: status.id });
    await methodologist.press("⏹ Да, остановить");
    const cancelled = broadcast.recipients - 2;
    expect(statusOf(methodologist, broadcast.id).text).toContain(`⏹ Не отправлено (остановлена): ${cancelled}`);

    clock.advance(1000);
    await t.db.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { status: "sent", sentAt: clock.now(), updatedAt: clock.now() } });
    clock.advance(5000);
    const api = new Api(h.config.botToken, { apiRoot: h.config.apiRoot, fetch: h.telegram.fetch });
    await reportProgress({ db: t.db, api, i18n: sharedI18n(), clock, logger: pino({ level: "silent" }), perSecond: 25, paidPerSecond: null });
    const after = statusOf(methodologist, broadcast.id).text;
    expect(after).toContain(`Рассылка №${broadcast.id} остановлена.`);
    expect(after).toContain("✅ Доставлено: 2");
    expect(after).toContain(`⏹ Не отправлено (остановлена): ${cancelled}`);
  });
});
