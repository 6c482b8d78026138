// Point 19 of issue 9: after `npm run seed:demo`, a newcomer's "Upcoming" holds plan measures
// and events of the coming weeks, and running it again doubles nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db.ts";
import { createHarness, type AppHarness } from "../support/harness.ts";
import { createTeacher } from "../support/factories.ts";
import { FakeClock } from "../support/clock.ts";
import { seedDemo } from "../../scripts/demo/seed.ts";
import { DEMO_EVENTS } from "../../scripts/demo/events.ts";

let t: TestDb;
let h: AppHarness;
/** The day a newcomer runs it: 30 November 2026, 10:00 in Omsk. */
const clock = new FakeClock(new Date("2026-11-30T04:00:00Z"));
const seed = () => seedDemo(t.db, { now: clock.now(), defaultTimezone: "Asia/Omsk", log: () => {} });

beforeAll(async () => {
  t = await createTestDb();
  await seed();
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());

async function tavricheskyTeacher(lang: string) {
  const municipality = await t.db.municipality.findUniqueOrThrow({ where: { name: "Таврический муниципальный район" } });
  const school = await t.db.school.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  const row = await createTeacher(t.db, { lang });
  await t.db.user.update({ where: { id: row.id }, data: { municipalityId: municipality.id, schoolId: school.id } });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

describe("npm run seed:demo", () => {
  it("loads the real plans and the district's plan of 2026/2027, placed in their territories", async () => {
    const plans = await t.db.plan.findMany({ orderBy: { id: "asc" }, select: { title: true, municipality: { select: { name: true } } } });
    expect(plans).toHaveLength(5);
    expect(plans.at(-1)).toEqual({
      title: expect.stringContaining("на 2026/2027 учебный год"),
      municipality: { name: "Таврический муниципальный район" },
    });
  });

  it("a Tavrichesky teacher's Upcoming shows the plan's measures and the events, in both languages", async () => {
    const ru = await tavricheskyTeacher("ru");
    await ru.send("/menu");
    await ru.press("📅 Ближайшие события");
    const list = ru.lastMessage().text;
    expect(list).toContain("Вебинар «Читательская грамотность"); // an event in 3 days
    expect(list).toContain("Семинар-практикум «Формирующее оценивание на уроке»"); // for Tavrichesky only, in 8 days
    expect(list).not.toContain("Школа молодого педагога"); // Okoneshnikovo's
    expect(list).toContain("Проведение вебинара «Подготовка к итоговому собеседованию"); // the plan's 8 December
    expect(list).toContain("(из плана)");

    const en = await tavricheskyTeacher("en");
    await en.send("/menu");
    await en.press("📅 Upcoming events");
    const week = en.lastMessage().text;
    expect(week).toContain("Вебинар «Читательская грамотность");
    expect(week).toContain("(from the plan)");
  });

  it("running it again adds no plan, measure or event", async () => {
    const before = { plans: await t.db.plan.count(), measures: await t.db.measure.count(), events: await t.db.event.count() };
    expect(before.events).toBe(DEMO_EVENTS.length);
    await seed();
    expect({ plans: await t.db.plan.count(), measures: await t.db.measure.count(), events: await t.db.event.count() }).toEqual(before);
  });
});
