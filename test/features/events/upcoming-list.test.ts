// "Upcoming" as a teacher uses it: periods that reach past the month's end, the kind and the
// closed sign-up of each item, "back" from a card to the very list it came from, and old
// buttons pressed twice answered quietly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { rangeEnd } from "../../../src/features/events/upcoming.ts";

/** Saturday 30 November 2030, 12:00 in Omsk (UTC+6): the calendar week ends tomorrow, the month today. */
const NOV_30_NOON_OMSK = new Date("2030-11-30T06:00:00Z");
const DAY = 86_400_000;

let t: TestDb;
let h: AppHarness;
const clock = new FakeClock(NOV_30_NOON_OMSK);
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());
beforeEach(async () => {
  clock.set(NOV_30_NOON_OMSK);
  await t.db.registration.deleteMany();
  await t.db.event.deleteMany();
});

async function teacher(lang = "ru"): Promise<FakeUser> {
  const row = await createTeacher(t.db, { lang });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

async function openUpcoming(u: FakeUser) {
  await u.send("/menu");
  await u.press(/Ближайшие события|Upcoming events/);
}

/** An event `days` after the clock's now, open to everyone. */
function eventIn(days: number, overrides: Parameters<typeof makeEvent>[1] = {}) {
  return makeEvent(t.db, { startsAt: new Date(clock.now().getTime() + days * DAY), ...overrides }, clock.now());
}

describe("the periods of Upcoming", () => {
  it("on 30 November, 30 days reach well into December and 7 days into the next week", async () => {
    await eventIn(3, { title: "Вебинар в начале декабря" });
    await eventIn(20, { title: "Семинар 20 декабря" });
    await eventIn(45, { title: "Курсы в январе" });
    const u = await teacher();
    await openUpcoming(u);
    expect(u.lastMessage().buttons[0]).toEqual(["● Все", "7 дней", "30 дней"]);
    expect(u.lastMessage().text).toContain("Ближайшее для вас: 3");

    await u.press("30 дней");
    const month = u.lastMessage().text;
    expect(month).toContain("Ближайшее для вас по 30 декабря 2030: 2");
    expect(month).toContain("Семинар 20 декабря");
    expect(month).not.toContain("Курсы в январе");

    await u.press("7 дней");
    const week = u.lastMessage().text;
    expect(week).toContain("Ближайшее для вас по 7 декабря 2030: 1");
    expect(week).toContain("Вебинар в начале декабря");
    expect(week).not.toContain("Семинар 20 декабря");
  });

  it("speaks English too", async () => {
    await eventIn(20, { title: "December seminar" });
    const u = await teacher("en");
    await openUpcoming(u);
    expect(u.lastMessage().buttons[0]).toEqual(["● All", "7 days", "30 days"]);
    await u.press("30 days");
    expect(u.lastMessage().text).toContain("Coming up for you through 30 December 2030: 1");
    expect(u.lastMessage().text).toContain("December seminar");
  });

  it("never ends sooner than 7 or 30 whole days ahead, whatever the day of the week or month", () => {
    for (let day = 0; day < 62; day++) {
      const now = new Date(NOV_30_NOON_OMSK.getTime() + day * DAY + 11 * 3_600_000);
      expect(rangeEnd("week", now, "Asia/Omsk")!.getTime() - now.getTime()).toBeGreaterThanOrEqual(7 * DAY);
      expect(rangeEnd("month", now, "Asia/Omsk")!.getTime() - now.getTime()).toBeGreaterThanOrEqual(30 * DAY);
    }
    // To the end of the day in the person's zone: 23:59 in Omsk is 17:59 UTC.
    expect(rangeEnd("week", NOV_30_NOON_OMSK, "Asia/Omsk")!.toISOString()).toBe("2030-12-07T17:59:59.999Z");
    expect(rangeEnd("all", NOV_30_NOON_OMSK, "Asia/Omsk")).toBeNull();
  });
});

describe("each item of the list", () => {
  it("shows its kind and whether its sign-up is closed or the person's seat", async () => {
    await eventIn(5, { title: "Конкурс эссе", kind: "contest", registrationDeadline: new Date(clock.now().getTime() + DAY) });
    await eventIn(6, { title: "Курсы повышения квалификации", kind: "course" });
    const u = await teacher();
    await openUpcoming(u);
    await u.press("Курсы повышения квалификации");
    await u.press("✍️ Записаться");
    clock.advance(2 * DAY);
    await openUpcoming(u);
    const list = u.lastMessage();
    expect(list.text).toMatch(/🔒 Конкурс эссе\n\s+конкурс · четверг, 5 декабря, 12:00 \(Омск\) · запись закрыта/);
    expect(list.text).toMatch(/✅ Курсы повышения квалификации\n\s+курсы · пятница, 6 декабря, 12:00 \(Омск\) · вы записаны/);
    expect(list.buttons.flat()).toContain("🔒 Конкурс эссе");

    const en = await teacher("en");
    await openUpcoming(en);
    expect(en.lastMessage().text).toMatch(/🔒 Конкурс эссе\n\s+contest · Thursday, 5 December, 12:00 \(Omsk\) · registration closed/);
  });
});

describe("back from a card", () => {
  it("returns to the same list, filter and page", async () => {
    for (let i = 1; i <= 8; i++) await eventIn(i, { title: `Курс ${i}`, kind: "course" });
    await eventIn(2, { title: "Вебинар не по фильтру", kind: "webinar" });
    const u = await teacher();
    await openUpcoming(u);
    await u.press("30 дней");
    await u.press("Курсы");
    await u.press("›");
    const list = u.lastMessage();
    expect(list.buttons.flat()).toEqual(expect.arrayContaining(["● 30 дней", "● Курсы", "2/2", "Курс 7"]));

    await u.press("Курс 7");
    expect(u.lastMessage().text).toContain("Курс 7");
    await u.press("‹ К списку");
    expect(u.lastMessage()).toMatchObject({ id: list.id, text: list.text, buttons: list.buttons });
  });

  it("keeps its way back after signing up on the card, in English too", async () => {
    await eventIn(3, { title: "Weekly webinar", kind: "webinar" });
    const u = await teacher("en");
    await openUpcoming(u);
    await u.press("7 days");
    const list = u.lastMessage();
    await u.press("Weekly webinar");
    await u.press("✍️ Sign up");
    const card = u.messages().find((m) => m.id === list.id)!;
    expect(card.buttons.at(-1)).toEqual(["‹ To the list"]);
    await u.press("‹ To the list", { inMessage: list.id });
    expect(u.messages().find((m) => m.id === list.id)!.buttons[0]).toEqual(["All", "● 7 days", "30 days"]);
  });

  it("goes back to My registrations from a card opened there", async () => {
    await eventIn(4, { title: "Семинар, на который я записана", kind: "seminar" });
    const u = await teacher();
    await openUpcoming(u);
    await u.press("Семинар, на который я записана");
    await u.press("✍️ Записаться");
    await u.send("/menu");
    await u.press("🎫 Мои записи");
    const mine = u.lastMessage();
    await u.press(/Семинар, на который я записана/);
    expect(u.lastMessage().buttons.at(-1)).toEqual(["‹ К моим записям"]);
    await u.press("‹ К моим записям");
    expect(u.lastMessage()).toMatchObject({ id: mine.id, text: mine.text });
  });

  it("refuses a forged origin without opening anything", async () => {
    const eventId = await eventIn(3, { title: "Настоящее событие" });
    const u = await teacher();
    await openUpcoming(u);
    const list = u.lastMessage();
    for (const forged of [`ev:card:${eventId}:u.year.-.0`, `ev:card:${eventId}:m.123456`, `ev:card:${eventId}:u.all.-.0:1`, `ev:card:${eventId}:x`]) {
      await u.pressData(forged, list.id);
      expect(u.lastAnswer()?.text, forged).toBe("Эта кнопка устарела.");
    }
    // No card anywhere: the title stays only on the list, which is unchanged.
    expect(u.messages().filter((m) => m.text.includes("Настоящее событие")).map((m) => m.id)).toEqual([list.id]);
    expect(u.messages().find((m) => m.id === list.id)!.text).toBe(list.text);
  });
});

describe("an old button pressed twice", () => {
  it("answers quietly when the second press would redraw the same screen", async () => {
    const u = await teacher();
    await openUpcoming(u);
    const list = u.lastMessage();
    await u.pressData("ev:menu", list.id);
    await u.pressData("ev:menu", list.id);
    expect(u.lastMessage().text).toContain("Главное меню");
    expect(u.messages().some((m) => m.text.includes("Что-то пошло не так"))).toBe(false);
    expect(h.logs.filter((entry) => entry.level >= 50)).toEqual([]);
  });

  it("an outdated main-menu button, pressed twice, is redrawn once and then left alone", async () => {
    const u = await teacher();
    await u.send("/menu");
    const menu = u.lastMessage();
    const upcoming = menu.raw.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Ближайшие события"))!;
    await t.db.user.update({ where: { telegramId: BigInt(u.id) }, data: { lang: "en" } });
    for (let press = 0; press < 2; press++) {
      await u.pressData((upcoming as { callback_data: string }).callback_data, menu.id);
      expect(u.lastAnswer()?.text).toBe("This button is out of date.");
    }
    expect(u.messages().find((m) => m.id === menu.id)!.buttons.flat()).toContain("📅 Upcoming events");
    expect(h.logs.filter((entry) => entry.level >= 50)).toEqual([]);
  });
});
