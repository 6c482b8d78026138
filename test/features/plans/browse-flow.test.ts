// Plans on a phone, in Russian and English: numbered plans told apart, dates in words, expired
// plans marked, short pages of measures, a measure opened in full, and plan items in "Upcoming".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser, type ShownMessage } from "../../support/harness.ts";
import { seedText } from "./parser/seed-files.ts";
import { planText, type MeasureRow } from "./support/plan-text.ts";

let t: TestDb;
let h: AppHarness;
let ru: FakeUser;
let en: FakeUser;
let methodologist: FakeUser;

const CURRENT_TITLE = "План мероприятий по сопровождению молодых педагогов на 2026 год";
const LONG_TITLE = `План мероприятий по развитию наставничества ${"и поддержке педагогов ".repeat(230)}на 2026 год`;
const seminar = (n: number): MeasureRow => ({
  number: `1.${n}`,
  title: `Семинар для наставников № ${n}`,
  schedule: "15 марта 2026 г.",
  executors: "ИРО; МОУО (по согласованию)",
  result: `Методические рекомендации № ${n}`,
});
const CURRENT = planText({
  title: CURRENT_TITLE,
  sections: {
    "Методическое сопровождение": [1, 2, 3, 4, 5, 6, 7].map(seminar),
    "Конкурсы": [{ number: "2.1", title: "Конкурс молодых педагогов", schedule: "октябрь 2026 г.", executors: "ИРО", result: "Выявлены лучшие практики" }],
  },
});
const LONG = planText({ title: LONG_TITLE, measures: [{ number: "1", title: "Вебинар для наставников", schedule: "май 2026 г.", executors: "ИРО", result: "Рекомендации" }] });

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** Telegram counts a message's text without its HTML tags. */
const fits = (message: ShownMessage) => expect(message.text.length).toBeLessThanOrEqual(4096);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  const clock = new FakeClock(new Date("2026-03-01T06:00:00Z"));
  h = await createHarness({ db: t.db, clock });
  const at = clock.now();
  for (const text of [seedText("omsk-region-2018-plan-1079"), CURRENT, LONG]) await savePlan(t.db, parsePlan(text), { sourceName: "plan.txt", importedById: null, at });
  const r = await createTeacher(t.db, { lang: "ru" });
  const e = await createTeacher(t.db, { lang: "en" });
  const m = await createTeacher(t.db, { lang: "en", fullName: "Mary O'Neil" });
  await t.db.roleGrant.create({ data: { userId: m.id, role: "methodologist" } });
  ru = h.user({ id: Number(r.telegramId), languageCode: "ru" });
  en = h.user({ id: Number(e.telegramId), languageCode: "en" });
  methodologist = h.user({ id: Number(m.telegramId), languageCode: "en" });
});
afterAll(() => t.drop());

describe("the plans list", () => {
  it("numbers the plans, shows whole titles, issuers and dates in words, and marks the expired ones", async () => {
    await ru.send("/menu");
    await ru.press("📋 Планы");
    const list = ru.lastMessage();
    fits(list);
    expect(list.text).toContain("Планы (3)");
    expect(list.text).toContain(`2. ${CURRENT_TITLE}`);
    expect(list.text).toContain("3. План реализации Стратегии профессиональной помощи и поддержки педагогов на период до 2020 года");
    expect(list.text).toContain("Министерство образования Омской области · № 1079 · 24 апреля 2018 · 2018–2020 годы · ⌛ срок истёк");
    expect(list.text).toContain("2026 год\n");
    expect(list.text).not.toMatch(ISO_DATE);
    const plans = list.buttons.slice(0, 3).map((row) => row[0]!);
    expect(plans).toEqual([expect.stringMatching(/^1\. План мероприятий по развитию .*… · 2026$/), expect.stringMatching(/^2\. План мероприятий по сопровожде.*… · 2026$/), expect.stringMatching(/^⌛ 3\. План реализации Стратегии .*… · 2018$/)]);
    expect(plans.every((label) => label.length <= 64)).toBe(true);
  });

  it("reads the same in English", async () => {
    await en.send("/menu");
    await en.press("📋 Plans");
    const list = en.lastMessage();
    expect(list.text).toContain("Министерство образования Омской области · № 1079 · 24 April 2018 · 2018–2020 · ⌛ period over");
    expect(list.text).toContain("Tap a plan's number to open it.");
    expect(list.text).not.toMatch(ISO_DATE);
  });
});

