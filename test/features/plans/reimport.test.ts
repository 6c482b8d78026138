import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../../src/features/plans/parser/index.ts";
import { savePlan } from "../../../src/features/plans/save-plan.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { SEEDS, seedText } from "./parser/seed-files.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const opts = () => ({ sourceName: "seed.txt", importedById: null, at: new Date() });
const state = async () => ({
  plans: await t.db.plan.findMany({ orderBy: { id: "asc" }, select: { id: true, identityKey: true, title: true } }),
  measures: await t.db.measure.findMany({ orderBy: { id: "asc" }, include: { executors: true, dates: true, areas: true } }),
  organisations: await t.db.organisation.findMany({ orderBy: { id: "asc" } }),
});

describe("importing the real plans", () => {
  it("every seed imports with every measure present, and re-importing changes nothing", async () => {
    for (const seed of SEEDS) {
      const parsed = parsePlan(seedText(seed));
      const first = await savePlan(t.db, parsed, opts());
      expect(first.report).toEqual({ created: parsed.measures.length + parsed.obligations.length, updated: 0, unchanged: 0, removed: 0 });
    }
    expect(await t.db.plan.count()).toBe(4);
    const before = await state();
    for (const seed of SEEDS) {
      const parsed = parsePlan(seedText(seed));
      const again = await savePlan(t.db, parsed, opts());
      expect(again.report).toEqual({ created: 0, updated: 0, unchanged: parsed.measures.length + parsed.obligations.length, removed: 0 });
    }
    expect(await state()).toEqual(before);
  });

  it("the Omsk institute is one organisation across both Omsk plans", async () => {
    const institute = await t.db.organisation.findMany({ where: { name: { contains: "Институт развития образования Омской области" } } });
    expect(institute).toHaveLength(1);
    const plans = await t.db.measure.findMany({
      where: { executors: { some: { organisationId: institute[0]!.id } } },
      distinct: ["planId"],
      select: { planId: true },
    });
    expect(plans.length).toBeGreaterThanOrEqual(2);
  });

  it("an edited copy reports exactly the edits", async () => {
    const seed = "omsk-region-2020-plan-1620";
    const original = seedText(seed);
    const edited = original
      .replace("Создание и организация работы муниципальных ассоциаций руководителей ОО", "Создание и организация работы муниципальных ассоциаций директоров ОО")
      .split("\n")
      .filter((line) => !line.startsWith("1.4\t"))
      .join("\n");
    expect(edited).not.toBe(original);
    const result = await savePlan(t.db, parsePlan(edited), opts());
    const total = parsePlan(original).measures.length;
    expect(result.report).toEqual({ created: 0, updated: 1, unchanged: total - 2, removed: 1 });
    const order = await t.db.measure.findMany({ where: { planId: result.planId, archivedAt: null }, orderBy: { position: "asc" }, select: { number: true } });
    expect(order.map((row) => row.number).slice(0, 5)).toEqual(["1.1", "1.2", "1.3", "1.5", "1.6"]);
    expect(result.removedNumbers).toEqual(["1.4"]);
    expect(await t.db.plan.count()).toBe(4);
  });
});
