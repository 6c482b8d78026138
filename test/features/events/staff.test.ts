// The staff side of events (issue #9, points 13, 14, 21, 24): coordinators' own menu with their
// people by school, attendance from a manager's own events (past ones included), check-in codes
// that can be renewed, are compared without spaces, explain a miss and cannot be guessed, and
// events limited to a role that stay hidden from everyone else, deep links included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { CONSENT_VERSION } from "../../../src/features/profile/service.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Lang = "ru" | "en";

async function person(opts: { role?: "methodologist" | "coordinator" | "admin"; fullName?: string; lang?: Lang } = {}) {
  const lang = opts.lang ?? "ru";
  const row = await createTeacher(t.db, { fullName: opts.fullName, lang });
  const grant = opts.role === "coordinator"
    ? await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: row.schoolId, scopeKey: `s:${row.schoolId}` } })
    : opts.role ? await t.db.roleGrant.create({ data: { userId: row.id, role: opts.role } }) : null;
  return { row, grant, u: h.user({ id: Number(row.telegramId), languageCode: lang }) as FakeUser };
}

async function register(eventId: number, userId: number, status: "registered" | "waitlisted" = "registered") {
  await t.db.registration.create({ data: { eventId, userId, status, waitlistPosition: status === "waitlisted" ? 1 : null } });
  if (status === "registered") await t.db.event.update({ where: { id: eventId }, data: { seatsTaken: { increment: 1 } } });
}

/** An event running now (begun ten minutes ago), created by `createdById`. */
async function runningEvent(title: string, createdById: number | null = null) {
  const now = Date.now();
  const id = await makeEvent(t.db, { title, startsAt: new Date(now - 10 * 60_000), endsAt: new Date(now + HOUR) }, new Date(now - HOUR));
  await t.db.event.update({ where: { id }, data: { createdById } });
  return id;
}

const text = (u: FakeUser) => u.lastMessage().text;
const buttons = (u: FakeUser) => u.lastMessage().buttons.flat();

describe("coordinators", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = {
      ru: { menu: "👥 Мои педагоги на событиях", past: "Прошедшие", from: "От ваших школ: 2", legend: "✔️ был(а)", back: "‹ Назад" },
      en: { menu: "👥 My teachers at events", past: "Past", from: "From your schools: 2", legend: "✔️ came", back: "‹ Back" },
    }[lang];

    it(`have a menu of the events their people signed up for, ahead and past, with the people by school (${lang})`, async () => {
      const c = await person({ role: "coordinator", lang });
      const young = await makeEvent(t.db, { title: `Для молодых ${lang}`, audience: { municipalityIds: [], schoolIds: [], subjects: [], roles: [], youngOnly: true } });
      const past = await makeEvent(t.db, { title: `Прошедший ${lang}`, startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() - 2 * DAY + HOUR) }, new Date(Date.now() - 3 * DAY));
      const untouched = await makeEvent(t.db, { title: `Без наших ${lang}` });
      const vera = await person({ fullName: `Верина Вера ${lang}` });
      const olga = await person({ fullName: `Ольгина Ольга ${lang}` });
      const other = await t.db.school.findFirstOrThrow({ where: { id: { not: vera.row.schoolId! } } });
      const stranger = await person({ fullName: `Чужая Нина ${lang}` });
      await t.db.user.update({ where: { id: stranger.row.id }, data: { schoolId: other.id, municipalityId: other.municipalityId } });
      await register(young, vera.row.id);
      await register(young, olga.row.id, "waitlisted");
      await register(young, stranger.row.id);
      await register(untouched, stranger.row.id);
      await register(past, vera.row.id);
      await t.db.registration.updateMany({ where: { eventId: past, userId: vera.row.id }, data: { attended: true } });

      await c.u.send("/menu");
      await c.u.press(l.menu);
      expect(text(c.u)).toContain(`Для молодых ${lang}`);
      expect(text(c.u)).not.toContain(`Без наших ${lang}`);
      expect(text(c.u)).not.toContain(`Прошедший ${lang}`);
      await c.u.press(`Для молодых ${lang}`);
      expect(text(c.u)).toContain(l.from);
      expect(text(c.u)).toContain(`✅ Верина Вера ${lang}`);
      expect(text(c.u)).toContain(`⏳ Ольгина Ольга ${lang}`);
      const school = await t.db.school.findUniqueOrThrow({ where: { id: vera.row.schoolId! } });
      expect(text(c.u)).toContain(`🏫 ${school.name}`);
      expect(text(c.u)).not.toContain("Чужая Нина");
      await c.u.press(l.back);
      await c.u.press(l.past);
      expect(text(c.u)).toContain(`Прошедший ${lang}`);
      await c.u.press(`Прошедший ${lang}`);
      expect(text(c.u)).toContain(l.legend);
      expect(text(c.u)).toContain(`✔️ Верина Вера ${lang}`);
    });
  }

  it("page a list of 80 sign-ups, every page within Telegram's 4,096 characters", async () => {
    const c = await person({ role: "coordinator" });
    const eventId = await makeEvent(t.db, { title: "Большая конференция ".repeat(9).trim() });
    const school = await t.db.school.findUniqueOrThrow({ where: { id: c.row.schoolId! } });
    for (let i = 0; i < 80; i++) {
      const user = await t.db.user.create({
        data: {
          telegramId: BigInt(9_100_000_000 + i),
          lang: "ru",
          consentVersion: CONSENT_VERSION,
          consentAt: new Date(),
          onboardedAt: new Date(),
          fullName: `Участница ${String(i).padStart(2, "0")} ${"Константиновна-Длиннофамильная ".repeat(4)}`.slice(0, 200),
          schoolId: school.id,
          municipalityId: school.municipalityId,
        },
      });
      await register(eventId, user.id);
    }
    await c.u.send("/menu");
    await c.u.pressData(`ev:co:p:${eventId}:up:0`);
    const seen = new Set<string>();
    const first = c.u.lastMessage();
    expect(first.text).toContain("От ваших школ: 80");
    const pages = Number(/1\/(\d+)/.exec(first.buttons.flat().join(" "))![1]);
    for (let page = 0; page < pages; page++) {
      await c.u.pressData(`ev:co:p:${eventId}:up:${page}`, first.id);
      const shown = c.u.lastMessage().text;
      expect(shown.length).toBeLessThanOrEqual(4096);
      for (const match of shown.matchAll(/Участница (\d\d)/g)) seen.add(match[1]!);
    }
    expect(seen.size).toBe(80);
  });

  it("are the only ones who see the entry or open the lists", async () => {
    const teacher = await person();
    await teacher.u.send("/menu");
    expect(buttons(teacher.u)).not.toContain("👥 Мои педагоги на событиях");
    await teacher.u.pressData("ev:co:l:up:0");
    expect(teacher.u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
  });
});

