// Executors mapped to the directory (issue #11): a saved plan's schools and education bodies are
// linked by name however the plan spells them; "ОО", "МОУО" and "Управление образования" are rules
// read against the plan's territory; what matches nothing is listed for a methodologist, who links
// it in a few taps, after which its coordinators get its deadlines.
import { pino } from "pino";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { planDeadlineNudge } from "../../../src/features/plans/deadline-nudges.ts";
import { executorRule, matchExecutor, schoolKey, type TerritoryDirectory } from "../../../src/features/plans/executor-links.ts";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

describe("reading an executor's name", () => {
  const directory: TerritoryDirectory = {
    municipalities: [
      { id: 1, name: "Таврический муниципальный район", schools: [{ id: 11, name: "БОУ «Таврическая СОШ № 1»" }, { id: 12, name: "БОУ «Таврическая гимназия»" }, { id: 13, name: "МАОУ «СОШ № 2»" }] },
      { id: 2, name: "Качканарский городской округ", schools: [{ id: 21, name: "МАОУ «СОШ № 2»" }] },
    ],
    regions: [{ id: 1, name: "Омская область" }],
  };

  it("finds a school whatever the legal form, quotes, abbreviation and «№» spacing", () => {
    for (const name of ["МБОУ «Таврическая средняя общеобразовательная школа №1»", "МАОУ Таврическая СОШ № 1", "Таврическая СОШ №1", "БОУ \"Таврическая СОШ № 1\""]) {
      expect(matchExecutor(name, directory), name).toEqual({ schoolId: 11 });
    }
    expect(schoolKey("СОШ № 2")).toBe(schoolKey("средняя общеобразовательная школа № 2"));
    expect(matchExecutor("Таврическая гимназия", directory)).toEqual({ schoolId: 12 });
  });

  it("a name two schools share is linked only when the municipality is named", () => {
    expect(matchExecutor("МАОУ «СОШ № 2»", directory)).toBeNull();
    expect(matchExecutor("МАОУ «СОШ № 2» Качканарского городского округа", directory)).toEqual({ schoolId: 21 });
  });

  it("an education body naming its municipality is that municipality's", () => {
    expect(matchExecutor("Управление образования Администрации Таврического муниципального района", directory)).toEqual({ municipalityId: 1 });
    expect(matchExecutor("Комитет по образованию администрации Таврического района", directory)).toEqual({ municipalityId: 1 });
  });

  it("collective executors are rules, never links", () => {
    expect(executorRule("ОО")).toBe("every-school");
    expect(executorRule("Руководители ОО")).toBe("every-school");
    expect(executorRule("Образовательные организации")).toBe("every-school");
    expect(executorRule("МОУО")).toBe("every-body");
    expect(executorRule("Органы местного самоуправления, осуществляющие управление в сфере образования")).toBe("every-body");
    expect(executorRule("Управление образования")).toBe("issuer-body");
    expect(executorRule("Профессиональные образовательные организации")).toBeNull();
    expect(executorRule("МКУ «ЦФЭХИМОСО»")).toBeNull();
    for (const name of ["ОО", "МОУО", "Управление образования"]) expect(matchExecutor(name, directory)).toBeNull();
  });
});

const PLAN = readFileSync(new URL("../../fixtures/plans/coming-year/tavrichesky-2026-2027-deadlines.txt", import.meta.url), "utf8");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 1.3 "в течение марта" (executor "Сосновская школа") is due on 31 March 2027: a week before is 24 March.
const WEEK_BEFORE_MARCH = new Date("2027-03-24T00:00:00Z");

