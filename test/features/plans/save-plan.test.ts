import { sharedI18n } from "../../../src/i18n/index.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planIdentity, savePlan, sectionTitle, splitExecutor } from "../../../src/features/plans/save-plan.ts";
import { previewPlanUpdate } from "../../../src/features/plans/plan-changes.ts";
import type { ParsedMeasure, ParsedPlan } from "../../../src/features/plans/parser/types.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const measure = (number: string, overrides: Partial<ParsedMeasure> = {}): ParsedMeasure => ({
  number,
  section: "1",
  title: `Мероприятие ${number}`,
  executors: ["Институт развития образования Омской области", "МОУО (по согласованию)"],
  schedule: "Декабрь",
  dates: [{ start: "2020-12-01", end: "2020-12-31" }],
  recurrence: null,
  result: null,
  kind: "seminar",
  areas: ["methodological"],
  form: null,
  audience: null,
  documentKind: null,
  ...overrides,
});

const plan = (measures: ParsedMeasure[], header: Partial<ParsedPlan["plan"]> = {}): ParsedPlan => ({
  plan: { title: "План", issuer: "Министерство образования Омской области", number: "1620", date: "2020-06-26", period: null, ...header },
  sections: [{ number: "1", title: "Организационно-методическое сопровождение" }],
  measures,
  obligations: [],
  warnings: [],
});

const opts = () => ({ sourceName: "plan.txt", importedById: null, at: new Date() });
const snapshot = async (planId: number) =>
  t.db.measure.findMany({ where: { planId }, orderBy: { id: "asc" }, include: { executors: true, dates: true, areas: true } });

