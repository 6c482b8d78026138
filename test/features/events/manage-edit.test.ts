// What methodologists tripped on when making and changing events (issue #9, point 17): links
// typed without https://, overlong links, the audience's place, editing a saved event, the
// deadline moving with the time, a cancelled event's screen, and notices with a way to the event.
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { AppHarness, FakeUser } from "../../support/harness.ts";
import { useMethodologists } from "../../support/methodologists.ts";
import { updateEventDetails } from "../../../src/features/events/manage/update-event.ts";

let t: TestDb;
let h: AppHarness;
let ru: FakeUser;
let en: FakeUser;
let ruId: number;
let enId: number;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const Y = new Date().getUTCFullYear() + 1;

const staff = useMethodologists();
beforeAll(() => void ({ t, h, ru, en, ruId, enId } = staff));

const text = (u: FakeUser) => u.lastMessage().text;
const refusal = (u: FakeUser) => u.messages().at(-2)!.text;

/** An event of `createdById` on 5 December next year, 15:00 Omsk, with a deadline a day before. */
async function ownEvent(title: string, createdById: number, extra: { capacity?: number | null } = {}) {
  const start = Date.UTC(Y, 11, 5, 9, 0);
  const id = await makeEvent(t.db, { title, startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR), registrationDeadline: new Date(start - DAY), capacity: extra.capacity ?? null });
  await t.db.event.update({ where: { id }, data: { createdById } });
  return { id, start };
}

async function teacher(lang: "ru" | "en", fullName: string) {
  const row = await createTeacher(t.db, { lang, fullName });
  return { row, u: h.user({ id: Number(row.telegramId), languageCode: lang }) };
}

describe("creating an event", () => {
  it("reads a link without https:// as a link, refuses an overlong one at once, and aims at another municipality's school", async () => {
    await ru.send("/newevent");
    await ru.send("Семинар для Оконешниково");
    await ru.press("семинар");
    await ru.send("Описание. ".repeat(199));
    await ru.send(`05.12.${Y} 15:00`);
    await ru.press("2 ч");
    await ru.send(`https://zoom.us/j/${"1".repeat(2500)}`);
    expect(refusal(ru)).toContain("Ссылка слишком длинная");
    expect(text(ru)).toContain("Где пройдёт событие?");
    await ru.send("zoom.us/j/123");
    await ru.press("👤 Я: Методистова Елена Петровна");
    await ru.press("Без ограничения");
    await ru.press("До начала события");
    await ru.press("📍 Другой муниципалитет или школа…");
    await ru.send("оконеш");
    expect(text(ru)).toContain("найдено: 1");
    await ru.press("Оконешниковский муниципальный район");
    await ru.send("чистов");
    await ru.press("БОУ «Чистовская СОШ»");
    expect(text(ru)).toContain("Сейчас: БОУ «Чистовская СОШ», Оконешниковский муниципальный район");
    await ru.press("✅ Готово");
    expect(text(ru)).toContain("🔗 https://zoom.us/j/123");
    expect(text(ru).length).toBeLessThanOrEqual(4096);
    await ru.press("💾 Сохранить");

    const event = await t.db.event.findFirstOrThrow({ where: { title: "Семинар для Оконешниково" }, include: { audience: true } });
    const school = await t.db.school.findFirstOrThrow({ where: { name: "БОУ «Чистовская СОШ»" } });
    expect(event).toMatchObject({ link: "https://zoom.us/j/123", place: null });
    expect(event.audience.map(({ kind, value }) => `${kind}:${value}`)).toEqual([`school:${school.id}`]);
  });

  it("keeps the event's length when the start is changed from the preview (en)", async () => {
    await en.send("/newevent");
    await en.send("Webinar on reading");
    await en.press("webinar");
    await en.press("Skip");
    await en.send(`05.12.${Y} 15:00`);
    await en.press("3 h");
    await en.send("Room 5, Lenina 2");
    await en.press("👤 Me: Smith Mary");
    await en.press("No limit");
    await en.press("Until the start");
    await en.press("✅ Done");
    await en.press("✏️ Edit…");
    await en.press("Time");
    await en.send(`01.12.${Y} 10:00`);
    expect(en.lastMessage().buttons.flat().join(" ")).toContain(`1 December ${Y}, 13:00`);
    await en.press(/^✔️/);
    await en.press("💾 Save");
    const event = await t.db.event.findFirstOrThrow({ where: { title: "Webinar on reading" } });
    expect(event.endsAt.getTime() - event.startsAt.getTime()).toBe(3 * HOUR);
  });
});

