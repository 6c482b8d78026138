// A methodologist moves, relocates and cancels events from "🗂 My events"; everyone registered or
// waiting is told in their own language; teachers' forged buttons change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerForEvent } from "../../../src/features/events/registration.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
let methodologist: FakeUser;
let methodologistId: number;
/** Registered, Russian. */
let anna: FakeUser;
/** Waiting, English. */
let bob: FakeUser;
let people: { id: number }[];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const Y = new Date().getUTCFullYear() + 1;
const weekday = (utc: number, lang: string) => new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "Asia/Omsk" }).format(utc);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const row = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(row.telegramId), languageCode: "ru" });
  methodologistId = row.id;
  const a = await createTeacher(t.db, { fullName: "Смирнова Анна", lang: "ru" });
  const b = await createTeacher(t.db, { fullName: "Brown Bob", lang: "en" });
  // Registered too, but Telegram no longer knows the chat: their notice ends failed in the outbox.
  const gone = await createTeacher(t.db, { fullName: "Ушедшая Галина" });
  anna = h.user({ id: Number(a.telegramId), languageCode: "ru" });
  bob = h.user({ id: Number(b.telegramId), languageCode: "en" });
  people = [a, gone, b];
});
afterAll(() => t.drop());

beforeEach(async () => {
  await methodologist.send("/cancel");
});

/** An event starting 5 December next year at 15:00 Omsk, two seats: Anna and Galina registered, Bob waiting. */
async function eventWithPeople(title: string): Promise<{ id: number; start: number }> {
  const now = new Date();
  const start = Date.UTC(Y, 11, 5, 9, 0);
  const id = await makeEvent(t.db, { title, capacity: 2, startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR) }, now);
  await t.db.event.update({ where: { id }, data: { createdById: methodologistId } });
  for (const person of people) {
    await registerForEvent(t.db, { eventId: id, person: await memberOf(t.db, person.id), now });
  }
  return { id, start };
}

async function openEvent(title: string) {
  await methodologist.send("/events_manage");
  expect(methodologist.lastMessage().text).toContain("🗂 Предстоящие события");
  await methodologist.press(new RegExp(`^\\d+\\. ${title}`));
  expect(methodologist.lastMessage().text).toContain("📝 записано 2 из 2, в листе ожидания 1");
}

const lastTo = (u: FakeUser) => u.lastMessage().text;

/** What became of the event's notices in the outbox, by status. */
async function deliveries(eventId: number): Promise<Record<string, number>> {
  const rows = await t.db.outboxMessage.groupBy({ by: ["status"], where: { source: `event:${eventId}` }, _count: true });
  return Object.fromEntries(rows.map((row) => [row.status, row._count]));
}

