// The teacher's side of an event (issue #9): the place in the waiting queue, cancelling after a
// question, the card of a past, cancelled, full or closed event, long descriptions and links,
// and "My registrations" paged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERYONE } from "../../../src/core/audience.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { FakeClock } from "../../support/clock.ts";

let t: TestDb;
let h: AppHarness;
/** 1 November 2030, 09:00 in Omsk. */
const NOW = new Date("2030-11-01T03:00:00Z");
const clock = new FakeClock(NOW);
/** 5 December 2030, 15:00 in Omsk (UTC+6). */
const DEC_5_1500_OMSK = new Date("2030-12-05T09:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());

async function teacher(lang = "ru"): Promise<FakeUser & { userId: number }> {
  const row = await createTeacher(t.db, { lang });
  return Object.assign(h.user({ id: Number(row.telegramId), languageCode: lang }), { userId: row.id });
}

const event = (overrides: Parameters<typeof makeEvent>[1] = {}) => makeEvent(t.db, { startsAt: DEC_5_1500_OMSK, ...overrides }, NOW);

async function openCard(u: FakeUser, eventId: number) {
  await u.send(`/start event_${eventId}`);
  return u.lastMessage();
}

/** The place each person sees on the event's card, read from the card's text. */
async function placesOnCards(people: FakeUser[], eventId: number): Promise<string[]> {
  const places: string[] = [];
  for (const u of people) places.push(/(?:место в очереди|place in the queue): (\d+)/.exec((await openCard(u, eventId)).text)?.[1] ?? "none");
  return places;
}

describe("the place in the waiting queue", () => {
  it("four people alone in a queue see 1, 2, 3, 4, and after a departure and a promotion the rest move up", async () => {
    const eventId = await event({ capacity: 1 });
    const seated = await teacher();
    await openCard(seated, eventId);
    await seated.press("✍️ Записаться");
    const [a, b, c, d] = [await teacher(), await teacher("en"), await teacher(), await teacher("en")];
    for (const u of [a!, b!, c!, d!]) {
      await openCard(u, eventId);
      await u.press(/Встать в лист ожидания|Join the waiting list/);
    }
    expect(a!.lastMessage().text).toContain("ваше место в очереди: 1");
    expect(d!.lastMessage().text).toContain("your place in the queue: 4");
    expect(await placesOnCards([a!, b!, c!, d!], eventId)).toEqual(["1", "2", "3", "4"]);

    // The first in line leaves: everyone behind moves up.
    await openCard(a!, eventId);
    await a!.press("Покинуть лист ожидания");
    expect(a!.lastMessage().text).toContain("Сейчас ваше место в очереди: 1");
    await a!.press("Да, покинуть лист ожидания");
    expect(a!.lastAnswer()?.text).toBe("Вы покинули лист ожидания");
    expect(await placesOnCards([b!, c!, d!], eventId)).toEqual(["1", "2", "3"]);

    // The seat is given back: the first waiting is promoted, the others move up again.
    await openCard(seated, eventId);
    await seated.press("Отменить запись");
    await seated.press("Да, отменить запись");
    expect(b!.lastMessage().text).toContain("A seat freed up");
    expect(await placesOnCards([c!, d!], eventId)).toEqual(["1", "2"]);

    await d!.send("/menu");
    await d!.press("🎫 My registrations");
    expect(d!.lastMessage().text).toContain("place in the queue: 2");
  });

  it("a person who leaves and comes back joins the end, behind everyone still waiting", async () => {
    const eventId = await event({ capacity: 1 });
    const seated = await teacher();
    await openCard(seated, eventId);
    await seated.press("✍️ Записаться");
    const [a, b] = [await teacher(), await teacher()];
    for (const u of [a!, b!]) {
      await openCard(u, eventId);
      await u.press("⏳ Встать в лист ожидания");
    }
    await openCard(a!, eventId);
    await a!.press("Покинуть лист ожидания");
    await a!.press("Да, покинуть лист ожидания");
    await a!.press("⏳ Встать в лист ожидания");
    expect(a!.lastMessage().text).toContain("ваше место в очереди: 2");
    expect(await placesOnCards([b!, a!], eventId)).toEqual(["1", "2"]);
  });
});

describe("cancelling a registration", () => {
  it("asks first; “No, keep it” keeps the seat and returns to the card", async () => {
    const eventId = await event({ capacity: 5, title: "Семинар по ФГ" });
    const u = await teacher();
    await openCard(u, eventId);
    await u.press("✍️ Записаться");
    const card = u.messages().find((m) => m.buttons.flat().includes("Отменить запись"))!;
    await u.press("Отменить запись", { inMessage: card.id });
    const question = u.messages().find((m) => m.id === card.id)!;
    expect(question.text).toBe("Отменить запись на «Семинар по ФГ», четверг, 5 декабря, 15:00–17:00 (Омск)?");
    expect(question.buttons).toEqual([["Да, отменить запись"], ["Нет, оставить"]]);
    await u.press("Нет, оставить", { inMessage: card.id });
    expect(u.messages().find((m) => m.id === card.id)!.text).toContain("✅ Вы записаны.");
    const row = await t.db.registration.findFirstOrThrow({ where: { eventId, userId: u.userId } });
    expect(row.status).toBe("registered");
  });

  it("after the deadline, warns that signing up again will not be possible, then cancels", async () => {
    const eventId = await event({ registrationDeadline: new Date(NOW.getTime() + DAY) });
    const u = await teacher("en");
    await openCard(u, eventId);
    await u.press("✍️ Sign up");
    clock.advance(2 * DAY);
    try {
      await openCard(u, eventId);
      await u.press("Cancel my registration");
      expect(u.lastMessage().text).toContain("⚠️ Registration for this event is already closed: you will not be able to sign up again.");
      await u.press("Yes, cancel it");
      expect(u.lastAnswer()?.text).toBe("Registration cancelled");
      expect(u.lastMessage().buttons.flat()).not.toContain("✍️ Sign up");
      expect(u.lastMessage().text).toContain("🔒 Registration closed:");
      expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: u.userId } })).status).toBe("cancelled");
    } finally {
      clock.set(NOW);
    }
  });

  it("of a full event with people waiting, warns that the seat goes to the queue, and the first waiting is told", async () => {
    const eventId = await event({ capacity: 1 });
    const [seated, waiting] = [await teacher(), await teacher()];
    await openCard(seated, eventId);
    await seated.press("✍️ Записаться");
    await openCard(waiting, eventId);
    await waiting.press("⏳ Встать в лист ожидания");
    await openCard(seated, eventId);
    await seated.press("Отменить запись");
    expect(seated.lastMessage().text).toContain("в листе ожидания — 1 чел.: ваше место сразу перейдёт к первому из них");
    await seated.press("Да, отменить запись");
    expect(waiting.lastMessage().text).toContain("Освободилось место");
    expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: waiting.userId } })).status).toBe("registered");
  });

  it("a forged “yes” for an event under way, or without a sign-up, changes nothing", async () => {
    const eventId = await event();
    const u = await teacher();
    await openCard(u, eventId);
    await u.press("✍️ Записаться");
    clock.set(new Date(DEC_5_1500_OMSK.getTime() + 60_000));
    try {
      await u.pressData(`ev:leave:y:${eventId}`);
      expect(u.lastAnswer()?.text).toBe("Событие уже началось — запись больше не отменить.");
      expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: u.userId } })).status).toBe("registered");
    } finally {
      clock.set(NOW);
    }
    const stranger = await teacher();
    await openCard(stranger, eventId);
    await stranger.pressData(`ev:leave:${eventId}`);
    expect(stranger.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await stranger.pressData("ev:leave:y:12345678");
    expect(stranger.lastAnswer()?.text).toBe("Событие не найдено: возможно, его удалили.");
  });
});