describe("a saved event", () => {
  it("has its title and seats changed; fewer seats than registered are refused, more go to the people waiting", async () => {
    const { id } = await ownEvent("Семинар с очередью", ruId, { capacity: 1 });
    const anna = await teacher("ru", "Аннина Анна");
    const bob = await teacher("en", "Brown Bob");
    await anna.u.send(`/start event_${id}`);
    await anna.u.press("✍️ Записаться");
    await bob.u.send(`/start event_${id}`);
    await bob.u.press(/waiting list/i);

    await ru.send("/events_manage");
    await ru.press(/Семинар с очередью/);
    await ru.press("✏️ Название, описание, места…");
    await ru.press("Название");
    await ru.send("Семинар с очередью (новое)");
    expect(refusal(ru)).toContain("✅ Сохранено.");
    await ru.press("✏️ Название, описание, места…");
    await ru.press("Места");
    expect(text(ru)).toContain("Уже записано 1");
    await ru.send("0");
    expect(refusal(ru)).toContain("Число мест");
    await ru.send("3");
    expect(refusal(ru)).toContain("Место получил 1 человек из листа ожидания");
    expect(await t.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Семинар с очередью (новое)", capacity: 3, seatsTaken: 2 });
    expect(await t.db.registration.findFirstOrThrow({ where: { eventId: id, userId: bob.row.id } })).toMatchObject({ status: "registered" });
    const promoted = bob.u.lastMessage();
    expect(promoted.text).toContain("(Omsk)");
    expect(promoted.buttons.flat()).toContain("Open the event");
  });

  it("refuses fewer seats than registered in the service too; the organiser's own card shows the link", async () => {
    const { id } = await ownEvent("Вебинар организатора", enId, { capacity: 2 });
    const anna = await teacher("ru", "Аннина Анна");
    await anna.u.send(`/start event_${id}`);
    await anna.u.press("✍️ Записаться");
    const below = updateEventDetails(t.db, { eventId: id, change: { field: "capacity", capacity: 0 }, now: new Date() });
    await expect(below).rejects.toMatchObject({ code: "event-capacity" });
    const fewer = await t.db.event.update({ where: { id }, data: { capacity: 1 } }).then(() =>
      updateEventDetails(t.db, { eventId: id, change: { field: "capacity", capacity: 1 }, now: new Date() }),
    );
    expect(fewer).toBe(0);
    await t.db.registration.create({ data: { eventId: id, userId: enId, status: "registered" } });
    await t.db.event.update({ where: { id }, data: { seatsTaken: 2, capacity: 2 } });
    await expect(updateEventDetails(t.db, { eventId: id, change: { field: "capacity", capacity: 1 }, now: new Date() })).rejects.toMatchObject({
      code: "event-capacity-below",
      details: { registered: 2 },
    });
    await en.send(`/start event_${id}`);
    expect(text(en)).toContain("https://meet.example.org/fg");
    expect(text(en)).not.toContain("once you sign up");
  });

  it("moves its deadline with the time and says so; everyone is told with a button to the event", async () => {
    const { id } = await ownEvent("Перенос с дедлайном", ruId);
    const anna = await teacher("ru", "Аннина Анна");
    await anna.u.send(`/start event_${id}`);
    await anna.u.press("✍️ Записаться");
    await ru.send("/events_manage");
    await ru.press(/Перенос с дедлайном/);
    await ru.press("🕒 Изменить время");
    await ru.send(`07.12.${Y} 15:00`);
    await ru.press(/^✔️/);
    expect(text(ru)).toMatch(/Запись до: было .*4 декабря.*, станет .*6 декабря/);
    await ru.press("✅ Подтвердить");
    expect(ru.messages().at(-2)!.text).toMatch(/Время изменено[\s\S]*станет .*6 декабря/);
    const told = anna.u.lastMessage();
    expect(told.text).toContain("перенесено");
    expect(told.text).toMatch(/Запись до: .*6 декабря/);
    expect(told.buttons.flat()).toContain("Открыть событие");
    expect((await t.db.event.findUniqueOrThrow({ where: { id } })).registrationDeadline).toEqual(new Date(Date.UTC(Y, 11, 6, 9, 0)));
  });

  it("once cancelled, says neither 'registration open until the start' nor 'of ∞'", async () => {
    const { id } = await ownEvent("Отменяемое событие", enId);
    await t.db.event.update({ where: { id }, data: { registrationDeadline: null } });
    const anna = await teacher("ru", "Аннина Анна");
    await anna.u.send(`/start event_${id}`);
    await anna.u.press("✍️ Записаться");
    await en.send("/events_manage");
    await en.press(/Отменяемое событие/);
    expect(text(en)).toContain("1 signed up, no seat limit");
    await en.press("❌ Cancel event");
    await en.press(/Yes/);
    const screen = en.messages().find((message) => message.text.includes("Отменяемое событие") && message.text.includes("❌"))!;
    expect(screen.text).not.toMatch(/until the start|∞/);
    expect(anna.u.lastMessage().buttons.flat()).toContain("Открыть событие");
  });
});