describe("a saved plan's executors", () => {
  let t: TestDb;
  let h: AppHarness;
  let clock: FakeClock;
  let methodologist: FakeUser;
  let teacher: FakeUser;
  let sosnovkaCoordinator: { id: number; u: FakeUser };
  let planId: number;
  const job = nudgesJob([planDeadlineNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
  const logger = pino({ level: "silent" });

  beforeAll(async () => {
    t = await createTestDb({ directory: true });
    clock = new FakeClock(new Date("2026-09-01T06:00:00Z"));
    h = await createHarness({ db: t.db, clock, sendOutbox: false });
    ({ planId } = await savePlan(t.db, parsePlan(PLAN), { sourceName: "plan.txt", importedById: null, at: clock.now() }));
    const m = await createTeacher(t.db, { lang: "ru" });
    await t.db.roleGrant.create({ data: { userId: m.id, role: "methodologist" } });
    methodologist = h.user({ id: Number(m.telegramId), languageCode: "ru" });
    const sosnovka = await t.db.school.findFirstOrThrow({ where: { name: "БОУ «Сосновская СОШ»" } });
    // A teacher of the district, who sees its plan.
    const tt = await createTeacher(t.db, { lang: "ru" });
    await t.db.user.update({ where: { id: tt.id }, data: { schoolId: sosnovka.id, municipalityId: sosnovka.municipalityId } });
    teacher = h.user({ id: Number(tt.telegramId), languageCode: "ru" });
    const c = await createTeacher(t.db, { lang: "ru" });
    await t.db.roleGrant.create({ data: { userId: c.id, role: "coordinator", schoolId: sosnovka.id, scopeKey: `s:${sosnovka.id}` } });
    sosnovkaCoordinator = { id: c.id, u: h.user({ id: Number(c.telegramId), languageCode: "ru" }) };
  });
  afterAll(() => t.drop());

  const linkOf = async (name: string) => {
    const row = await t.db.organisation.findUniqueOrThrow({ where: { name }, select: { school: { select: { name: true } }, municipality: { select: { name: true } } } });
    return row.school?.name ?? row.municipality?.name ?? null;
  };

  it("are linked on save where their names point", async () => {
    expect(await linkOf("МБОУ «Таврическая средняя общеобразовательная школа №1»")).toBe("БОУ «Таврическая СОШ № 1»");
    expect(await linkOf("Таврическая гимназия")).toBe("БОУ «Таврическая гимназия»");
    for (const name of ["ОО", "Комитет по образованию", "Сосновская школа", "ИМЦ", "Министерство образования Омской области"]) expect(await linkOf(name), name).toBeNull();
  });

  async function runAtWeekBeforeMarch(): Promise<number[]> {
    clock.set(WEEK_BEFORE_MARCH);
    await job.run({ db: t.db, clock, logger }, clock.now(), new Date(WEEK_BEFORE_MARCH.getTime() - HOUR));
    const rows = await t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:plan-deadline:" } }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }

  it("the unmatched are listed on the plan's page for a methodologist, and linking one brings its coordinators the deadlines", async () => {
    expect(await runAtWeekBeforeMarch()).toEqual([]); // "Сосновская школа" is nobody's yet

    await methodologist.send("/menu");
    await methodologist.press("📋 Планы");
    await methodologist.press(/^1\. План мероприятий по контролю/);
    await methodologist.press("🔗 Исполнители без привязки: 4");
    const list = methodologist.lastMessage();
    expect(list.text).toContain("Исполнители без привязки в плане «План мероприятий по контролю исполнения сроков отчётности");
    // The region's ministry is no school's or municipality's: not listed.
    expect(list.text).toContain("1. БОУ ДПО «ИРООО»\n2. ИМЦ\n3. Руководители РМО\n4. Сосновская школа");
    await methodologist.press("Сосновская школа");
    // A municipal plan: its one district at once, its body first, then its schools.
    const places = methodologist.lastMessage();
    expect(places.text).toContain("Исполнитель: Сосновская школа");
    expect(places.buttons.map((row) => row[0])).toEqual(["🏛 Орган управления образованием: Таврический муниципальный район", "БОУ «Сосновская СОШ»", "БОУ «Таврическая гимназия»", "БОУ «Таврическая СОШ № 1»", "‹ Назад"]);
    await methodologist.press("БОУ «Сосновская СОШ»");
    expect(methodologist.lastAnswer()?.text).toBe("🔗 Привязано");
    const after = methodologist.lastMessage();
    expect(after.text).toContain("🔗 «Сосновская школа» → БОУ «Сосновская СОШ»");
    expect(after.text).toContain("Исполнители без привязки в плане");
    expect(after.buttons.flat()).not.toContain("Сосновская школа");
    expect(await linkOf("Сосновская школа")).toBe("БОУ «Сосновская СОШ»");

    expect(await runAtWeekBeforeMarch()).toEqual([sosnovkaCoordinator.id]);
    clock.set(new Date(WEEK_BEFORE_MARCH.getTime() + 2 * HOUR));
    await h.outbox.sendAllDue();
    expect(sosnovkaCoordinator.u.lastMessage().text).toContain("1.3. Анализ результатов диагностики профессиональных дефицитов педагогов");
    expect(sosnovkaCoordinator.u.lastMessage().text).toContain("31 марта 2027");

    // Linking the municipal methodological centre to the district's body.
    await methodologist.press("ИМЦ");
    await methodologist.press("🏛 Орган управления образованием: Таврический муниципальный район");
    expect(methodologist.lastMessage().text).toContain("🔗 «ИМЦ» → орган управления образованием: Таврический муниципальный район");
    expect(await linkOf("ИМЦ")).toBe("Таврический муниципальный район");
  });

  it("an old button of an executor linked since, or a place outside the plan's territory, links nothing", async () => {
    const sosnovka = await t.db.organisation.findUniqueOrThrow({ where: { name: "Сосновская школа" } });
    const rmo = await t.db.organisation.findUniqueOrThrow({ where: { name: "Руководители РМО" } });
    const foreign = await t.db.school.findFirstOrThrow({ where: { municipality: { name: "Оконешниковский муниципальный район" } } });
    await methodologist.pressData(`px:ls:${planId}:${sosnovka.id}:${foreign.id}`);
    expect(methodologist.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await methodologist.pressData(`px:ls:${planId}:${rmo.id}:${foreign.id}`);
    expect(methodologist.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expect(await linkOf("Сосновская школа")).toBe("БОУ «Сосновская СОШ»");
    expect(await linkOf("Руководители РМО")).toBeNull();
  });

  it("is for methodologists only: a teacher sees no button and a forged one is refused", async () => {
    await teacher.send("/menu");
    await teacher.press("📋 Планы");
    await teacher.press(/^1\. План мероприятий по контролю/);
    expect(teacher.lastMessage().buttons.flat().some((label) => label.startsWith("🔗"))).toBe(false);
    const rmo = await t.db.organisation.findUniqueOrThrow({ where: { name: "Руководители РМО" } });
    const school = await t.db.school.findFirstOrThrow({ where: { name: "БОУ «Сосновская СОШ»" } });
    await teacher.pressData(`px:ls:${planId}:${rmo.id}:${school.id}`);
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    expect(await linkOf("Руководители РМО")).toBeNull();
  });
});
