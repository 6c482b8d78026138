// A plan's own deadlines reach the coordinators who answer for them (issue #11): a week and a day
// before, on a fake clock inside a 2026/2027 plan, each once, only to the coordinators of the
// executors' schools and municipality; "done" stops them; "remind me tomorrow" brings one back the
// next morning; a forged or foreign button changes nothing.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { planDeadlineNudge } from "../../../src/features/plans/deadline-nudges.ts";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PLAN = readFileSync(new URL("../../fixtures/plans/coming-year/tavrichesky-2026-2027-deadlines.txt", import.meta.url), "utf8");
// Measures 1.1 (two named schools) and 1.2 ("ОО": every school of the district) are due on 20 December 2026.
const WEEK_BEFORE = new Date("2026-12-13T00:00:00Z"); // 06:00 in Omsk: quiet until 08:00
const DAY_BEFORE = new Date("2026-12-19T00:00:00Z");
const OMSK_MORNING = 2 * HOUR; // 08:00 in Omsk is 02:00 UTC

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let lastSuccess: Date | null;
const job = nudgesJob([planDeadlineNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

type Person = { id: number; u: FakeUser };
let school1: Person; // БОУ «Таврическая СОШ № 1»: named in 1.1 as "МБОУ «Таврическая средняя общеобразовательная школа №1»"
let gymnasium: Person; // БОУ «Таврическая гимназия»: named in 1.1 as "Таврическая гимназия"
let sosnovka: Person; // БОУ «Сосновская СОШ»: only one of "ОО"
let district: Person; // the district's coordinator
let elsewhere: Person; // another district's coordinator
let teacher: Person;
let schoolIds: Record<string, number>;

async function person(grant: { schoolId?: number; municipalityId?: number } | null): Promise<Person> {
  const row = await createTeacher(t.db, { lang: "ru" });
  if (grant) {
    const scopeKey = grant.schoolId ? `s:${grant.schoolId}` : `m:${grant.municipalityId}`;
    await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: grant.schoolId ?? null, municipalityId: grant.municipalityId ?? null, scopeKey } });
  }
  return { id: row.id, u: h.user({ id: Number(row.telegramId), languageCode: "ru" }) };
}

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(new Date("2026-09-01T06:00:00Z"));
  h = await createHarness({ db: t.db, clock, sendOutbox: false });
  await savePlan(t.db, parsePlan(PLAN), { sourceName: "plan.txt", importedById: null, at: clock.now() });
  const tavrichesky = await t.db.municipality.findFirstOrThrow({ where: { name: "Таврический муниципальный район" }, include: { schools: true } });
  const okoneshnikovo = await t.db.municipality.findFirstOrThrow({ where: { name: "Оконешниковский муниципальный район" } });
  schoolIds = Object.fromEntries(tavrichesky.schools.map((school) => [school.name, school.id]));
  school1 = await person({ schoolId: schoolIds["БОУ «Таврическая СОШ № 1»"]! });
  gymnasium = await person({ schoolId: schoolIds["БОУ «Таврическая гимназия»"]! });
  sosnovka = await person({ schoolId: schoolIds["БОУ «Сосновская СОШ»"]! });
  district = await person({ municipalityId: tavrichesky.id });
  elsewhere = await person({ municipalityId: okoneshnikovo.id });
  teacher = await person(null);
});
afterAll(() => t.drop());

beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
  await t.db.deadlineDone.deleteMany();
  lastSuccess = null;
});

/** The minute job as the runner calls it, every `step`, up to `until`. */
async function tickUntil(until: Date, step = 10 * MINUTE): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + step, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

/** The job runs through the night before `due` and the morning's messages go out. */
async function morningOf(due: Date): Promise<void> {
  clock.set(new Date(due.getTime() - HOUR));
  await tickUntil(new Date(due.getTime() + OMSK_MORNING));
  await h.outbox.sendAllDue();
}