describe("changing the time", () => {
  it("moves the event and tells the registered and the waiting, each in their language", async () => {
    const { id, start } = await eventWithPeople("Семинар о переносе");
    await openEvent("Семинар о переносе");
    await methodologist.press("🕒 Изменить время");
    expect(methodologist.lastMessage().buttons.flat()).toContain(`✔️ ${weekday(start, "ru")}, 5 декабря ${Y}, 15:00 (Омск)`);
    await methodologist.send("01.01.2020 10:00");
    expect(methodologist.messages().at(-2)!.text).toBe("Начало должно быть в будущем.");
    await methodologist.send(`10.12.${Y} 16:00`);
    await methodologist.send("15:00");
    expect(methodologist.messages().at(-2)!.text).toBe("Окончание должно быть позже начала.");
    await methodologist.press("2 ч");
    const moved = Date.UTC(Y, 11, 10, 10, 0);
    expect(lastTo(methodologist)).toContain("Перенести «Семинар о переносе»?");
    expect(lastTo(methodologist)).toContain("Записавшихся и ожидающих: 3");
    expect(anna.messages()).toEqual([]);
    await methodologist.press("✅ Подтвердить");

    const event = await t.db.event.findUniqueOrThrow({ where: { id } });
    expect(event.startsAt).toEqual(new Date(moved));
    expect(event.endsAt).toEqual(new Date(moved + 2 * HOUR));
    expect(lastTo(anna)).toBe(
      `🕒 Событие «Семинар о переносе» перенесено.\nБыло: ${weekday(start, "ru")}, 5 декабря ${Y}, 15:00 (Омск)\nТеперь: ${weekday(moved, "ru")}, 10 декабря ${Y}, 16:00 (Омск)`,
    );
    expect(lastTo(bob)).toBe(
      `🕒 “Семинар о переносе” has moved.\nWas: ${weekday(start, "en")}, 5 December ${Y}, 15:00 (Omsk)\nNow: ${weekday(moved, "en")}, 10 December ${Y}, 16:00 (Omsk)`,
    );
    const report = methodologist.messages().at(-2)!.text;
    expect(report).toContain("✅ Время изменено.");
    expect(report).toContain("Сообщение уходит 3 участникам.");
    expect(await deliveries(id)).toEqual({ sent: 2, failed: 1 });
    expect(lastTo(methodologist)).toContain(`${weekday(moved, "ru")}, 10 декабря ${Y}, 16:00–18:00 (Омск)`);
  });

  it("Cancel changes nothing and tells nobody", async () => {
    const { id, start } = await eventWithPeople("Семинар без переноса");
    const annaBefore = anna.messages().length;
    await openEvent("Семинар без переноса");
    await methodologist.press("🕒 Изменить время");
    await methodologist.send(`11.12.${Y} 16:00`);
    await methodologist.press("1 ч");
    await methodologist.press("✖️ Отмена");
    expect(methodologist.messages().at(-2)!.text).toBe("Ничего не изменилось.");
    expect((await t.db.event.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(new Date(start));
    expect(anna.messages()).toHaveLength(annaBefore);
  });
});

describe("changing the place", () => {
  it("sets a new link; the registered get it, the waiting hear that it will come", async () => {
    const { id } = await eventWithPeople("Вебинар с новой ссылкой");
    await openEvent("Вебинар с новой ссылкой");
    await methodologist.press("📍 Место или ссылка");
    await methodologist.send("javascript:alert(1)");
    expect(methodologist.messages().at(-2)!.text).toBe("Ссылка должна начинаться с http:// или https://.");
    await methodologist.send("https://meet.example.org/new");
    expect(lastTo(methodologist)).toContain("Новое место события «Вебинар с новой ссылкой»: https://meet.example.org/new");
    await methodologist.press("✅ Подтвердить");

    expect(await t.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ link: "https://meet.example.org/new", place: null });
    expect(lastTo(anna)).toContain("📍 Изменилось место события «Вебинар с новой ссылкой»");
    expect(lastTo(anna)).toContain("Теперь: https://meet.example.org/new");
    expect(lastTo(bob)).toContain("📍 “Вебинар с новой ссылкой”");
    expect(lastTo(bob)).toContain("Now: online; the link will come once a seat is yours");
    expect(lastTo(bob)).not.toContain("meet.example.org");
    expect(methodologist.messages().at(-2)!.text).toContain("✅ Место изменено.");
  });
});

describe("cancelling", () => {
  it("asks first, then marks the event cancelled and tells everyone", async () => {
    const { id, start } = await eventWithPeople("Конференция для отмены");
    await openEvent("Конференция для отмены");
    await methodologist.press("❌ Отменить событие");
    expect(lastTo(methodologist)).toBe("Отменить «Конференция для отмены»? Сообщение об отмене получат 3 человека.");
    await methodologist.press("‹ Нет, вернуться");
    expect((await t.db.event.findUniqueOrThrow({ where: { id } })).cancelledAt).toBeNull();
    await methodologist.press("❌ Отменить событие");
    await methodologist.press("Да, отменить событие");
    expect(methodologist.lastAnswer()?.text).toBe("Событие отменено");

    expect((await t.db.event.findUniqueOrThrow({ where: { id } })).cancelledAt).not.toBeNull();
    expect(lastTo(anna)).toBe(
      `❌ Событие «Конференция для отмены» (${weekday(start, "ru")}, 5 декабря ${Y}, 15:00 (Омск)) отменено. Простите за неудобство — другие события есть в меню «Ближайшие события».`,
    );
    expect(lastTo(bob)).toContain(`❌ “Конференция для отмены” (${weekday(start, "en")}, 5 December ${Y}, 15:00 (Omsk)) is cancelled.`);
    expect(lastTo(methodologist)).toBe("Сообщение уходит 3 участникам.");
    expect(await deliveries(id)).toEqual({ sent: 2, failed: 1 });
    const screen = methodologist.messages().find((m) => m.text.includes("❌ Событие отменено."))!;
    expect(screen.buttons.flat()).toEqual(["‹ К списку"]);

    await methodologist.pressData(`ev:mg:cy:${id}`, screen.id);
    expect(methodologist.lastAnswer()).toMatchObject({ text: "❌ Событие отменено.", show_alert: true });
    await methodologist.send("/events_manage");
    expect(lastTo(methodologist)).not.toContain("Конференция для отмены");
  });
});

describe("the list", () => {
  it("pages six events at a time, soonest first", async () => {
    const now = new Date();
    for (let i = 1; i <= 7; i++) {
      const id = await makeEvent(t.db, { title: `Серия ${i}`, startsAt: new Date(Date.UTC(Y + 1, 0, i, 5, 0)) }, now);
      await t.db.event.update({ where: { id }, data: { createdById: methodologistId } });
    }
    await methodologist.send("/events_manage");
    const first = methodologist.lastMessage();
    const total = await t.db.event.count({ where: { cancelledAt: null, createdById: methodologistId } });
    expect(first.text).toContain(`Предстоящие события: ${total}`);
    expect(first.buttons.flat()).toContain(`1/${Math.ceil(total / 6)}`);
    await methodologist.press("‹");
    expect(lastTo(methodologist)).toContain("Серия 7");
    await methodologist.press("‹ Назад");
    expect(lastTo(methodologist)).toContain("Главное меню");
    await methodologist.press("🗂 Мои события");
    expect(lastTo(methodologist)).toContain("🗂 Предстоящие события");
  });
});

describe("teachers", () => {
  it("cannot change or cancel through forged buttons", async () => {
    const { id, start } = await eventWithPeople("Чужое событие");
    for (const data of [`ev:mg:e:${id}`, `ev:mg:t:${id}`, `ev:mg:p:${id}`, `ev:mg:c:${id}`, `ev:mg:cy:${id}`]) {
      await anna.pressData(data);
      expect(anna.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    await anna.send(`10.12.${Y} 16:00`);
    const event = await t.db.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ cancelledAt: null, startsAt: new Date(start), link: "https://meet.example.org/fg" });
    expect(bob.messages().filter((m) => m.text.includes("Чужое событие"))).toEqual([]);
  });

  it("lose the change if their role is taken away mid-flow", async () => {
    const row = await createTeacher(t.db, { fullName: "Временный Методист" });
    const grant = await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
    const temp = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    const { id, start } = await eventWithPeople("Событие без прав");
    await temp.send("/events_manage");
    await temp.pressData(`ev:mg:t:${id}`);
    await temp.send(`12.12.${Y} 16:00`);
    await temp.press("1 ч");
    await t.db.roleGrant.delete({ where: { id: grant.id } });
    await temp.press("✅ Подтвердить");
    expect(temp.messages().at(-2)!.text).toBe("Это действие вам недоступно.");
    expect((await t.db.event.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(new Date(start));
  });
});
