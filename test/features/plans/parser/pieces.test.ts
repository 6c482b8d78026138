// The parser's parts on their own: HTML to text, executors, numbering, kinds, text clean-up.
import { describe, expect, it } from "vitest";
import { competencyAreas, measureKind } from "../../../../src/features/plans/parser/classify.ts";
import { canonicalName, executorResolver, splitExecutorCell } from "../../../../src/features/plans/parser/executors.ts";
import { htmlToPlanText } from "../../../../src/features/plans/parser/html-text.ts";
import { assumedNumbers, numberingWarnings } from "../../../../src/features/plans/parser/numbering.ts";
import { cleanText, fusedTextBoundary } from "../../../../src/features/plans/parser/text.ts";

describe("htmlToPlanText", () => {
  it("a paragraph a line, a row a line of tab-separated cells, blank lines around a table", () => {
    const html =
      "<p>ПЛАН</p><p></p><table><tr><td><p>№</p></td><td><p>Мероприятие</p></td></tr>" +
      "<tr><td><p>1</p></td><td><p>Первый &laquo;абзац&raquo;</p><p>второй <strong>абзац</strong></p></td></tr></table><p>Подпись</p>";
    expect(htmlToPlanText(html)).toBe(["ПЛАН", "", "", "№\tМероприятие", "1\t<p>Первый «абзац»</p> <p>второй абзац</p>", "", "Подпись"].join("\n"));
  });

  it("pads merged cells so the columns stay in place", () => {
    const html =
      '<table><tr><td colspan="3"><p>1. Раздел</p></td></tr>' +
      '<tr><td rowspan="2"><p>1.1</p></td><td><p>а</p></td><td><p>б</p></td></tr>' +
      "<tr><td><p>в</p></td><td><p>г</p></td></tr></table>";
    expect(htmlToPlanText(html).split("\n")).toEqual(["", "1. Раздел\t\t", "1.1\tа\tб", "\tв\tг", ""]);
  });

  it("a table inside a cell adds its cells as paragraphs of that cell; tabs in text become spaces", () => {
    const html = "<table><tr><td><p>1</p></td><td><table><tr><td><p>вложенная</p></td><td><p>таблица</p></td></tr></table></td><td><p>a\tb</p></td></tr></table>";
    expect(htmlToPlanText(html).split("\n")).toEqual(["", "1\t<p>вложенная</p> <p>таблица</p>\ta b", ""]);
  });
});

describe("executors", () => {
  it("splits at commas, keeping a participle phrase and «(по согласованию)» with their body", () => {
    expect(splitExecutorCell("МОУО, общеобразовательные организации, расположенные на территории области, ИРО (по согласованию)")).toEqual([
      "МОУО",
      "общеобразовательные организации, расположенные на территории области",
      "ИРО (по согласованию)",
    ]);
    expect(splitExecutorCell("Минобр, подведомственные учреждения")).toEqual(["Минобр", "подведомственные учреждения"]);
    expect(splitExecutorCell("ИРО, (по согласованию)")).toEqual(["ИРО (по согласованию)"]);
  });

  it("splits after a definition, which closes a name", () => {
    expect(splitExecutorCell("на территории Омской области (далее – ОО) ИРООО, МОУО")).toEqual(["на территории Омской области (далее – ОО)", "ИРООО", "МОУО"]);
  });

  it("the canonical name: the quoted proper name after a spelled-out legal form; quoted abbreviations mended", () => {
    expect(canonicalName("бюджетное образовательное учреждение Омской области дополнительного профессионального образования «Институт развития образования Омской области»")).toBe(
      "Институт развития образования Омской области",
    );
    expect(canonicalName("МКУ «ЦФЭХИМОС О»")).toBe("МКУ «ЦФЭХИМОСО»");
    expect(canonicalName("муниципальные органы управления образованием")).toBe("Муниципальные органы управления образованием");
  });

  it("resolves abbreviations the plan defines anywhere, and bodies joined without commas", () => {
    const cells = ["Министерство образования (далее – Минобр), Управление (далее – УО)", "Минобр, УО (по согласованию)", "ГИМЦ", "Отдел кадров", "ГИМЦ Отдел кадров ГИМЦ"];
    const resolve = executorResolver(cells);
    expect(resolve(["Минобр, УО (по согласованию)"])).toEqual(["Министерство образования", "Управление (по согласованию)"]);
    expect(resolve(["ГИМЦ Отдел кадров ГИМЦ"])).toEqual(["ГИМЦ", "Отдел кадров"]);
    expect(resolve(["руководители ГИМЦ"])).toEqual(["Руководители ГИМЦ"]);
  });
});