describe("the event card", () => {
  it("a past event shows no sign-up wording, no seats and no calendar file", async () => {
    const eventId = await event({ capacity: 30, registrationDeadline: new Date(NOW.getTime() + DAY) });
    await t.db.event.update({ where: { id: eventId }, data: { startsAt: new Date(NOW.getTime() - 3 * DAY), endsAt: new Date(NOW.getTime() - 3 * DAY + 7_200_000) } });
    for (const [lang, over, back, words] of [
      ["ru", "Событие прошло.", "‹ К списку", ["Записаться", "мест", "Ссылка появится", "Запись до"]],
      ["en", "This event is over.", "‹ To the list", ["Sign up", "seats", "link appears", "Sign up by"]],
    ] as const) {
      const u = await teacher(lang);
      const card = await openCard(u, eventId);
      expect(card.text).toContain(over);
      for (const word of words) expect(card.text.toLowerCase()).not.toContain(word.toLowerCase());
      // No sign-up, no calendar file: only the way back.
      expect(card.buttons).toEqual([[back]]);
    }
  });

  it("a cancelled event says so, with no seats, no sign-up and no calendar file", async () => {
    const eventId = await event({ capacity: 30 });
    await t.db.event.update({ where: { id: eventId }, data: { cancelledAt: NOW } });
    const u = await teacher();
    const card = await openCard(u, eventId);
    expect(card.text).toContain("❌ Событие отменено.");
    expect(card.text).toContain("Другие события — в «Ближайших событиях».");
    expect(card.text).not.toContain("мест");
    expect(card.buttons).toEqual([["‹ К списку"]]);
  });

  it("a full event says “no seats left” and offers the waiting list", async () => {
    const eventId = await event({ capacity: 1 });
    const [first, second] = [await teacher(), await teacher("en")];
    await openCard(first, eventId);
    await first.press("✍️ Записаться");
    const card = await openCard(second, eventId);
    expect(card.text).toContain("👥 No seats left — you can join the waiting list");
    expect(card.text).not.toContain("0 of 1");
    expect(card.buttons[0]).toEqual(["⏳ Join the waiting list"]);
    expect((await openCard(first, eventId)).text).toContain("👥 Свободных мест нет\n");
  });

  it("closed registration names the organiser to ask; another audience points to other events", async () => {
    const closed = await event({ organiser: "ИРООО, кафедра <ФГ>", registrationDeadline: new Date(NOW.getTime() + DAY) });
    clock.advance(2 * DAY);
    try {
      const u = await teacher();
      const card = await openCard(u, closed);
      expect(card.text).toContain("🔒 Запись закрылась: суббота, 2 ноября, 09:00 (Омск). Если вам всё же нужно участвовать, спросите организатора — ИРООО, кафедра <ФГ>.");
      expect(card.buttons.flat()).not.toContain("✍️ Записаться");
    } finally {
      clock.set(NOW);
    }
    const chemists = await event({ audience: { ...EVERYONE, subjects: ["chemistry"] } });
    const en = await teacher("en");
    const card = await openCard(en, chemists);
    expect(card.text).toContain("This event is meant for another audience: you cannot sign up for it.");
    expect(card.text).toContain("Other events are in “Upcoming events”.");
    expect(card.text).not.toContain("link appears");
  });

  it("a long description is cut on the card, and “Full description” sends all of it", async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Абзац ${i + 1}: ${"программа и материалы семинара ".repeat(8)}`);
    const description = paragraphs.join("\n");
    const eventId = await event({ title: "Длинное описание" });
    await t.db.event.update({ where: { id: eventId }, data: { description } });
    for (const [lang, label] of [["ru", "📖 Описание полностью"], ["en", "📖 Full description"]] as const) {
      const u = await teacher(lang);
      const card = await openCard(u, eventId);
      expect(card.text).toContain("Абзац 1:");
      expect(card.text).not.toContain("Абзац 30:");
      const before = u.messages().length;
      await u.press(label);
      const parts = u.messages().slice(before).map((m) => m.text);
      expect(parts.length).toBeGreaterThan(1);
      expect(parts[0]!.startsWith("Длинное описание\n\nАбзац 1:")).toBe(true);
      for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
      const joined = parts.join("\n").replace("Длинное описание\n\n", "");
      for (const paragraph of paragraphs) expect(joined).toContain(paragraph.trim());
    }
  });

  it("an event with a 3,500-character link: the sign-up is kept, the card and the confirmation fit and carry the whole link", async () => {
    const link = `https://meet.example.org/${"a".repeat(3_475)}`;
    expect(link).toHaveLength(3_500);
    const eventId = await event({ title: "Т".repeat(200), description: "Описание. ".repeat(200), place: "Омск, ул. Ленина, 1, актовый зал" });
    await t.db.event.update({ where: { id: eventId }, data: { link, organiser: "О".repeat(200) } });
    for (const lang of ["ru", "en"]) {
      const u = await teacher(lang);
      await openCard(u, eventId);
      await u.press(/Записаться|Sign up/);
      expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: u.userId } })).status).toBe("registered");
      const confirmation = u.lastMessage();
      expect(confirmation.text).toContain(lang === "ru" ? "Вы записаны" : "You are signed up");
      expect(confirmation.text).toContain(link);
      const card = u.messages().find((m) => m.buttons.flat().some((b) => /Отменить запись|Cancel my registration/.test(b)))!;
      expect(card.text.length).toBeLessThanOrEqual(4096);
      const linkEntity = card.raw.entities?.find((e) => e.type === "text_link");
      expect(linkEntity && "url" in linkEntity ? linkEntity.url : card.text).toContain(link);
    }
  });
});

