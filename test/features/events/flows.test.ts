import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERYONE } from "../../../src/core/audience.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { UploadedFile } from "../../support/fake-telegram.ts";
import ICAL from "ical.js";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

async function teacher(lang = "ru"): Promise<FakeUser> {
  const row = await createTeacher(t.db, { lang });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

async function openUpcoming(u: FakeUser) {
  await u.send("/menu");
  await u.press(/Ближайшие события|Upcoming events/);
}

/** 5 December 2030, 15:00 in Omsk (UTC+6). */
const DEC_5_1500_OMSK = new Date("2030-12-05T09:00:00Z");

describe("browsing and the event card", () => {
  it("lists what concerns the person, soonest first, with filters, and an empty filter offers to widen", async () => {
    const later = await makeEvent(t.db, { title: "Семинар по читательской грамотности", kind: "seminar", startsAt: new Date(Date.now() + 20 * 86_400_000) });
    const sooner = await makeEvent(t.db, { title: "Вебинар: цифровая среда", kind: "webinar", startsAt: new Date(Date.now() + 2 * 86_400_000) });
    await makeEvent(t.db, { title: "Только для химиков", audience: { ...EVERYONE, subjects: ["chemistry"] } });
    const u = await teacher();
    await openUpcoming(u);
    const list = u.lastMessage();
    expect(list.text).toContain("Ближайшее для вас: 2");
    expect(list.text).not.toContain("Только для химиков");
    expect(list.text.indexOf("Вебинар: цифровая среда")).toBeLessThan(list.text.indexOf("Семинар по читательской"));
    expect(list.buttons[0]).toEqual(["● Все", "7 дней", "30 дней"]);
    await u.press("Семинары");
    expect(u.lastMessage().text).toContain("Ближайшее для вас: 1");
    expect(u.lastMessage().text).toContain("Семинар по читательской грамотности");
    await u.press("7 дней");
    expect(u.lastMessage().text).toContain("По этому фильтру ничего нет");
    await u.press("Показать все события");
    expect(u.lastMessage().text).toContain("Ближайшее для вас: 2");
    expect([later, sooner]).toHaveLength(2);
  });

  it("a card shows when in the person's zone and words, seats, the deadline, and hides the link before sign-up", async () => {
    const eventId = await makeEvent(t.db, {
      title: "Конференция <молодых> педагогов",
      kind: "conference",
      startsAt: DEC_5_1500_OMSK,
      capacity: 40,
      registrationDeadline: new Date("2030-12-03T12:00:00Z"),
      link: "https://meet.example.org/conf",
    });
    const u = await teacher();
    await u.send(`/start event_${eventId}`);
    const card = u.lastMessage().text;
    expect(card).toContain("Конференция <молодых> педагогов");
    expect(card).toContain("четверг, 5 декабря 2030, 15:00–17:00 (Омск)");
    expect(card).toContain("Свободно мест: 40 из 40");
    expect(card).toContain("Запись до: вторник, 3 декабря 2030, 18:00 (Омск)");
    expect(card).toContain("Ссылка появится после записи");
    expect(card).not.toContain("meet.example.org");
    expect(u.lastMessage().buttons).toEqual([["✍️ Записаться"], ["📅 В календарь (.ics)"], ["‹ К списку"]]);

    const en = await teacher("en");
    await en.send(`/start event_${eventId}`);
    expect(en.lastMessage().text).toContain("Thursday, 5 December 2030, 15:00–17:00 (Omsk)");
  });
});

describe("deep link", () => {
  it("a new person who opens an event's link is walked through onboarding and lands on its card", async () => {
    const eventId = await makeEvent(t.db, { title: "Фестиваль открытых уроков", kind: "conference" });
    const u = h.user({ languageCode: "ru" });
    await u.send(`/start event_${eventId}`);
    await u.press("Русский");
    await u.press(/Согласен/);
    await u.send("Новиков Пётр");
    await u.press("г. Омск");
    await u.press(u.lastMessage().buttons[0]![0]!);
    await u.press("Физика");
    await u.press("✅ Готово");
    await u.press("7");
    expect(u.messages().at(-2)?.text).toContain("Главное меню");
    expect(u.lastMessage().text).toContain("Фестиваль открытых уроков");
    await u.press("✍️ Записаться");
    expect(await t.db.registration.count({ where: { eventId } })).toBe(1);
  });
});

describe("signing up", () => {
  it("signs up once however often tapped, shows the link and sends a confirmation to keep", async () => {
    const eventId = await makeEvent(t.db, { capacity: 2, startsAt: DEC_5_1500_OMSK });
    const u = await teacher();
    await u.send(`/start event_${eventId}`);
    const card = u.lastMessage();
    await u.press("✍️ Записаться");
    expect(u.lastAnswer()?.text).toBe("Вы записаны");
    const confirmation = u.lastMessage();
    expect(confirmation.text).toContain("Вы записаны на «Вебинар по функциональной грамотности»");
    expect(confirmation.text).toContain("https://meet.example.org/fg");
    const updated = u.messages().find((m) => m.id === card.id)!;
    expect(updated.text).toContain("Свободно мест: 1 из 2");
    expect(updated.text).toContain("🔗 https://meet.example.org/fg");
    expect(updated.buttons[0]).toEqual(["Отменить запись"]);
    await u.pressData(`ev:join:${eventId}`, card.id);
    expect(await t.db.registration.count({ where: { eventId } })).toBe(1);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).seatsTaken).toBe(1);
  });

  it("a full event offers the waitlist; a cancellation promotes the first waiting person, who can give the seat back", async () => {
    const eventId = await makeEvent(t.db, { capacity: 1, startsAt: DEC_5_1500_OMSK });
    const [a, b, c] = [await teacher(), await teacher("en"), await teacher()];
    for (const u of [a, b, c]) await u.send(`/start event_${eventId}`);
    await a.press("✍️ Записаться");
    await b.send(`/start event_${eventId}`);
    const bCard = b.lastMessage();
    expect(bCard.buttons[0]).toEqual(["⏳ Join the waiting list"]);
    await b.press("⏳ Join the waiting list");
    expect(b.lastMessage().text).toContain("your place in the queue: 1");
    const bCardNow = b.messages().find((m) => m.id === bCard.id)!;
    expect(bCardNow.text).toContain("No seats left");
    expect(bCardNow.text).toContain("place in the queue: 1");
    await c.send(`/start event_${eventId}`);
    await c.press("⏳ Встать в лист ожидания");
    expect(c.lastMessage().text).toContain("ваше место в очереди: 2");

    await a.send("/menu");
    await a.press("🎫 Мои записи");
    await a.press(/Вебинар по функциональной грамотности/);
    await a.press("Отменить запись");
    await a.press("Да, отменить запись");
    expect(a.lastAnswer()?.text).toBe("Запись отменена");
    const promoted = b.lastMessage();
    expect(promoted.text).toContain("A seat freed up: you are signed up for");
    expect(promoted.text).toContain("https://meet.example.org/fg");
    expect(promoted.text).toMatch(/\d{4}, \d\d:\d\d \(Omsk\)/);
    expect(promoted.buttons[0]).toEqual(["Give up my seat"]);

    await b.press("Give up my seat");
    await b.press("Yes, cancel it");
    expect(c.lastMessage().text).toContain("Освободилось место");
    const rows = await t.db.registration.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { status: true } });
    expect(rows.map((row) => row.status)).toEqual(["cancelled", "cancelled", "registered"]);
  });

  it("refuses after the deadline with the reason, and says so on the card", async () => {
    const eventId = await makeEvent(t.db, { registrationDeadline: new Date(Date.now() + 60_000) });
    await t.db.event.update({ where: { id: eventId }, data: { registrationDeadline: new Date(Date.now() - 1000) } });
    const u = await teacher();
    await u.send(`/start event_${eventId}`);
    expect(u.lastMessage().text).toContain("Запись закрылась");
    expect(u.lastMessage().buttons.flat()).not.toContain("✍️ Записаться");
    await u.pressData(`ev:join:${eventId}`, u.lastMessage().id);
    expect(u.lastAnswer()).toMatchObject({ text: "Запись на это событие закрыта.", show_alert: true });
    expect(await t.db.registration.count({ where: { eventId } })).toBe(0);
  });

  it("a forged event id or an event outside the audience changes nothing", async () => {
    const u = await teacher();
    await u.send("/menu");
    await u.pressData("ev:join:987654", u.lastMessage().id);
    expect(u.lastAnswer()?.text).toBe("Событие не найдено: возможно, его удалили.");
    const chemists = await makeEvent(t.db, { audience: { ...EVERYONE, subjects: ["chemistry"] } });
    await u.pressData(`ev:join:${chemists}`, u.lastMessage().id);
    expect(u.lastAnswer()?.text).toBe("Это событие для другой аудитории.");
    expect(await t.db.registration.count({ where: { eventId: chemists } })).toBe(0);
    await u.send(`/start event_${chemists}`);
    expect(u.lastMessage().text).toContain("Это событие для другой аудитории: записаться на него нельзя.");
    expect(u.lastMessage().buttons.flat()).not.toContain("✍️ Записаться");
  });
});