describe("numbering", () => {
  it("assumes the number a non-number stands for only when its neighbours agree", () => {
    expect(assumedNumbers(["10", "И", "12"])).toEqual(["10", "11", "12"]);
    expect(assumedNumbers(["1.9", "l", "1.11"])).toEqual(["1.9", "1.10", "1.11"]);
    expect(assumedNumbers(["10", "И"])).toEqual(["10", "11"]);
    expect(assumedNumbers(["10", "И", "15"])).toEqual(["10", "И", "15"]);
    expect(assumedNumbers(["И", "2"])).toEqual(["И", "2"]);
  });

  it("accepts the next number, a deeper first one and a new section; flags gaps and repeats", () => {
    expect(numberingWarnings(["1", "1.1", "1.2", "2", "2.1", "3.1", "3.1.1", "4"])).toEqual([]);
    expect(numberingWarnings(["1.8", "2.1", "1.4", "1.6", "2.1"]).map((entry) => [entry.index, entry.warning.code, entry.warning.details])).toEqual([
      [2, "numbering-gap", { from: "2.1", to: "1.4" }],
      [3, "numbering-gap", { from: "1.4", to: "1.6" }],
      [4, "numbering-repeat", { number: "2.1" }],
    ]);
  });
});

describe("kind and areas", () => {
  it("the first activity word wins; quoted names and «в рамках …» frames do not count", () => {
    expect(measureKind("Проведение семинаров по подготовке к конкурсу")).toBe("seminar");
    expect(measureKind("Участие в конкурсе в рамках областного форума")).toBe("contest");
    expect(measureKind("Обучение по программе «Наставничество в школе»")).toBe("course");
    expect(measureKind("Организация КПК для учителей")).toBe("course");
    expect(measureKind("Практикум для молодых педагогов")).toBe("seminar");
    expect(measureKind("Анкетирование педагогов")).toBe("diagnostics");
    expect(measureKind("Независимая оценка профессиональных компетенций")).toBe("diagnostics");
    expect(measureKind("Стажировка на базе школы")).toBe("mentoring");
    expect(measureKind("Отчёт о реализации плана")).toBe("report");
    expect(measureKind("Педагогический марафон")).toBe("conference");
    expect(measureKind("Олимпиада для учителей")).toBe("contest");
    expect(measureKind("Заседание совета")).toBe("other");
  });

  it("areas from the title and the result, in the order of COMPETENCY_AREAS", () => {
    expect(competencyAreas("Развитие ИКТ-компетентности и коммуникативных навыков", "Рост психологической грамотности")).toEqual(["psychological", "communicative", "digital"]);
    expect(competencyAreas("Курсы по дистанционному обучению", null)).toEqual(["digital"]);
    expect(competencyAreas("Заседание совета", null)).toEqual([]);
  });
});

describe("text clean-up", () => {
  it("strips markup and bold marks, mends quotes, spaces and hyphens broken at line ends", () => {
    expect(cleanText("<b>**Учителей- предметников**</b> ,в  рамках&nbsp;конкурса \"Учитель года \" 2023годы")).toBe(
      "Учителей-предметников, в рамках конкурса «Учитель года» 2023 годы",
    );
  });

  it("finds where fused text starts again, skipping place names", () => {
    const text = "на территории Омской области реализуется Проведение семинаров";
    expect(text.slice(fusedTextBoundary(text))).toBe("Проведение семинаров");
    expect(fusedTextBoundary("всё в нижнем регистре")).toBe(-1);
  });
});