describe("attendance", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = {
      ru: { mine: "🗂 Мои события", past: "Прошедшие", attendance: "✔️ Отметить посещаемость", code: "🔑 Код для отметки", renew: "🔄 Новый код", noMatch: "Код не подошёл", ok: "Вы отмечены" },
      en: { mine: "🗂 My events", past: "Past", attendance: "✔️ Mark attendance", code: "🔑 Check-in code", renew: "🔄 New code", noMatch: "The code did not match", ok: "You are marked present" },
    }[lang];

    it(`is reached from the organiser's own events, past ones and other audiences' included (${lang})`, async () => {
      const m = await person({ role: "methodologist", lang });
      const other = await person({ role: "methodologist" });
      const okoneshnikovo = await t.db.municipality.findFirstOrThrow({ where: { name: { startsWith: "Оконешниковский" } } });
      const elsewhere = await makeEvent(t.db, { title: `Для Оконешниково ${lang}`, audience: { municipalityIds: [okoneshnikovo.id], schoolIds: [], subjects: [], roles: [], youngOnly: false } });
      const over = await makeEvent(t.db, { title: `Прошедший семинар ${lang}`, startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + HOUR) }, new Date(Date.now() - 2 * DAY));
      const someoneElses = await makeEvent(t.db, { title: `Чужое событие ${lang}` });
      await t.db.event.updateMany({ where: { id: { in: [elsewhere, over] } }, data: { createdById: m.row.id } });
      await t.db.event.update({ where: { id: someoneElses }, data: { createdById: other.row.id } });
      const anna = await person({ fullName: "Аннина Анна" });
      await register(over, anna.row.id);

      await m.u.send("/menu");
      await m.u.press(l.mine);
      expect(text(m.u)).toContain(`Для Оконешниково ${lang}`);
      expect(text(m.u)).not.toContain(`Чужое событие ${lang}`);
      expect(text(m.u)).not.toContain(`Прошедший семинар ${lang}`);
      await m.u.press(l.past);
      expect(text(m.u)).toContain(`Прошедший семинар ${lang}`);
      await m.u.press(/Прошедший семинар/);
      await m.u.press(l.attendance);
      await m.u.press("▫️ Аннина Анна");
      expect(buttons(m.u)).toContain("✅ Аннина Анна");
      expect((await t.db.registration.findFirstOrThrow({ where: { eventId: over, userId: anna.row.id } })).attended).toBe(true);
    });

    it(`takes a spaced code, explains a wrong one, and a renewed code replaces the old (${lang})`, async () => {
      const m = await person({ role: "methodologist", lang });
      const eventId = await runningEvent(`Вебинар с кодом ${lang}`, m.row.id);
      const teacher = await person({ lang });
      const outsider = await person({ lang });
      await register(eventId, teacher.row.id);
      await m.u.send("/menu");
      await m.u.pressData(`ev:att:${eventId}:0`);
      await m.u.press(l.code);
      const old = /<b>(\d{6})<\/b>|(\d{6})/.exec(text(m.u))!.slice(1).find(Boolean)!;
      await m.u.press(l.renew);
      const fresh = /(\d{6})/.exec(text(m.u).split("\n").slice(1).join("\n"))![1]!;
      expect(fresh).not.toBe(old);

      await teacher.u.send(old);
      expect(text(teacher.u)).toContain(l.noMatch);
      await outsider.u.send(`${fresh.slice(0, 3)} ${fresh.slice(3)}`);
      expect(text(outsider.u)).toContain(lang === "ru" ? "вы на него не записаны" : "you are not signed up");
      await teacher.u.send(`${fresh.slice(0, 3)} ${fresh.slice(3)}`);
      expect(text(teacher.u)).toContain(l.ok);
      expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: teacher.row.id } })).attended).toBe(true);
    });
  }

  it("ends with the role: a revoked methodologist cannot see or mark their own event's attendance", async () => {
    const m = await person({ role: "methodologist" });
    const eventId = await runningEvent("Событие бывшего методиста", m.row.id);
    const anna = await person({ fullName: "Отметкина Анна" });
    await register(eventId, anna.row.id);
    await m.u.send("/menu");
    await m.u.pressData(`ev:att:${eventId}:0`);
    expect(buttons(m.u)).toContain("▫️ Отметкина Анна");
    const registrationId = (await t.db.registration.findFirstOrThrow({ where: { eventId, userId: anna.row.id } })).id;

    await t.db.roleGrant.delete({ where: { id: m.grant!.id } });
    for (const data of [`ev:att:${eventId}:0`, `ev:att:t:${eventId}:${registrationId}:0`, `ev:code:${eventId}`, `ev:code:new:${eventId}`]) {
      await m.u.pressData(data);
      expect(m.u.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: registrationId } })).attended).toBe(false);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).checkInCode).toBeNull();
    await m.u.send(`/start event_${eventId}`);
    expect(buttons(m.u)).not.toContain("✔️ Отметить посещаемость");
    await m.u.send("/menu");
    expect(buttons(m.u)).not.toContain("🗂 Мои события");
  });

  it("stops guessing after five wrong codes in ten minutes, the right code included", async () => {
    const eventId = await runningEvent("Вебинар против перебора");
    const teacher = await person({ lang: "en" });
    await register(eventId, teacher.row.id);
    await t.db.event.update({ where: { id: eventId }, data: { checkInCode: "470527" } });
    for (const guess of ["000001", "000002", "000003", "000004", "000005"]) {
      await teacher.u.send(guess);
      expect(text(teacher.u)).toContain("The code did not match");
    }
    await teacher.u.send("470 527");
    expect(text(teacher.u)).toMatch(/Too many wrong codes\. Try again in (10|9) min\./);
    expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: teacher.row.id } })).attended).toBe(false);
  });
});

describe("events limited to a role", () => {
  it("are not readable by a teacher through a deep link or a forged button; methodologists read them", async () => {
    const eventId = await makeEvent(t.db, { title: "Совещание методистов", audience: { municipalityIds: [], schoolIds: [], subjects: [], roles: ["methodologist"], youngOnly: false } });
    const teacher = await person();
    await teacher.u.send(`/start event_${eventId}`);
    expect(teacher.u.messages().map((message) => message.text).join("\n")).not.toContain("Совещание методистов");
    expect(teacher.u.messages().at(-2)!.text).toContain("Событие не найдено");
    await teacher.u.pressData(`ev:card:${eventId}`);
    expect(teacher.u.lastAnswer()?.text).toContain("Событие не найдено");
    await teacher.u.pressData(`ev:ics:${eventId}`);
    expect(teacher.u.calls("sendDocument")).toEqual([]);

    const m = await person({ role: "methodologist", lang: "en" });
    await m.u.send(`/start event_${eventId}`);
    expect(text(m.u)).toContain("Совещание методистов");
  });
});