describe("calendar file", () => {
  it("gives a valid .ics in UTC with a reminder an hour before, with the link only for registered people", async () => {
    const eventId = await makeEvent(t.db, { title: "Практикум; разбор, часть 1", description: "Что взять: тетрадь, ручку", startsAt: DEC_5_1500_OMSK });
    const u = await teacher();
    await u.send(`/start event_${eventId}`);
    await u.press("📅 В календарь (.ics)");
    const first = u.calls("sendDocument").at(-1)!.payload.document as UploadedFile;
    expect(first.fileName).toBe(`profrost-${eventId}.ics`);
    const event = parseIcs(first.text!);
    expect(event.getFirstPropertyValue("dtstart")?.toString()).toBe("2030-12-05T09:00:00Z");
    expect(event.getFirstPropertyValue("dtend")?.toString()).toBe("2030-12-05T11:00:00Z");
    expect(event.getFirstPropertyValue("summary")).toBe("Практикум; разбор, часть 1");
    expect(event.getFirstPropertyValue("description")).toBe("Организатор: ИРООО\n\nЧто взять: тетрадь, ручку");
    expect(event.getAllProperties("organizer")).toEqual([]);
    const alarm = event.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(-3600);
    expect(alarm.getFirstPropertyValue("description")).toBe("Через час: Практикум; разбор, часть 1");
    expect(first.text).not.toContain("meet.example.org");
    // RFC 5545: lines are folded before 75 octets, and a Cyrillic letter takes two.
    expect(Math.max(...first.text!.split("\r\n").map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);

    await u.press("✍️ Записаться", { inMessage: u.messages().find((m) => m.buttons.flat().includes("✍️ Записаться"))!.id });
    await u.press("📅 В календарь (.ics)", { inMessage: u.messages().find((m) => m.buttons.flat().includes("Отменить запись"))!.id });
    const second = u.calls("sendDocument").at(-1)!.payload.document as UploadedFile;
    expect(parseIcs(second.text!).getFirstPropertyValue("url")).toBe("https://meet.example.org/fg");
  });

  it("is in the reader's language, and a cancelled or begun event offers none", async () => {
    const eventId = await makeEvent(t.db, { title: "Workshop", startsAt: DEC_5_1500_OMSK });
    const en = await teacher("en");
    await en.send(`/start event_${eventId}`);
    await en.press("📅 Add to calendar (.ics)");
    const file = en.calls("sendDocument").at(-1)!.payload.document as UploadedFile;
    expect(parseIcs(file.text!).getFirstSubcomponent("valarm")!.getFirstPropertyValue("description")).toBe("In an hour: Workshop");

    const card = en.messages().find((m) => m.buttons.flat().includes("📅 Add to calendar (.ics)"))!.id;
    await t.db.event.update({ where: { id: eventId }, data: { cancelledAt: new Date() } });
    await en.send(`/start event_${eventId}`);
    expect(en.lastMessage().buttons.flat()).not.toContain("📅 Add to calendar (.ics)");
    const sent = en.calls("sendDocument").length;
    await en.press("📅 Add to calendar (.ics)", { inMessage: card });
    expect(en.lastAnswer()?.text).toBe("The event is cancelled or has already begun — no calendar file is needed.");
    expect(en.calls("sendDocument")).toHaveLength(sent);
  });
});

describe("my registrations", () => {
  it("lists upcoming ones first, waiting ones marked, and past ones with attendance", async () => {
    const u = await teacher();
    const row = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(u.id) } });
    const upcoming = await makeEvent(t.db, { title: "Будущий вебинар", startsAt: DEC_5_1500_OMSK });
    const past = await makeEvent(t.db, { title: "Прошедший семинар" });
    await t.db.event.update({ where: { id: past }, data: { startsAt: new Date("2020-03-01T09:00:00Z"), endsAt: new Date("2020-03-01T11:00:00Z") } });
    await t.db.registration.createMany({
      data: [
        { eventId: upcoming, userId: row.id, status: "waitlisted", waitlistPosition: 3 },
        { eventId: past, userId: row.id, status: "registered", attended: true },
      ],
    });
    await u.send("/menu");
    await u.press("🎫 Мои записи");
    const text = u.lastMessage().text;
    expect(text).toContain("⏳ Будущий вебинар");
    expect(text.indexOf("Будущий вебинар")).toBeLessThan(text.indexOf("Прошедшие"));
    expect(text).toContain("✔️ Прошедший семинар — 1 марта 2020");
  });
});

/** Parses an iCalendar text with a real parser (ical.js throws on what strict calendars refuse) and returns its event. */
function parseIcs(text: string): ICAL.Component {
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT in the file");
  return event;
}
