// Plans as things people manage (issue #13, point 8): a methodologist sees where a plan came from and
// what hangs on it; archives it (readable, but no deadline nudges and no events from it) and brings
// it back; deletes it, events made from it staying. Teachers and coordinators read plans and their
// period in words, and can do none of it, whatever button data they send.
import { pino } from "pino";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { planDeadlineNudge } from "../../../src/features/plans/deadline-nudges.ts";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { planText } from "./support/plan-text.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SCHOOL_YEAR_PLAN = readFileSync(new URL("../../fixtures/plans/coming-year/tavrichesky-2026-2027-deadlines.txt", import.meta.url), "utf8");
const CALENDAR_PLAN = planText({
  title: "План мероприятий по развитию наставничества на 2025–2027 годы",
  measures: [
    { number: "1", title: "Семинар наставников", schedule: "март 2026 г.", executors: "ИРО", result: "Рекомендации" },
    { number: "2", title: "Консультации наставников", schedule: "по мере необходимости", executors: "ИРО", result: "Консультации" },
  ],
});
// Measure 1.1 names the Tavrichesky school № 1 and is due on 20 December 2026; 1.2 ("ОО") too.
const WEEK_BEFORE = new Date("2026-12-13T00:00:00Z");
const DAY_BEFORE = new Date("2026-12-19T00:00:00Z");
const OMSK_MORNING = 2 * HOUR; // 08:00 in Omsk

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let lastSuccess: Date | null = null;
const job = nudgesJob([planDeadlineNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

type Person = { id: number; u: FakeUser };
let methodologist: Person;
let admin: Person;
let coordinator: Person; // of the Tavrichesky school № 1
let teacher: Person; // ru, in the Tavrichesky district
let englishTeacher: Person;
let schoolYearPlanId: number;
let calendarPlanId: number;

async function person(opts: { lang: string; name?: string; role?: "methodologist" | "admin" | "coordinator" }): Promise<Person> {
  const school = await t.db.school.findFirstOrThrow({ where: { name: "БОУ «Таврическая СОШ № 1»" } });
  const row = await createTeacher(t.db, { lang: opts.lang, ...(opts.name ? { fullName: opts.name } : {}) });
  await t.db.user.update({ where: { id: row.id }, data: { schoolId: school.id, municipalityId: school.municipalityId } });
  if (opts.role === "coordinator") {
    await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
  } else if (opts.role) {
    await t.db.roleGrant.create({ data: { userId: row.id, role: opts.role } });
  }
  return { id: row.id, u: h.user({ id: Number(row.telegramId), languageCode: opts.lang }) };
}

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(new Date("2026-09-01T06:00:00Z"));
  h = await createHarness({ db: t.db, clock, sendOutbox: false });
  methodologist = await person({ lang: "ru", name: "Смирнова Ольга Петровна", role: "methodologist" });
  admin = await person({ lang: "en", name: "Mary O'Neil", role: "admin" });
  coordinator = await person({ lang: "ru", role: "coordinator" });
  teacher = await person({ lang: "ru" });
  englishTeacher = await person({ lang: "en" });
  const save = (text: string, sourceName: string) => savePlan(t.db, parsePlan(text), { sourceName, importedById: methodologist.id, at: clock.now() });
  schoolYearPlanId = (await save(SCHOOL_YEAR_PLAN, "Приказ 305 Таврический.txt")).planId;
  calendarPlanId = (await save(CALENDAR_PLAN, "наставничество.txt")).planId;
  // Saved on 31 August at 20:00 UTC: already 1 September in Omsk, where the readers are.
  const savedAt = new Date("2026-08-31T20:00:00Z");
  await t.db.plan.update({ where: { id: schoolYearPlanId }, data: { createdAt: savedAt, updatedAt: savedAt } });
});
afterAll(() => t.drop());

async function openPlans(who: Person, label = /^📋 (Планы|Plans)$/) {
  await who.u.send("/menu");
  await who.u.press(label);
}

