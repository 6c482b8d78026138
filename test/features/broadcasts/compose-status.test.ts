// Who may send announcements and to whom (a coordinator only within their scope; a teacher not
// at all, on any button), urgent ones at night, the status message's "Stop" and "Who did not get
// it" file, and forged ids.
import { Api } from "grammy";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportProgress } from "../../../src/features/broadcasts/progress.ts";
import { sharedI18n } from "../../../src/i18n/index.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { UploadedFile } from "../../support/fake-telegram.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

const NOON_OMSK = new Date("2030-03-04T06:00:00Z");
const NIGHT_OMSK = new Date("2030-03-04T17:00:00Z"); // 23:00 in Omsk
const MORNING_OMSK = new Date("2030-03-05T02:00:00Z"); // 08:00 in Omsk

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let methodologist: FakeUser;
let methodologistEn: FakeUser;
let coordinator: FakeUser;
let teacher: FakeUser;
/** A teacher of the coordinator's municipality and one of another. */
let near: FakeUser;
let far: FakeUser;
let municipalityName: string;
let eventId: number;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(NOON_OMSK);
  h = await createHarness({ db: t.db, clock });
  const m = await createTeacher(t.db, { fullName: "Методистова Елена" });
  await t.db.roleGrant.create({ data: { userId: m.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(m.telegramId) });
  const en = await createTeacher(t.db, { lang: "en", fullName: "Methodologist Ann" });
  await t.db.roleGrant.create({ data: { userId: en.id, role: "methodologist" } });
  methodologistEn = h.user({ id: Number(en.telegramId), languageCode: "en" });
  const c = await createTeacher(t.db, { fullName: "Координатова Ольга" });
  const municipality = await t.db.municipality.findUniqueOrThrow({ where: { id: c.municipalityId! } });
  municipalityName = municipality.name;
  await t.db.roleGrant.create({ data: { userId: c.id, role: "coordinator", municipalityId: municipality.id } });
  coordinator = h.user({ id: Number(c.telegramId) });
  teacher = h.user({ id: Number((await createTeacher(t.db, { fullName: "Учителева Мария" })).telegramId) });
  near = h.user({ id: Number((await createTeacher(t.db, { fullName: "Ближняя Анна" })).telegramId) });
  const elsewhere = await t.db.school.findFirstOrThrow({ where: { municipalityId: { not: municipality.id } }, orderBy: { id: "asc" } });
  const f = await createTeacher(t.db, { fullName: "Дальняя Вера" });
  await t.db.user.update({ where: { id: f.id }, data: { municipalityId: elsewhere.municipalityId, schoolId: elsewhere.id } });
  far = h.user({ id: Number(f.telegramId) });
  eventId = await makeEvent(t.db, { title: "Семинар по ФГОС", startsAt: new Date("2030-03-12T09:00:00Z") }, NOON_OMSK);
});
afterAll(() => t.drop());

beforeEach(async () => {
  clock.set(NOON_OMSK);
  for (const u of [methodologist, methodologistEn, coordinator]) await u.send("/cancel");
});

const latestBroadcast = () => t.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });

/** Composes `text` for everyone (of the author's scope) up to the control message. */
async function composeToControl(u: FakeUser, text: string, lang: "ru" | "en" = "ru") {
  await u.send("/menu");
  await u.press(lang === "ru" ? "📣 Рассылки" : "📣 Announcements");
  await u.press(lang === "ru" ? "✍️ Новая рассылка" : "✍️ New announcement");
  await u.send(text);
  await u.press(lang === "ru" ? "✅ Готово" : "✅ Done");
  await u.press(lang === "ru" ? "✅ Готово" : "✅ Done");
}

/** The author's status message of a broadcast (the author may be one of its recipients too). */
const statusOf = (u: FakeUser, id: number) => u.messages().find((m) => m.text.startsWith(`📣 Рассылка №${id} `))!;

