// Point 4 of issue 9: a plan concerns its issuer's territory; teachers see the plans of their
// municipality and its region, staff see all. The seed plans' dates lie before 2025, so the
// clock is set inside their periods.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";
import { FakeClock } from "../../support/clock.ts";
import { readPlanDocument } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { listUpcoming } from "../../../src/features/events/upcoming.ts";
import { resolveMissingTerritories, resolveTerritory } from "../../../src/features/plans/territory.ts";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url));
const OMSK_2020 = "omsk-region-2020-plan-1620.txt"; // Министерство образования Омской области, 2020–2024
const OKONESHNIKOVO = "okoneshnikovo-2021-order-209b.txt"; // its district's plan, up to 2024
const KACHKANAR = "kachkanar-2020-decree-451.txt"; // Sverdlovsk region, 2021–2023

let t: TestDb;
let h: AppHarness;
/** 15 November 2022: inside all three plans' periods. */
const clock = new FakeClock(new Date("2022-11-15T05:00:00Z"));
const planIds = new Map<string, number>();

async function municipalityId(name: string): Promise<number> {
  return (await t.db.municipality.findUniqueOrThrow({ where: { name } })).id;
}

/** A registered teacher of a school of this municipality. */
async function teacherOf(municipality: string, lang = "ru", role?: "methodologist"): Promise<FakeUser> {
  const id = await municipalityId(municipality);
  const school = await t.db.school.findFirstOrThrow({ where: { municipalityId: id } });
  const row = await createTeacher(t.db, { lang });
  await t.db.user.update({ where: { id: row.id }, data: { municipalityId: id, schoolId: school.id } });
  if (role) await t.db.roleGrant.create({ data: { userId: row.id, role } });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

async function measureTitle(plan: string, number: string): Promise<string> {
  return (await t.db.measure.findFirstOrThrow({ where: { planId: planIds.get(plan)!, number } })).title;
}

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
  for (const name of [OMSK_2020, OKONESHNIKOVO, KACHKANAR]) {
    const parsed = await readPlanDocument(fixture(name), name);
    planIds.set(name, (await savePlan(t.db, parsed, { sourceName: name, importedById: null, at: clock.now() })).planId);
  }
});
afterAll(() => t.drop());

describe("a plan's territory from its issuer", () => {
  it("is stored on save: the ministry's plan concerns the region, a district body's its district, Kachkanar's its own district of Sverdlovsk region", async () => {
    const plans = await t.db.plan.findMany({ orderBy: { id: "asc" }, select: { region: { select: { name: true } }, municipality: { select: { name: true } } } });
    expect(plans).toEqual([
      { region: { name: "Омская область" }, municipality: null },
      { region: { name: "Омская область" }, municipality: { name: "Оконешниковский муниципальный район" } },
      { region: { name: "Свердловская область" }, municipality: { name: "Качканарский городской округ" } },
    ]);
  });

  it.each([
    ["Министерство образования Омской области", "Омская область", null],
    ["Комитет по образованию Администрации Оконешниковского муниципального района", "Омская область", "Оконешниковский муниципальный район"],
    ["Управление образованием Качканарского городского округа", "Свердловская область", "Качканарский городской округ"],
    ["БОУ ДПО «Институт развития образования Омской области»", "Омская область", null],
    ["Департамент образования Администрации города Омска", "Омская область", "г. Омск"],
    ["Управление образования Омского муниципального района Омской области", "Омская область", "Омский муниципальный район"],
    ["Комитет по образованию Таврического района", "Омская область", "Таврический муниципальный район"],
    ["Министерство образования и молодежной политики Свердловской области", "Свердловская область", null],
    ["Министерство просвещения Российской Федерации", null, null],
  ])("%s → %s, %s", async (issuer, region, municipality) => {
    const territory = await resolveTerritory(t.db, issuer);
    expect([territory.regionName, territory.municipalityName]).toEqual([region, municipality]);
  });

  it("fills in plans saved before territories existed, without touching their version", async () => {
    const id = planIds.get(OKONESHNIKOVO)!;
    await t.db.plan.update({ where: { id }, data: { regionId: null, municipalityId: null } });
    const before = await t.db.plan.findUniqueOrThrow({ where: { id } });
    expect(await resolveMissingTerritories(t.db)).toBe(1);
    const after = await t.db.plan.findUniqueOrThrow({ where: { id } });
    expect(after.municipalityId).toBe(await municipalityId("Оконешниковский муниципальный район"));
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await resolveMissingTerritories(t.db)).toBe(0);
  });
});

