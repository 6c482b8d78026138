// A deadline the order's own text sets ("Руководителям ОО представить … в срок до 25 декабря") is
// nudged like a measure's: a week before, to the coordinators of every school of the district.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { planDeadlineNudge } from "../../../src/features/plans/deadline-nudges.ts";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness } from "../../support/harness.ts";

const HOUR = 3_600_000;
const PLAN = [
  "Комитет по образованию Администрации Таврического муниципального района Омской области",
  "",
  "ПРИКАЗ",
  "",
  "от 25.08.2026 г. № 306",
  "",
  "«Об утверждении плана методической работы на 2026/2027 учебный год»",
  "",
  "ПРИКАЗЫВАЮ:",
  "1. Утвердить план методической работы на 2026/2027 учебный год (далее – План).",
  "2. Руководителям ОО представить в Комитет по образованию информацию о реализации мероприятий Плана в срок до 25 декабря 2026 г.",
  "3. Контроль исполнения настоящего приказа оставляю за собой.",
  "",
  "План методической работы на 2026/2027 учебный год",
  "",
  "№ п/п\tМероприятие\tСроки\tОтветственные",
  "1\tСеминар для заместителей директоров по УМР\tОктябрь\tКомитет по образованию",
].join("\n");

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(new Date("2026-12-17T20:00:00Z"));
  h = await createHarness({ db: t.db, clock, sendOutbox: false });
});
afterAll(() => t.drop());

describe("the order's own deadline", () => {
  it("reaches every school's coordinator a week before, naming the order's paragraph", async () => {
    const parsed = parsePlan(PLAN);
    expect(parsed.obligations.map((item) => [item.number, item.executors])).toEqual([["П2", ["Руководители ОО"]]]);
    await savePlan(t.db, parsed, { sourceName: "plan.txt", importedById: null, at: clock.now() });
    const tavrichesky = await t.db.municipality.findFirstOrThrow({ where: { name: "Таврический муниципальный район" }, include: { schools: true } });
    const school = tavrichesky.schools[0]!;
    const row = await createTeacher(t.db, { lang: "ru" });
    await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    const coordinator = h.user({ id: Number(row.telegramId), languageCode: "ru" });

    const job = nudgesJob([planDeadlineNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
    const logger = pino({ level: "silent" });
    let lastSuccess: Date | null = null;
    // From the evening before the week-before morning to 08:00 in Omsk.
    while (clock.now() < new Date("2026-12-18T03:00:00Z")) {
      clock.set(new Date(clock.now().getTime() + HOUR / 6));
      await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
      lastSuccess = clock.now();
    }
    await h.outbox.sendAllDue();
    const nudge = coordinator.messages().find((message) => message.text.includes("срок по плану"));
    expect(nudge?.text).toContain("25 декабря 2026");
    expect(nudge?.text).toContain("П2. Представить в Комитет по образованию информацию о реализации мероприятий Плана");
    expect(nudge?.buttons[0]).toEqual(["✅ Выполнено", "⏰ Напомнить завтра"]);
  });
});