async function openSchoolYearPlan(who: Person) {
  await openPlans(who);
  await who.u.press(/по контролю/);
}

const planState = async () => (await t.db.plan.findMany({ orderBy: { id: "asc" }, select: { id: true, archivedAt: true } }));

/** The minute job as the runner calls it, every 30 minutes, up to `until`. */
async function tickUntil(until: Date): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + 30 * MINUTE, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

const deadlineRows = (status: string) => t.db.outboxMessage.count({ where: { userId: coordinator.id, status, source: { startsWith: "nudge:plan-deadline:" } } });
const deadlineMessages = () => coordinator.u.messages().filter((message) => message.text.includes("срок по плану"));

describe("the period in words", () => {
  it("reads a school-year plan by months and a calendar one by years, in Russian and English", async () => {
    await openPlans(teacher);
    const ru = teacher.u.lastMessage().text;
    expect(ru).toContain("№ 305 · 25 августа 2026 · сентябрь 2026 – август 2027");
    expect(ru).toContain("наставничества на 2025–2027 годы\n2025–2027 годы\n");

    await openPlans(englishTeacher);
    const en = englishTeacher.u.lastMessage().text;
    expect(en).toContain("№ 305 · 25 August 2026 · September 2026 – August 2027");
    expect(en).toContain("наставничества на 2025–2027 годы\n2025–2027\n");
  });
});

describe("who may manage plans", () => {
  it("teachers and coordinators read a plan without its import record or any managing button", async () => {
    for (const who of [teacher, coordinator]) {
      await openSchoolYearPlan(who);
      const card = who.u.lastMessage();
      expect(card.text).toContain("сентябрь 2026 – август 2027");
      expect(card.text).not.toContain("📥");
      expect(card.buttons.flat().filter((label) => /В архив|Удалить/.test(label))).toEqual([]);
    }
  });

  it("a forged archive, restore or delete button is refused to them, and changes nothing", async () => {
    const before = await planState();
    for (const who of [teacher, coordinator]) {
      for (const data of [`pl:arq:${schoolYearPlanId}`, `pl:ary:${schoolYearPlanId}`, `pl:unar:${schoolYearPlanId}`, `pl:delq:${schoolYearPlanId}`, `pl:dely:${schoolYearPlanId}`]) {
        const screen = who.u.lastMessage();
        await who.u.pressData(data);
        expect(who.u.lastAnswer(), data).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
        expect(who.u.lastMessage()).toEqual(screen);
      }
    }
    expect(await planState()).toEqual(before);
  });

  it("a methodologist sees who imported the plan and when (in their zone), its file and what hangs on it", async () => {
    await openSchoolYearPlan(methodologist);
    const card = methodologist.u.lastMessage();
    expect(card.text).toContain("📥 Загружен 1 сентября 2026 · Смирнова Ольга Петровна · 📄 Приказ 305 Таврический.txt");
    expect(card.text).toContain("📊 С датами: 7 из 7 · событий по плану: 0");
    expect(card.buttons.at(-2)).toEqual(["🗄 В архив", "🗑 Удалить"]);

    await openPlans(admin);
    await admin.u.press(/^1\. План мероприятий по развитию/);
    expect(admin.u.lastMessage().text).toContain("📥 Imported");
    expect(admin.u.lastMessage().text).toContain("📊 Dated: 1 of 2 · events made from it: 0");
  });
});

