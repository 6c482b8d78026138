// Plans saved as CSV: by Excel in Russian (Windows-1251, ";"), by other programs (UTF-8, "," or
// tabs), with fields quoted as RFC 4180 says.
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parsePlan, readPlanDocument, type ParsedPlan } from "../../../../src/features/plans/parser/index.ts";
import { planReading as reading } from "../support/reading.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/plans/${name}`, import.meta.url));

const measures = (plan: ParsedPlan) => plan.measures.map(({ number, title, schedule, executors }) => ({ number, title, schedule, executors }));

const PLAN = [
  { number: "1", title: "Семинар «Функциональная грамотность: читаем, считаем, рассуждаем»", schedule: "март 2026 г.", executors: ["ИМЦ"] },
  { number: "2", title: "Конкурс «Учитель года» (муниципальный этап)", schedule: "январь – февраль 2026 г.", executors: ["Управление образования", "ИМЦ"] },
];

describe("a CSV file reads as the plan it holds", () => {
  it("omsk-region-2020-plan-1620.csv, as Excel in Russian saves it, reads as the text of the same plan", async () => {
    const plan = await readPlanDocument(fixture("omsk-region-2020-plan-1620.csv"), "plan.csv");
    expect(reading(plan)).toEqual(reading(parsePlan(fixture("omsk-region-2020-plan-1620.txt").toString("utf8"))));
  });

  it("commas, quoted fields holding commas, doubled quotes and a line break, UTF-8 with a BOM", async () => {
    const csv = [
      "План мероприятий на 2026 год,,,",
      "№ п/п,Мероприятие,Срок,Ответственный",
      '1,"Семинар ""Функциональная грамотность: читаем, считаем, рассуждаем""",март 2026 г.,ИМЦ',
      '2,"Конкурс ""Учитель года""',
      '(муниципальный этап)",январь – февраль 2026 г.,"Управление образования, ИМЦ"',
    ].join("\r\n");
    const plan = await readPlanDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), "plan.csv");
    expect(plan.plan.title).toBe("План мероприятий на 2026 год");
    expect(measures(plan)).toEqual(PLAN);
  });

  it("semicolons in Windows-1251, and tabs, tell themselves apart from commas inside the text", async () => {
    const rows = [
      ["№ п/п", "Мероприятие", "Срок", "Ответственный"],
      ["1", "Семинар «Функциональная грамотность: читаем, считаем, рассуждаем»", "март 2026 г.", "ИМЦ"],
      ["2", "Конкурс «Учитель года» (муниципальный этап)", "январь – февраль 2026 г.", "Управление образования, ИМЦ"],
    ];
    const semicolons = iconv.encode(rows.map((row) => row.join(";")).join("\n"), "win1251");
    expect(measures(await readPlanDocument(semicolons, "plan.csv"))).toEqual(PLAN);
    const tabs = Buffer.from(rows.map((row) => row.join("\t")).join("\n"));
    expect(measures(await readPlanDocument(tabs, "plan.csv"))).toEqual(PLAN);
  });

  it("a CSV sent under another name is still read, by its content", async () => {
    const csv = ["№ п/п;Мероприятие;Срок;Ответственный", "1;Семинар для учителей математики;декабрь 2025 г.;ИРО"].join("\n");
    const plan = await readPlanDocument(Buffer.from(csv), "план.txt");
    expect(measures(plan)).toEqual([{ number: "1", title: "Семинар для учителей математики", schedule: "декабрь 2025 г.", executors: ["ИРО"] }]);
  });
});
