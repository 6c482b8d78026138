// parsePlan on small documents made for one oddity each.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../../src/features/plans/parser/index.ts";

const doc = (...lines: string[]) => lines.join("\n");
const HEADER = "№ п/п\tМероприятие\tСрок\tОтветственный исполнитель";

describe("tables", () => {
  it("finds the columns whatever their order and header wording", () => {
    const plan = parsePlan(
      doc("Ответственные\tСроки проведения\tНаименование мероприятия\t№\tОжидаемый результат", "ИРО\tМарт 2025 года\tВебинар для учителей\t1\tУчителя знают"),
    );
    expect(plan.measures).toEqual([
      {
        number: "1",
        section: null,
        title: "Вебинар для учителей",
        executors: ["ИРО"],
        schedule: "Март 2025 года",
        dates: [{ start: "2025-03-01", end: "2025-03-31" }],
        recurrence: null,
        result: "Учителя знают",
        kind: "webinar",
        areas: [],
        form: null,
        audience: null,
        documentKind: null,
      },
    ]);
  });

  it("ends the table at a paragraph that is not a section title, ignoring later tables without a header", () => {
    const plan = parsePlan(doc(HEADER, "1\tСеминар\t2025 год\tИРО", "", "ЛИСТ СОГЛАСОВАНИЯ", "Должность\tПодпись\tДата", "2\tНе мероприятие\t\t"));
    expect(plan.measures.map((measure) => measure.number)).toEqual(["1"]);
    expect(plan.warnings).toEqual([]);
  });

  it("takes a numbered row with nothing but a title, in a plan numbered 1.1, 1.2, as a section", () => {
    const plan = parsePlan(doc(HEADER, "1.\tКурсы\t\t", "1.1\tКурсы повышения квалификации\t2025 год\tИРО", "2.\tКонкурсы\t\t", "2.1\tКонкурс «Учитель года»\t2025 год\tИРО"));
    expect(plan.sections).toEqual([
      { number: "1", title: "Курсы" },
      { number: "2", title: "Конкурсы" },
    ]);
    expect(plan.measures.map((measure) => [measure.number, measure.section])).toEqual([
      ["1.1", "1"],
      ["2.1", "2"],
    ]);
  });
});

describe("warnings", () => {
  it("a repeated number, an empty title and executor, a gap at a section change", () => {
    const plan = parsePlan(doc(HEADER, "1.1\tСеминар\t2025 год\tИРО", "1.1\t\t2025 год\t", "2.2\tКурсы\t2025 год\tИРО"));
    expect(plan.warnings).toEqual([
      { measure: "1.1", code: "numbering-repeat", details: { number: "1.1" } },
      { measure: "1.1", code: "empty-cell", details: { column: "title" } },
      { measure: "1.1", code: "empty-cell", details: { column: "executors" } },
      { measure: "2.2", code: "numbering-gap", details: { from: "1.1", to: "2.2" } },
    ]);
  });

  it("a row before any measure cannot be placed; a row with a long text for a number neither", () => {
    const plan = parsePlan(doc(HEADER, "\tпродолжение чего-то\t2025 год\tИРО", "1\tСеминар\t2025 год\tИРО", "Пункт второй\tКурсы\t2025 год\tИРО"));
    expect(plan.measures.map((measure) => measure.number)).toEqual(["1"]);
    expect(plan.warnings).toEqual([
      { measure: null, code: "row-unplaced", details: { line: "2", text: "продолжение чего-то | 2025 год | ИРО" } },
      { measure: null, code: "row-unplaced", details: { line: "4", text: "Пункт второй | Курсы | 2025 год | ИРО" } },
    ]);
  });

  it("a non-number it cannot take for one keeps its text", () => {
    const plan = parsePlan(doc(HEADER, "1\tСеминар\t2025 год\tИРО", "И\tКурсы\t2025 год\tИРО", "7\tКонкурс\t2025 год\tИРО"));
    expect(plan.measures.map((measure) => measure.number)).toEqual(["1", "И", "7"]);
    expect(plan.warnings).toEqual([
      { measure: "И", code: "number-not-numeric", details: { text: "И" } },
      { measure: "7", code: "numbering-gap", details: { from: "1", to: "7" } },
    ]);
  });
});

describe("header", () => {
  it("a school-year plan dates September in its first year and March in its second", () => {
    const plan = parsePlan(doc("ПЛАН МЕТОДИЧЕСКОЙ РАБОТЫ НА 2025/2026 УЧЕБНЫЙ ГОД", "", HEADER, "1\tСеминар\tсентябрь, март\tИРО"));
    expect(plan.plan).toEqual({ title: "План методической работы на 2025/2026 учебный год", issuer: null, number: null, date: null, period: { start: "2025-09-01", end: "2026-08-31" } });
    expect(plan.measures[0]!.dates).toEqual([
      { start: "2025-09-01", end: "2025-09-30" },
      { start: "2026-03-01", end: "2026-03-31" },
    ]);
  });

  it("without an attachment heading the title is the order's subject, its head noun made nominative", () => {
    const plan = parsePlan(doc("ПРИКАЗ", "", "от 01.02.2025 № 12-п", "", "«Об утверждении плана мероприятий на 2025 год»", "", HEADER, "1\tСеминар\tмарт\tИРО"));
    expect(plan.plan).toEqual({ title: "План мероприятий на 2025 год", issuer: null, number: "12-п", date: "2025-02-01", period: { start: "2025-01-01", end: "2025-12-31" } });
  });

  it("a plan without its order takes number and date from the attachment line", () => {
    const plan = parsePlan(doc("Приложение к приказу", "от 24.04.2018 № 1079", "", "ПЛАН", "работы на 2018 год", "", HEADER, "1\tСеминар\tмарт\tИРО"));
    expect(plan.plan).toEqual({ title: "План работы на 2018 год", issuer: null, number: "1079", date: "2018-04-24", period: { start: "2018-01-01", end: "2018-12-31" } });
  });
});