describe("who may send, and to whom", () => {
  it("lets a coordinator reach only their municipality, with the municipal mute button", async () => {
    const inScope = await t.db.user.count({ where: { municipalityId: (await t.db.municipality.findFirstOrThrow({ where: { name: municipalityName } })).id } });
    await coordinator.send("/menu");
    await coordinator.press("📣 Рассылки");
    expect(coordinator.lastMessage().text).toContain("педагогам вашего муниципалитета или школы");
    await coordinator.press("✍️ Новая рассылка");
    await coordinator.send("Совещание завучей в пятницу");
    await coordinator.press("✅ Готово");
    const audience = coordinator.lastMessage();
    expect(audience.buttons.flat()).toContain("✅ Все в моём муниципалитете или школе");
    expect(audience.text).toContain("только ваш муниципалитет или школа");
    expect(audience.text).toContain(`👥 ${inScope} получател`);
    // The place picker offers only the coordinator's municipality.
    await coordinator.press("📍 Муниципалитет или школа…");
    expect(coordinator.lastMessage().buttons.flat()).toEqual(["Все в моём муниципалитете или школе", municipalityName, "‹ Назад", "✖️ Отмена"]);
    await coordinator.press("‹ Назад");
    await coordinator.press("✅ Готово");
    const before = far.messages().length;
    await coordinator.press("📤 Отправить сейчас");

    const broadcast = await latestBroadcast();
    expect(JSON.parse(broadcast.scope)).toMatchObject({ kind: "municipal" });
    expect(broadcast.recipients).toBe(inScope);
    expect(far.messages()).toHaveLength(before);
    expect(near.lastMessage().text).toBe("Совещание завучей в пятницу");
    expect(near.lastMessage().raw.reply_markup?.inline_keyboard).toEqual([[{ text: "🔕 Не присылать такие рассылки", callback_data: "bc:mute:municipal" }]]);
  });

  it("reaches the people signed up for a chosen event", async () => {
    const nearRow = await t.db.user.findFirstOrThrow({ where: { telegramId: BigInt(near.id) } });
    await t.db.registration.create({ data: { eventId, userId: nearRow.id, status: "registered" } });
    await methodologist.send("/menu");
    await methodologist.press("📣 Рассылки");
    await methodologist.press("✍️ Новая рассылка");
    await methodologist.send("Ссылка на вебинар придёт завтра");
    await methodologist.press("✅ Готово");
    await methodologist.press("🎫 Участники события…");
    await methodologist.press(/Семинар по ФГОС$/);
    expect(methodologist.lastMessage().text).toContain("записавшиеся на «Семинар по ФГОС»");
    expect(methodologist.lastMessage().text).toContain("👥 1 получатель");
    await methodologist.press("✅ Готово");
    await methodologist.press("📤 Отправить сейчас");
    expect((await latestBroadcast()).recipients).toBe(1);
    expect(near.lastMessage().text).toBe("Ссылка на вебинар придёт завтра");
  });

  it("refuses a teacher without a role on every announcement button, changing nothing", async () => {
    const broadcast = await latestBroadcast();
    await teacher.send("/menu");
    expect(teacher.lastMessage().buttons.flat()).not.toContain("📣 Рассылки");
    const shown = teacher.messages().length;
    for (const data of ["bc:new", "bc:home", `bc:s:${broadcast.id}`, `bc:sy:${broadcast.id}`, `bc:sn:${broadcast.id}`, `bc:m:${broadcast.id}`, "bc:l:0", `bc:v:${broadcast.id}:0`]) {
      await teacher.pressData(data);
      expect(teacher.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно." });
    }
    expect(teacher.messages()).toHaveLength(shown);
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status).toBe(broadcast.status);
    expect(await t.db.outboxMessage.count({ where: { broadcastId: broadcast.id, status: "cancelled" } })).toBe(0);
  });

  it("answers forged ids 'not found' and keeps a coordinator off others' announcements", async () => {
    await methodologist.pressData("bc:s:999999999");
    expect(methodologist.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили." });
    await methodologist.pressData("bc:m:999999999");
    expect(methodologist.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили." });
    const mine = await t.db.broadcast.findFirstOrThrow({ where: { author: { telegramId: BigInt(methodologist.id) } }, orderBy: { id: "desc" } });
    for (const data of [`bc:s:${mine.id}`, `bc:sy:${mine.id}`, `bc:m:${mine.id}`]) {
      await coordinator.pressData(data);
      expect(coordinator.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно." });
    }
  });
});

describe("sending at night", () => {
  it("waits for the morning unless urgent, and says whether urgent ones go as paid broadcasts", async () => {
    clock.set(NIGHT_OMSK);
    await composeToControl(methodologistEn, "Tomorrow's seminar moved to 16:00", "en");
    expect(methodologistEn.lastMessage().text).toContain("🌙 Quiet hours hold");
    await methodologistEn.press("🚨 Urgent: off");
    expect(methodologistEn.lastMessage().text).toContain("Paid broadcasts are off in this bot, so it goes at the usual rate.");
    expect(methodologistEn.lastMessage().buttons.flat()).toContain("🚨 Urgent: on");
    const before = near.messages().length;
    await methodologistEn.press("📤 Send now");
    expect(await latestBroadcast()).toMatchObject({ urgent: true });
    expect(near.messages()).toHaveLength(before + 1);

    h.config.paidSendRatePerSecond = 1000;
    try {
      await composeToControl(methodologist, "Срочно: занятия отменены");
      await methodologist.press("🚨 Срочно: нет");
      expect(methodologist.lastMessage().text).toContain("платной рассылкой (до 1000 сообщений в секунду, оплата в Telegram Stars)");
      await methodologist.press("✖️ Отмена");
    } finally {
      h.config.paidSendRatePerSecond = null;
    }
  });

  it("stops what is not yet sent after asking, and the status message says so", async () => {
    clock.set(NIGHT_OMSK);
    await composeToControl(methodologist, "Отчёты до пятницы");
    const before = near.messages().length;
    await methodologist.press("📤 Отправить сейчас");
    const broadcast = await latestBroadcast();
    const status = statusOf(methodologist, broadcast.id);
    expect(status.text).toContain(`Рассылка №${broadcast.id} отправляется.`);
    expect(status.text).toContain(`🌙 Ждут утра в часовом поясе получателя: ${broadcast.recipients}`);
    expect(near.messages()).toHaveLength(before);

    await methodologist.press("⏹ Остановить", { inMessage: status.id });
    const question = methodologist.lastMessage();
    expect(question.text).toBe(`Остановить рассылку №${broadcast.id}? Ещё не отправленные ${broadcast.recipients} сообщений отправлены не будут.`);
    await methodologist.press("Нет", { inMessage: question.id });
    expect(methodologist.lastMessage().text).toBe(`Рассылка №${broadcast.id} продолжается.`);
    expect(await t.db.outboxMessage.count({ where: { broadcastId: broadcast.id, status: "pending" } })).toBe(broadcast.recipients);

    await methodologist.press("⏹ Остановить", { inMessage: status.id });
    await methodologist.press("⏹ Да, остановить");
    expect(methodologist.messages().find((m) => m.id === status.id)!.text).toContain(`Рассылка №${broadcast.id} остановлена.`);
    expect(methodologist.messages().at(-1)!.text).toBe(`⏹ Рассылка №${broadcast.id} остановлена: не отправлено — ${broadcast.recipients}.`);
    expect(await t.db.outboxMessage.count({ where: { broadcastId: broadcast.id, status: "cancelled" } })).toBe(broadcast.recipients);

    clock.set(MORNING_OMSK);
    await h.outbox.sendAllDue();
    expect(near.messages()).toHaveLength(before);
  });

  it("cancels a scheduled announcement before it begins", async () => {
    await composeToControl(methodologist, "Плановое напоминание");
    await methodologist.press("🕒 Запланировать…");
    await methodologist.send("05.03 10:00");
    const broadcast = await latestBroadcast();
    const status = methodologist.lastMessage();
    await methodologist.press("✖️ Отменить рассылку", { inMessage: status.id });
    expect(methodologist.lastMessage().text).toBe(`Отменить рассылку №${broadcast.id}? Её никто не получит.`);
    await methodologist.press("✖️ Да, отменить");
    expect(methodologist.messages().at(-1)!.text).toBe(`✖️ Рассылка №${broadcast.id} отменена: её никто не получил.`);
    expect(methodologist.messages().find((m) => m.id === status.id)!.text).toContain(`Рассылка №${broadcast.id} отменена до начала.`);
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status).toBe("cancelled");
  });
});

describe("who did not get it", () => {
  it("gives the author a CSV of the blocked and failed recipients once it is sent", async () => {
    const blockedRow = await createTeacher(t.db, { fullName: 'Блокова Анна; "А."' });
    const blocked = h.user({ id: Number(blockedRow.telegramId) });
    h.telegram.setBlocked(blocked.id);
    const failingRow = await createTeacher(t.db, { fullName: "=Ошибкина Ирина" });
    const failing = h.user({ id: Number(failingRow.telegramId) });
    h.telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: failing.id });

    await composeToControl(methodologist, "Итоги конкурса");
    await methodologist.press("📤 Отправить сейчас");
    const broadcast = await latestBroadcast();
    const statusId = statusOf(methodologist, broadcast.id).id;
    const api = new Api(h.config.botToken, { apiRoot: h.config.apiRoot, fetch: h.telegram.fetch });
    await reportProgress({ db: t.db, api, i18n: sharedI18n(), clock, logger: pino({ level: "silent" }), perSecond: 25, paidPerSecond: null });
    const status = methodologist.messages().find((m) => m.id === statusId)!;
    expect(status.text).toContain(`Рассылка №${broadcast.id} отправлена.`);
    expect(status.text).toContain("⛔ Заблокировали бота: 1");
    expect(status.text).toContain("⚠️ Не доставлено: 1");

    await methodologist.press("📄 Кто не получил", { inMessage: statusId });
    const call = methodologist.calls("sendDocument").at(-1)!;
    const file = call.payload.document as UploadedFile;
    expect(file.fileName).toBe(`announcement-${broadcast.id}-missed.csv`);
    expect(call.payload.caption).toBe(`Рассылка №${broadcast.id}: не получили — 2.`);
    expect([...h.telegram.files.get(file.fileId)!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.text!.split("\r\n");
    expect(lines[0]).toBe("ФИО;Муниципалитет;Школа;Статус;Ошибка");
    // A name with ";" and quotes is one quoted cell; one starting with "=" is no formula.
    const blockedLine = lines.find((line) => line.startsWith('"Блокова Анна; ""А.""";'))!;
    expect(blockedLine).toContain(`;${municipalityName};`);
    expect(blockedLine).toMatch(/;заблокировал бота;.*403/);
    const failed = lines.find((line) => line.startsWith("'=Ошибкина Ирина;"))!;
    expect(failed.split(";").slice(3, 4)).toEqual(["не доставлено"]);
    expect(failed).toContain("chat not found");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(4);
  });
});