describe("archiving", () => {
  it("asks first; an archived plan sends no deadline nudges, stays readable in the archive, and offers no events", async () => {
    clock.set(new Date("2026-12-10T06:00:00Z"));
    lastSuccess = clock.now();
    await openSchoolYearPlan(methodologist);
    await methodologist.u.press("🗄 В архив");
    expect(methodologist.u.lastMessage().text).toContain("координаторам перестанут приходить напоминания о его сроках");
    expect(methodologist.u.lastMessage().buttons).toEqual([["🗄 Да, в архив"], ["‹ Нет, назад"]]);
    await methodologist.u.press("🗄 Да, в архив");
    expect(methodologist.u.lastAnswer()?.text).toBe("План в архиве");
    const card = methodologist.u.lastMessage();
    expect(card.text).toContain("🗄 В архиве с 10 декабря 2026 · Смирнова Ольга Петровна");
    expect(card.buttons.at(-2)).toEqual(["↩️ Вернуть из архива", "🗑 Удалить"]);

    await tickUntil(new Date(WEEK_BEFORE.getTime() + OMSK_MORNING));
    await h.outbox.sendAllDue();
    expect(await deadlineRows("pending")).toBe(0);
    expect(deadlineMessages()).toEqual([]);

    // Teachers still read it, under "Archive".
    await openPlans(teacher);
    expect(teacher.u.lastMessage().text).not.toContain("по контролю");
    await teacher.u.press("🗄 Архив (1)");
    expect(teacher.u.lastMessage().text).toContain("🗄 Архив планов (1)");
    await teacher.u.press(/по контролю/);
    expect(teacher.u.lastMessage().text).toContain("🗄 В архиве с 10 декабря 2026\n");
    await teacher.u.press(/Все мероприятия/);
    await teacher.u.press(/^1\.1\. /);
    expect(teacher.u.lastMessage().text).toContain("🗄 План в архиве");

    // No event is made from its measures.
    await methodologist.u.press(/Все мероприятия/);
    await methodologist.u.press(/^1\.1\. /);
    expect(methodologist.u.lastMessage().buttons).toEqual([["‹ Назад"]]);
    // An old "event from 1.1" button says why it no longer works, and starts nothing.
    const measure = await t.db.measure.findFirstOrThrow({ where: { number: "1.1", plan: { archivedAt: { not: null } } } });
    await methodologist.u.pressData(`ev:frommeasure:${measure.id}`);
    expect(methodologist.u.lastAnswer()?.text).toContain("🗄 План в архиве");
    expect(await t.db.conversationState.count()).toBe(0);
  });

  it("brought back, its deadlines are nudged again; archived again, what was queued is called off", async () => {
    await openPlans(methodologist);
    await methodologist.u.press(/^🗄 Архив/);
    await methodologist.u.press(/по контролю/);
    await methodologist.u.press("↩️ Вернуть из архива");
    expect(methodologist.u.lastAnswer()?.text).toBe("План снова действует: напоминания о его сроках будут приходить");
    expect(methodologist.u.lastMessage().buttons.at(-2)).toEqual(["🗄 В архив", "🗑 Удалить"]);

    clock.set(new Date(DAY_BEFORE.getTime() - HOUR));
    lastSuccess = clock.now();
    await tickUntil(new Date(DAY_BEFORE.getTime() + HOUR)); // queued, held until 08:00 in Omsk
    expect(await deadlineRows("pending")).toBe(2);

    await methodologist.u.press("🗄 В архив");
    await methodologist.u.press("🗄 Да, в архив");
    expect(await deadlineRows("pending")).toBe(0);
    await tickUntil(new Date(DAY_BEFORE.getTime() + OMSK_MORNING));
    await h.outbox.sendAllDue();
    expect(deadlineMessages()).toEqual([]);

    await methodologist.u.press("↩️ Вернуть из архива");
    expect((await planState()).map((plan) => plan.archivedAt)).toEqual([null, null]);
  });

  it("the card names who imported the plan and who archived it, each their own", async () => {
    await openPlans(admin);
    await admin.u.press(/^1\. План мероприятий по развитию/);
    await admin.u.press("🗄 Archive");
    await admin.u.press("🗄 Yes, archive it");
    const card = admin.u.lastMessage().text;
    expect(card).toContain("· Смирнова Ольга Петровна · 📄 наставничество.txt");
    expect(card).toContain("🗄 Archived since 19 December 2026 · Mary O'Neil");

    await admin.u.press("↩️ Bring back from the archive");
    expect((await planState()).map((plan) => plan.archivedAt)).toEqual([null, null]);
  });
});