describe("what a teacher is shown", () => {
  it("Upcoming lists the region's and their own district's measures, not another district's or region's", async () => {
    const plansInUpcoming = async (u: FakeUser) => {
      const person = await memberOf(t.db, (await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(u.id) } })).id);
      const { items } = await listUpcoming(t.db, { person, now: clock.now(), zone: "Asia/Omsk", filter: { range: "all", kind: null }, skip: 0, take: 1000 });
      const measures = await t.db.measure.findMany({ where: { id: { in: items.map((item) => item.id) } }, select: { planId: true } });
      return { total: items.length, plans: new Set(measures.map((m) => [...planIds].find(([, id]) => id === m.planId)![0])) };
    };
    const tavrichesky = await teacherOf("Таврический муниципальный район");
    const okoneshnikovo = await teacherOf("Оконешниковский муниципальный район", "en");
    const kachkanar = await teacherOf("Качканарский городской округ");
    const seen = await plansInUpcoming(tavrichesky);
    expect(seen.plans).toEqual(new Set([OMSK_2020]));
    expect((await plansInUpcoming(okoneshnikovo)).plans).toEqual(new Set([OMSK_2020, OKONESHNIKOVO]));
    expect((await plansInUpcoming(kachkanar)).plans).toEqual(new Set([KACHKANAR]));

    // The same through the bot, in both languages.
    await tavrichesky.send("/menu");
    await tavrichesky.press("📅 Ближайшие события");
    expect(tavrichesky.lastMessage().text).toContain(`Ближайшее для вас: ${seen.total}`);
    const okoneshnikovoContest = await measureTitle(OKONESHNIKOVO, "2.12"); // November: "Молодой педагог + наставник = Команда"
    await okoneshnikovo.send("/menu");
    await okoneshnikovo.press("📅 Upcoming events");
    await okoneshnikovo.press("Contests");
    expect(okoneshnikovo.lastMessage().text).toContain(okoneshnikovoContest.slice(0, 40));
    await tavrichesky.press("Конкурсы");
    expect(tavrichesky.lastMessage().text).not.toContain(okoneshnikovoContest.slice(0, 40));
  });

  it("the plan list shows a teacher their region's and district's plans, with the territory on the plan's card; staff see every plan", async () => {
    const tavrichesky = await teacherOf("Таврический муниципальный район");
    await tavrichesky.send("/menu");
    await tavrichesky.press("📋 Планы");
    const list = tavrichesky.lastMessage().text;
    expect(list).toContain("📋 Планы (1)");
    expect(list).not.toContain("Качканар");

    const local = await teacherOf("Оконешниковский муниципальный район", "en");
    await local.send("/menu");
    await local.press("📋 Plans");
    expect(local.lastMessage().text).toContain("📋 Plans (2)");
    await local.press(/^2\. /);
    expect(local.lastMessage().text).toContain("🗺 Territory: Омская область");

    const kachkanarTeacher = await teacherOf("Качканарский городской округ");
    await kachkanarTeacher.send("/menu");
    await kachkanarTeacher.press("📋 Планы");
    expect(kachkanarTeacher.lastMessage().text).toContain("📋 Планы (1)");
    await kachkanarTeacher.press(/^1\. /);
    expect(kachkanarTeacher.lastMessage().text).toContain("🗺 Территория: Качканарский городской округ (Свердловская область)");

    const methodologist = await teacherOf("Таврический муниципальный район", "ru", "methodologist");
    await methodologist.send("/menu");
    await methodologist.press("📋 Планы");
    expect(methodologist.lastMessage().text).toContain("📋 Планы (3)");
  });

  it("a plan whose issuer names no known place is shown to everyone, and its card says so", async () => {
    const text = fixture(OMSK_2020).toString("utf8").replace("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОМСКОЙ ОБЛАСТИ", "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ");
    const parsed = await readPlanDocument(new TextEncoder().encode(text), "federal.txt");
    const { planId } = await savePlan(t.db, parsed, { sourceName: "federal.txt", importedById: null, at: clock.now() });
    expect(await t.db.plan.findUniqueOrThrow({ where: { id: planId }, select: { regionId: true, municipalityId: true } })).toEqual({ regionId: null, municipalityId: null });

    const kachkanarTeacher = await teacherOf("Качканарский городской округ", "en");
    await kachkanarTeacher.send("/menu");
    await kachkanarTeacher.press("📋 Plans");
    expect(kachkanarTeacher.lastMessage().text).toContain("📋 Plans (2)");
    await kachkanarTeacher.press(/^1\. /);
    expect(kachkanarTeacher.lastMessage().text).toContain("🗺 Territory unknown: the plan is shown to everyone");
  });
});

describe("the import preview", () => {
  it("names the territory before Save, in both languages, and says when it cannot", async () => {
    const ru = await teacherOf("Оконешниковский муниципальный район", "ru", "methodologist");
    await ru.sendDocument({ fileName: OKONESHNIKOVO, content: fixture(OKONESHNIKOVO), mimeType: "text/plain" });
    expect(ru.lastMessage().text).toContain("🗺 Территория: Оконешниковский муниципальный район (Омская область)");

    const en = await teacherOf("г. Омск", "en", "methodologist");
    await en.sendDocument({ fileName: KACHKANAR, content: fixture(KACHKANAR), mimeType: "text/plain" });
    expect(en.lastMessage().text).toContain("🗺 Territory: Качканарский городской округ (Свердловская область)");

    const unknown = fixture(OMSK_2020).toString("utf8").replace("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОМСКОЙ ОБЛАСТИ", "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ");
    await ru.sendDocument({ fileName: "unknown.txt", content: unknown, mimeType: "text/plain" });
    expect(ru.lastMessage().text).toContain("🗺 Территория не определена: в названии издателя («Федеральная служба по надзору») нет района или области из справочника");
    expect(ru.lastMessage().text).toContain("После сохранения план увидят все учителя");
  });
});