describe("my registrations", () => {
  it("pages twenty long titles eight at a time, past ones included, with a legend and cards that return to the page", async () => {
    const u = await teacher();
    for (let i = 1; i <= 20; i++) {
      const eventId = await event({ title: `Событие ${String(i).padStart(2, "0")} ${"с очень длинным названием ".repeat(8)}`.slice(0, 200), startsAt: new Date(DEC_5_1500_OMSK.getTime() + i * DAY) });
      await t.db.event.update({ where: { id: eventId }, data: { title: `Событие ${String(i).padStart(2, "0")} ${"с очень длинным названием ".repeat(40)}` } });
      if (i > 14) await t.db.event.update({ where: { id: eventId }, data: { startsAt: new Date(NOW.getTime() - i * DAY), endsAt: new Date(NOW.getTime() - i * DAY + 7_200_000) } });
      await t.db.registration.create({ data: { eventId, userId: u.userId, status: "registered", attended: i === 15 } });
    }
    await u.send("/menu");
    await u.press("🎫 Мои записи");
    const first = u.lastMessage();
    expect(first.text.length).toBeLessThanOrEqual(4096);
    expect(first.text).toContain("✅ вы записаны · ⏳ лист ожидания · ❌ событие отменено · ✔️ вы были · ▫️ посещение не отмечено");
    expect(first.text).toContain("Событие 01");
    expect(first.text).toContain("Событие 08");
    expect(first.text).not.toContain("Событие 09");
    expect(first.buttons.filter((row) => row.some((label) => label.startsWith("✅ Событие")))).toHaveLength(8);
    expect(first.buttons.at(-2)).toEqual(["‹", "1/3", "›"]);

    await u.press("›");
    const second = u.lastMessage();
    expect(second.text).toContain("Событие 14");
    expect(second.text).toContain("Прошедшие:");
    // Past ones, the latest first: 15 (attended) and 16 on this page, the rest on the next.
    expect(second.text.indexOf("✔️ Событие 15")).toBeGreaterThan(second.text.indexOf("Прошедшие:"));
    expect(second.text).toContain("▫️ Событие 16");
    await u.press("›");
    expect(u.lastMessage().text).toContain("▫️ Событие 20");

    await u.press(/Событие 20/);
    expect(u.lastMessage().text).toContain("Событие прошло.");
    await u.press("‹ К моим записям");
    expect(u.lastMessage().text).toContain("▫️ Событие 20");

    const en = await teacher("en");
    await en.send("/menu");
    await en.press("🎫 My registrations");
    expect(en.lastMessage().text).toContain("You have not signed up for anything yet.");
    await en.press("📅 Upcoming events");
    expect(en.lastMessage().text).toMatch(/Coming up for you|Nothing/);
  });

  it("a card opened from “My registrations” that is a dead end offers other events", async () => {
    const u = await teacher();
    const eventId = await event();
    await t.db.registration.create({ data: { eventId, userId: u.userId, status: "registered" } });
    await t.db.event.update({ where: { id: eventId }, data: { cancelledAt: NOW } });
    await u.send("/menu");
    await u.press("🎫 Мои записи");
    expect(u.lastMessage().text).toContain("❌ Вебинар по функциональной грамотности");
    await u.press(/Вебинар по функциональной грамотности/);
    expect(u.lastMessage().text).toContain("❌ Событие отменено.");
    expect(u.lastMessage().buttons.flat()).toContain("‹ К моим записям");
  });
});