describe("deleting", () => {
  it("says what happens to events and done marks, deletes the plan, and keeps its events without the link", async () => {
    const measure = await t.db.measure.findFirstOrThrow({ where: { planId: schoolYearPlanId, number: "1.1" }, include: { dates: true, executors: true } });
    const eventId = await makeEvent(t.db, { title: "Отчёты о повышении квалификации: консультация", measureId: measure.id }, clock.now());
    await t.db.deadlineDone.create({ data: { organisationId: measure.executors[0]!.organisationId, measureDateId: measure.dates[0]!.id, doneById: coordinator.id, doneAt: clock.now() } });

    await openSchoolYearPlan(methodologist);
    expect(methodologist.u.lastMessage().text).toContain("событий по плану: 1");
    await methodologist.u.press("🗑 Удалить");
    const ask = methodologist.u.lastMessage();
    expect(ask.text).toContain("Вместе с ним удалятся его разделы и мероприятия (7).");
    expect(ask.text).toContain("• 1 событие, созданное по пунктам плана, останется, но потеряет связь с планом.");
    expect(ask.text).toContain("• Отметки «выполнено» координаторов (1) будут удалены.");
    expect(ask.text).toContain("Если план просто больше не действует, отправьте его в архив");
    expect(ask.buttons).toEqual([["🗑 Да, удалить план"], ["‹ Нет, назад"]]);
    const confirm = ask.raw.reply_markup!.inline_keyboard[0]![0]!;

    await methodologist.u.press("🗑 Да, удалить план");
    expect(methodologist.u.lastAnswer()?.text).toBe("План удалён. 1 событие по его пунктам осталось, без связи с планом.");
    expect(methodologist.u.lastMessage().text).toContain("📋 Планы (1)");
    expect(await t.db.plan.count({ where: { id: schoolYearPlanId } })).toBe(0);
    expect(await t.db.measure.count({ where: { planId: schoolYearPlanId } })).toBe(0);
    expect(await t.db.deadlineDone.count()).toBe(0);
    expect(await t.db.event.findUniqueOrThrow({ where: { id: eventId }, select: { title: true, measureId: true } })).toEqual({
      title: "Отчёты о повышении квалификации: консультация",
      measureId: null,
    });

    // The same confirmation again, and a made-up plan id: said clearly, nothing changed.
    for (const data of ["callback_data" in confirm ? confirm.callback_data! : "", "pl:dely:999999999", "pl:ary:999999999"]) {
      await methodologist.u.pressData(data);
      expect(methodologist.u.lastAnswer()).toMatchObject({ text: "Этого плана уже нет: возможно, его удалили.", show_alert: true });
    }
    expect(await t.db.plan.count()).toBe(1);
    expect(await t.db.event.count({ where: { id: eventId } })).toBe(1);
  });

  it("in English too; with no plan left, the menu no longer offers plans", async () => {
    await openPlans(admin);
    await admin.u.press(/^1\. /);
    await admin.u.press("🗑 Delete");
    const ask = admin.u.lastMessage().text;
    expect(ask).toContain("Its sections and measures (2) will be deleted with it.");
    expect(ask).toContain("• No events were made from the plan’s measures.");
    expect(ask).toContain("• Coordinators have marked nothing “done”.");
    await admin.u.press("🗑 Yes, delete the plan");
    expect(admin.u.lastAnswer()?.text).toBe("The plan is deleted.");
    expect(admin.u.lastMessage().text).toBe("There are no plans yet.");

    await teacher.u.send("/menu");
    expect(teacher.u.lastMessage().buttons.flat()).not.toContain("📋 Планы");
  });
});