describe("measures on a phone", () => {
  it("pages are short; a measure opens in full with its result, executors and dates in words, and back returns to its page", async () => {
    await ru.press(/^2\. /);
    const card = ru.lastMessage();
    expect(card.text).toContain("Мероприятий: 8");
    await ru.press(/^1\. Методическое сопровождение/);
    const first = ru.lastMessage();
    fits(first);
    expect(first.text.length).toBeLessThan(1200);
    expect(first.text).toContain("📅 15 марта 2026 · семинар");
    expect(first.buttons.slice(0, 5).map((row) => row[0])).toEqual([1, 2, 3, 4, 5].map((n) => `1.${n}. Семинар для наставников № ${n}`));
    await ru.press("›");
    expect(ru.lastMessage().buttons[2]).toEqual(["‹", "2/2", "›"]);
    await ru.press("1.7. Семинар для наставников № 7");
    const measure = ru.lastMessage();
    fits(measure);
    expect(measure.text).toContain("1.7. Семинар для наставников № 7");
    expect(measure.text).toContain("Раздел 1. Методическое сопровождение");
    expect(measure.text).toContain("🗓 Даты: 15 марта 2026");
    expect(measure.text).toContain("👥 Исполнители: ИРО; МОУО (по согласованию)");
    expect(measure.text).toContain("🎯 Ожидаемый результат: Методические рекомендации № 7");
    expect(measure.text).not.toMatch(ISO_DATE);
    expect(measure.buttons).toEqual([["‹ Назад"]]);
    await ru.press("‹ Назад");
    expect(ru.lastMessage().text).toContain("1.7.");
    expect(ru.lastMessage().buttons[2]).toEqual(["‹", "2/2", "›"]);
  });

  it("a methodologist reads a measure in English and can turn it into an event from there", async () => {
    await methodologist.send("/menu");
    await methodologist.press("📋 Plans");
    await methodologist.press(/^2\. /);
    await methodologist.press(/All measures/);
    await methodologist.press("1.2. Семинар для наставников № 2");
    const measure = methodologist.lastMessage();
    expect(measure.text).toContain("🎯 Expected result: Методические рекомендации № 2");
    expect(measure.text).toContain("🗓 Dates: 15 March 2026");
    expect(measure.buttons).toEqual([["➕ Event from 1.2"], ["‹ Back"]]);
  });

  it("a measure shows the form, target audience and document its plan's columns give", async () => {
    const measure = await t.db.measure.findFirstOrThrow({ where: { number: "1.3", plan: { title: CURRENT_TITLE } } });
    await t.db.measure.update({ where: { id: measure.id }, data: { form: "семинар-практикум", audience: "молодые педагоги", documentKind: "справка" } });
    await methodologist.pressData(`pl:m:${measure.id}:a`);
    const text = methodologist.lastMessage().text;
    expect(text).toContain("seminar · семинар-практикум");
    expect(text).toContain("🧑‍🏫 Target audience: молодые педагоги");
    expect(text).toContain("📄 Document: справка");
  });

  it("a 5,000-character plan title is cut to fit every screen", async () => {
    expect(LONG_TITLE.length).toBeGreaterThan(5000);
    await ru.send("/menu");
    await ru.press("📋 Планы");
    fits(ru.lastMessage());
    await ru.press(/^1\. /);
    fits(ru.lastMessage());
    expect(ru.lastMessage().text).toContain("…");
    await ru.press(/Все мероприятия/);
    fits(ru.lastMessage());
    await ru.press(/^1\. Вебинар/);
    fits(ru.lastMessage());
    expect(ru.lastMessage().text).toContain("📋 План мероприятий по развитию наставничества");

    // Changed, so that there is something to save.
    await methodologist.sendDocument({ fileName: "long.txt", content: LONG.replace("Рекомендации", "Методические рекомендации") });
    fits(methodologist.lastMessage());
    expect(methodologist.lastMessage().text).toContain("This plan is already loaded");
    await methodologist.press("💾 Save");
    fits(methodologist.lastMessage());
    expect(methodologist.lastMessage().text).toContain("is saved");
  });
});

describe("plan items in Upcoming", () => {
  it("each has a button that opens the measure, whose back returns to the same list, in both languages", async () => {
    for (const [user, upcoming, back] of [[ru, "📅 Ближайшие события", "‹ Назад"], [en, "📅 Upcoming events", "‹ Back"]] as const) {
      await user.send("/menu");
      await user.press(upcoming);
      await user.press(/Семинары|Seminars/);
      const list = user.lastMessage();
      expect(list.text).toContain("Семинар для наставников № 1");
      await user.press("📋 1.1. Семинар для наставников № 1");
      expect(user.lastMessage().text).toMatch(/Методические рекомендации № 1/);
      await user.press(back);
      expect(user.lastMessage().text).toBe(list.text);
      expect(user.lastMessage().buttons).toEqual(list.buttons);
    }
  });
});

describe("forged buttons", () => {
  it("are refused cleanly and change nothing", async () => {
    const before = ru.lastMessage();
    await ru.pressData("pl:m:999999999:s");
    expect(ru.lastAnswer()?.text).toBe("Не найдено: возможно, это уже изменили или удалили.");
    for (const data of ["pl:m:1:x", "pl:m:12345678901:s", "pl:mu:1:year:-:0", `pl:sec:1:${"1".repeat(30)}:0`, "pl:list:-1", "plan:save:abc"]) {
      await ru.pressData(data);
      expect(ru.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    }
    // The screen they were on is untouched (an unknown button brings the main menu below it).
    expect(ru.messages().find((message) => message.id === before.id)).toEqual(before);
    expect(await t.db.pendingImport.count()).toBe(0);
  });
});