const deadlineMessages = (who: Person) => who.u.messages().filter((message) => message.text.includes("срок по плану"));
const queuedFor = async () => (await t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:plan-deadline:" } }, select: { userId: true } })).map((row) => row.userId);

describe("a week and a day before a deadline", () => {
  it("reaches each school's coordinators for their school and the district's for the district, at 08:00, once", async () => {
    const before = deadlineMessages(school1).length;
    clock.set(new Date(WEEK_BEFORE.getTime() - HOUR));
    await tickUntil(new Date(WEEK_BEFORE.getTime() - MINUTE));
    expect(await queuedFor()).toEqual([]);
    await tickUntil(new Date(WEEK_BEFORE.getTime() + HOUR));
    const queued = await queuedFor();
    // 1.1 names two schools; 1.2 ("ОО") all three; the district's coordinator one message per measure.
    expect(queued.filter((id) => id === school1.id)).toHaveLength(2);
    expect(queued.filter((id) => id === gymnasium.id)).toHaveLength(2);
    expect(queued.filter((id) => id === sosnovka.id)).toHaveLength(1);
    expect(queued.filter((id) => id === district.id)).toHaveLength(2);
    expect(queued).not.toContain(elsewhere.id);
    expect(queued).not.toContain(teacher.id);

    // Held through the night: nothing before 08:00 in Omsk.
    await h.outbox.sendAllDue();
    expect(deadlineMessages(school1)).toHaveLength(before);
    await tickUntil(new Date(WEEK_BEFORE.getTime() + OMSK_MORNING));
    await h.outbox.sendAllDue();
    const got = deadlineMessages(school1).slice(before);
    expect(got).toHaveLength(2);
    const report = got.find((message) => message.text.includes("1.1."))!;
    expect(report.text).toContain("📌 Через неделю срок по плану: 20 декабря 2026");
    expect(report.text).toContain("1.1. Представление в Комитет по образованию отчётов о повышении квалификации");
    expect(report.text).toContain("📋 План: План мероприятий по контролю исполнения сроков отчётности");
    expect(report.text).toContain("🏫 Исполнитель: БОУ «Таврическая СОШ № 1»");
    // A report's deadline links to the school's indicators of the half-year, to fill it in.
    expect(report.buttons).toEqual([["✅ Выполнено", "⏰ Напомнить завтра"], ["📈 Отчёт за полугодие"], ["🔕 Не присылать такие напоминания"]]);
    expect(deadlineMessages(district).at(-1)!.text).toContain("🏫 Исполнитель: Таврический муниципальный район");

    // The same hours run again (a restart, a second instance) queue nothing more.
    await job.run({ db: t.db, clock, logger }, clock.now(), new Date(WEEK_BEFORE.getTime() - 2 * HOUR));
    expect(await queuedFor()).toHaveLength(queued.length);
  });

  it("a day before, says so", async () => {
    await morningOf(DAY_BEFORE);
    const last = deadlineMessages(gymnasium).filter((message) => message.text.includes("1.1.")).at(-1)!;
    expect(last.text).toContain("📌 Завтра срок по плану: 20 декабря 2026");
    expect((await queuedFor()).filter((id) => id === gymnasium.id)).toHaveLength(2);
  });
});

describe("deadlines of the district's own body", () => {
  it("a quarterly measure of «Комитет по образованию» comes before each quarter's end, to the district only", async () => {
    for (const [end, words] of [["2026-11-30", "30 ноября 2026"], ["2027-02-28", "28 февраля 2027"]] as const) {
      await morningOf(new Date(new Date(`${end}T00:00:00Z`).getTime() - 7 * DAY));
      const last = deadlineMessages(district).at(-1)!;
      expect(last.text).toContain(`📌 Через неделю срок по плану: ${words}`);
      expect(last.text).toContain("2.1. Мониторинг участия педагогов в конкурсах");
      expect(await queuedFor()).toEqual([district.id]);
      await t.db.outboxMessage.deleteMany();
    }
  });

  it("«органы местного самоуправления, осуществляющие управление в сфере образования» reach the district of a municipal plan", async () => {
    await morningOf(new Date("2027-06-14T00:00:00Z")); // 2.4 is due on 15 June 2027; 1.2's second date, 20 June, is not yet
    expect(await queuedFor()).toEqual([district.id]);
    expect(deadlineMessages(district).at(-1)!.text).toContain("📌 Завтра срок по плану: 15 июня 2027");
  });
});

describe("the answers", () => {
  it("«Done» stops that deadline's nudges for the school, and only for it", async () => {
    await morningOf(WEEK_BEFORE);
    const nudge = deadlineMessages(school1).filter((message) => message.text.includes("1.1.")).at(-1)!;
    await school1.u.press("✅ Выполнено", { inMessage: nudge.id });
    expect(school1.u.lastAnswer()?.text).toBe("✅ Отмечено как выполненное: напоминаний об этом сроке больше не будет.");
    expect(school1.u.messages().find((message) => message.id === nudge.id)!.buttons).toEqual([]);
    await t.db.outboxMessage.deleteMany();

    await morningOf(DAY_BEFORE);
    const sources = await t.db.outboxMessage.findMany({ where: { userId: school1.id }, select: { payload: true } });
    // 1.2 (another measure, the same day) still comes; 1.1 no more.
    expect(sources.map((row) => JSON.parse(row.payload).args.measure as string)).toEqual([expect.stringMatching(/^1\.2\. /)]);
    // The gymnasium and the district answered for themselves: theirs still come.
    expect((await queuedFor()).filter((id) => id === gymnasium.id)).toHaveLength(2);
    expect((await queuedFor()).filter((id) => id === district.id)).toHaveLength(2);
  });

  it("«Done» from the district's coordinator stops the district's, and a second tap says it is done", async () => {
    await morningOf(WEEK_BEFORE);
    const nudge = deadlineMessages(district).filter((message) => message.text.includes("1.2.")).at(-1)!;
    await district.u.press("✅ Выполнено", { inMessage: nudge.id });
    const data = nudge.raw.reply_markup!.inline_keyboard[0]![0]!;
    await district.u.pressData("callback_data" in data ? data.callback_data! : "", nudge.id);
    expect(district.u.lastAnswer()?.text).toBe("Этот срок уже отмечен как выполненный.");
    expect(await t.db.deadlineDone.count()).toBe(1);
  });

  it("«Remind me tomorrow» brings the same deadline back the next morning, to that person only", async () => {
    await morningOf(WEEK_BEFORE);
    const nudge = deadlineMessages(gymnasium).filter((message) => message.text.includes("1.1.")).at(-1)!;
    const count = deadlineMessages(gymnasium).length;
    await gymnasium.u.press("⏰ Напомнить завтра", { inMessage: nudge.id });
    expect(gymnasium.u.lastAnswer()?.text).toBe("⏰ Хорошо, напомню завтра.");
    await gymnasium.u.press("⏰ Напомнить завтра", { inMessage: nudge.id }); // twice: still one reminder

    clock.set(new Date(WEEK_BEFORE.getTime() + DAY + OMSK_MORNING - MINUTE));
    await h.outbox.sendAllDue();
    expect(deadlineMessages(gymnasium)).toHaveLength(count);
    clock.set(new Date(WEEK_BEFORE.getTime() + DAY + OMSK_MORNING));
    await h.outbox.sendAllDue();
    const again = deadlineMessages(gymnasium).slice(count);
    expect(again).toHaveLength(1);
    expect(again[0]!.text).toContain("⏰ Напоминание: срок по плану 20 декабря 2026");
    expect(again[0]!.text).toContain("🏫 Исполнитель: БОУ «Таврическая гимназия»");
    expect(again[0]!.buttons[0]).toEqual(["✅ Выполнено", "⏰ Напомнить завтра"]);
    expect(deadlineMessages(school1).filter((message) => message.text.startsWith("⏰"))).toEqual([]);

    // "Done" on the reminder calls off one queued for the day after.
    await gymnasium.u.press("⏰ Напомнить завтра", { inMessage: again[0]!.id });
    await gymnasium.u.press("✅ Выполнено", { inMessage: again[0]!.id });
    clock.set(new Date(WEEK_BEFORE.getTime() + 2 * DAY + OMSK_MORNING));
    await h.outbox.sendAllDue();
    expect(deadlineMessages(gymnasium)).toHaveLength(count + 1);
  });

  it("«Remind me tomorrow» on the deadline's own day is refused: it would come too late", async () => {
    await morningOf(DAY_BEFORE);
    const nudge = deadlineMessages(sosnovka).at(-1)!;
    clock.set(new Date("2026-12-20T04:00:00Z"));
    await sosnovka.u.press("⏰ Напомнить завтра", { inMessage: nudge.id });
    expect(sosnovka.u.lastAnswer()?.text).toBe("Завтра срок уже пройдёт: напоминание не поставлено.");
    expect(await t.db.outboxMessage.count({ where: { userId: sosnovka.id, status: "pending" } })).toBe(0);
  });

  it("someone who does not cover the school, or a place the measure does not name, changes nothing", async () => {
    await morningOf(WEEK_BEFORE);
    const nudge = deadlineMessages(school1).filter((message) => message.text.includes("1.1.")).at(-1)!;
    const button = nudge.raw.reply_markup!.inline_keyboard[0]![0]!;
    const done = "callback_data" in button ? button.callback_data! : "";
    expect(done).toMatch(/^pd:done:\d+:s:\d+$/);
    for (const stranger of [elsewhere, teacher, sosnovka]) {
      await stranger.u.send("/menu"); // the forged button rides on a message of their own chat
      await stranger.u.pressData(done);
      expect(stranger.u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    // Sosnovka's own coordinator, with Sosnovka put in: 1.1 does not name it.
    await sosnovka.u.pressData(done.replace(/s:\d+$/, `s:${schoolIds["БОУ «Сосновская СОШ»"]}`));
    expect(sosnovka.u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await school1.u.pressData(done.replace(/^pd:done:\d+/, "pd:done:999999"));
    expect(school1.u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await school1.u.pressData("pd:done:1:x:1");
    expect(await t.db.deadlineDone.count()).toBe(0);
  });
});