describe("saving a plan", () => {
  it("stores measures with executors (one organisation per body), dates and areas", async () => {
    const { planId, report } = await savePlan(t.db, plan([measure("1.1"), measure("1.2", { executors: ["МОУО"] })]), opts());
    expect(report).toEqual({ created: 2, updated: 0, unchanged: 0, removed: 0 });
    const rows = await snapshot(planId);
    expect(rows.map((row) => row.number)).toEqual(["1.1", "1.2"]);
    expect(rows[0]!.executors.map((e) => e.byAgreement)).toEqual([false, true]);
    expect(rows[0]!.dates[0]!.start.toISOString()).toBe("2020-12-01T00:00:00.000Z");
    expect(await t.db.organisation.count({ where: { name: "МОУО" } })).toBe(1);
  });

  it("keeps the period, the form, audience and document columns, and the order's obligations after the table's measures", async () => {
    const parsed = {
      ...plan([measure("5.1", { form: "вебинар", audience: "молодые педагоги", documentKind: "справка" })], { number: "55", period: { start: "2025-09-01", end: "2026-08-31" } }),
      obligations: [measure("П3", { section: null, title: "Представить информацию", kind: "report", dates: [{ start: "2025-12-20", end: "2025-12-20" }] })],
    };
    const { planId, report } = await savePlan(t.db, parsed, opts());
    expect(report.created).toBe(2);
    expect(await t.db.plan.findUniqueOrThrow({ where: { id: planId }, select: { periodStart: true, periodEnd: true } })).toEqual({ periodStart: "2025-09-01", periodEnd: "2026-08-31" });
    const rows = await snapshot(planId);
    expect(rows.map((row) => [row.number, row.source, row.form, row.audience, row.documentKind])).toEqual([
      ["5.1", "table", "вебинар", "молодые педагоги", "справка"],
      ["П3", "order", null, null, null],
    ]);
    expect(rows[1]!.dates.map((d) => d.end.toISOString())).toEqual(["2025-12-20T00:00:00.000Z"]);
    // Browsed as a section of their own, after the table's.
    expect(rows.map((row) => row.sectionNumber)).toEqual(["1", "П"]);
    expect((await t.db.planSection.findMany({ where: { planId }, orderBy: { id: "asc" } })).map((section) => section.number)).toEqual(["1", "П"]);
    expect((await savePlan(t.db, parsed, opts())).report).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
  });

  it("an archived plan sent again is current again, and the preview says so first", async () => {
    const parsed = plan([measure("6.1")], { number: "66" });
    const { planId } = await savePlan(t.db, parsed, opts());
    await t.db.plan.update({ where: { id: planId }, data: { archivedAt: new Date() } });
    expect((await previewPlanUpdate(t.db, parsed))?.archived).toBe(true);
    await savePlan(t.db, parsed, opts());
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: planId } })).archivedAt).toBeNull();
    expect((await previewPlanUpdate(t.db, parsed))?.archived).toBe(false);
  });

  it("re-importing the same plan writes nothing and reports all unchanged", async () => {
    const parsed = plan([measure("2.1"), measure("2.2")], { number: "77" });
    const first = await savePlan(t.db, parsed, opts());
    const before = await snapshot(first.planId);
    const second = await savePlan(t.db, parsed, opts());
    expect(second.planId).toBe(first.planId);
    expect(second.report).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await snapshot(second.planId)).toEqual(before);
    expect(await t.db.plan.count({ where: { number: "77" } })).toBe(1);
  });

  it("an edited copy reports exactly the edits, archives what vanished and revives it when it returns", async () => {
    const original = plan([measure("3.1"), measure("3.2"), measure("3.3")], { number: "88" });
    const { planId } = await savePlan(t.db, original, opts());
    const ids = (await snapshot(planId)).map((row) => row.id);
    const edited = plan([measure("3.1"), measure("3.2", { schedule: "Март", dates: [{ start: "2021-03-01", end: "2021-03-31" }] }), measure("3.4")], { number: "88" });
    const result = await savePlan(t.db, edited, opts());
    expect(result.report).toEqual({ created: 1, updated: 1, unchanged: 1, removed: 1 });
    expect(result.removedNumbers).toEqual(["3.3"]);
    const rows = await snapshot(planId);
    expect(rows.slice(0, 3).map((row) => row.id)).toEqual(ids);
    expect(rows.find((row) => row.number === "3.3")?.archivedAt).toBeInstanceOf(Date);
    expect(rows.find((row) => row.number === "3.2")?.dates.map((d) => d.start.toISOString())).toEqual(["2021-03-01T00:00:00.000Z"]);

    const back = await savePlan(t.db, original, opts());
    expect(back.report).toEqual({ created: 0, updated: 2, unchanged: 1, removed: 1 });
    expect((await snapshot(planId)).find((row) => row.number === "3.3")?.archivedAt).toBeNull();
  });

  it("keeps repeated numbers apart instead of failing", async () => {
    const { planId, report } = await savePlan(t.db, plan([measure("4.1"), measure("4.1", { title: "Другое" })], { number: "99" }), opts());
    expect(report.created).toBe(2);
    expect((await snapshot(planId)).map((row) => row.number)).toEqual(["4.1", "4.1#2"]);
  });

  it("identifies a plan by issuer, number and date, or by title when those are missing", () => {
    expect(planIdentity({ title: "A", issuer: "Минобр", number: "1", date: "2020-01-01" })).toBe(planIdentity({ title: "B", issuer: "минобр ", number: "1", date: "2020-01-01" }));
    expect(planIdentity({ title: "План  работы", issuer: "Управление", number: null, date: null })).toBe(planIdentity({ title: "план работы", issuer: "управление", number: null, date: null }));
    expect(planIdentity({ title: "План работы", issuer: "Район А", number: null, date: null })).not.toBe(planIdentity({ title: "План работы", issuer: "Район Б", number: null, date: null }));
    expect(splitExecutor("ОО (по согласованию)")).toEqual({ name: "ОО", byAgreement: true });
  });
});

describe("the order's own section", () => {
  it("reads in the person's language; the plan's sections as the plan writes them", () => {
    const i18n = sharedI18n();
    const order = { number: "П", title: "Сроки из текста приказа" };
    expect(sectionTitle((key) => i18n.t("en", key), order)).toBe("Deadlines from the order's text");
    expect(sectionTitle((key) => i18n.t("ru", key), order)).toBe("Сроки из текста приказа");
    expect(sectionTitle((key) => i18n.t("en", key), { number: "II", title: "Работа с молодыми педагогами" })).toBe("Работа с молодыми педагогами");
  });
});
