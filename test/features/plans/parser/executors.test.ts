// Executor cells as municipal plans write them: co-executors after "/", persons with their posts,
// groups of people, abbreviations the plan defines, "(по согласованию)".
import { describe, expect, it } from "vitest";
import { executorResolver, splitExecutorCell } from "../../../../src/features/plans/parser/executors.ts";

const UO = "Управление образования администрации Шарыповского муниципального округа";
const IMC = "Информационно-методический центр";
const OO = "Общеобразовательные организации округа";
const CNPPM = "ГАУ ДПО «Центр непрерывного повышения профессионального мастерства педагогических работников»";

// Every executor cell of one plan: the first defines the abbreviations, and "ДОО", "ОО", "ИМЦ",
// "Петрова А.С." also stand alone, so the resolver knows them as bodies of their own.
const PLAN_CELLS = [
  "Управление образования администрации Шарыповского муниципального округа (далее – УО), муниципальное казённое учреждение «Информационно-методический центр» (далее – ИМЦ), общеобразовательные организации округа (далее – ОО)",
  "ИМЦ",
  "ДОО",
  "ОО",
  "Петрова А.С.",
  "МБОУ «СОШ № 2»",
  "ГАУ ДПО «Центр непрерывного повышения профессионального мастерства педагогических работников» (ЦНППМ)",
  "УО / ИМЦ, ОО (по согласованию)",
  "ДОО/ОО",
  "ИМЦ ДОО",
  "Учителя-логопеды ДОО",
  "Заместители директоров по УМР ОО",
  "руководители ШМО",
  "Заместитель директора по УМР Петрова А.С.",
  "Иванов И.И. – методист ИМЦ",
];
const inPlan = executorResolver(PLAN_CELLS);
const alone = (cell: string) => executorResolver([cell])([cell]);

describe("«/» between the responsible executor and co-executors", () => {
  it("splits them, the responsible one first, with or without spaces", () => {
    expect(splitExecutorCell("ИРООО / МОУО, ОО")).toEqual(["ИРООО", "МОУО", "ОО"]);
    expect(splitExecutorCell("ДОО/ОО")).toEqual(["ДОО", "ОО"]);
    expect(splitExecutorCell("ИМЦ / руководители ОО")).toEqual(["ИМЦ", "руководители ОО"]);
    expect(inPlan(["УО / ИМЦ, ОО (по согласованию)"])).toEqual([UO, IMC, `${OO} (по согласованию)`]);
  });

  it("splits after a group or a person too, where spaces set it apart", () => {
    expect(inPlan(["Лапина Е.Г., руководитель РМО учителей математики / ИМЦ"])).toEqual(["Лапина Е.Г., руководитель РМО учителей математики", IMC]);
    expect(inPlan(["Руководители РМО / ОО"])).toEqual(["Руководители РМО", OO]);
    expect(alone("руководители ОО / педагоги-наставники")).toEqual(["Руководители ОО", "Педагоги-наставники"]);
  });

  it("does not split inside quotes or brackets, or between numbers", () => {
    expect(alone("МБОУ «СОШ № 1 / филиал»")).toEqual(["МБОУ «СОШ № 1 / филиал»"]);
    expect(alone("ИМЦ (отдел общего / дошкольного образования)")).toEqual(["ИМЦ (отдел общего / дошкольного образования)"]);
    expect(alone("МБОУ СОШ № 1/2")).toEqual(["МБОУ СОШ № 1/2"]);
  });

  it("written without spaces inside a group of people, joins alternatives", () => {
    expect(alone("заместители директоров по УВР/УМР")).toEqual(["Заместители директоров по УВР/УМР"]);
    expect(inPlan(["Учителя-логопеды ДОО/ОО"])).toEqual(["Учителя-логопеды ДОО/ОО"]);
    expect(alone("руководители ШМО/РМО")).toEqual(["Руководители ШМО/РМО"]);
  });
});

describe("a person and their post", () => {
  it("stay one executor, the post after a comma or a dash, or before the name", () => {
    expect(alone("Петрова А.С., заместитель директора")).toEqual(["Петрова А.С., заместитель директора"]);
    expect(alone("Кузнецова Е.В., учитель-логопед МБДОУ «Детский сад № 5»")).toEqual(["Кузнецова Е.В., учитель-логопед МБДОУ «Детский сад № 5»"]);
    expect(alone("Иванова О.П., ведущий специалист УО")).toEqual(["Иванова О.П., ведущий специалист УО"]);
    expect(alone("Гончарова М.В., проректор по научно-методической работе ИРО")).toEqual(["Гончарова М.В., проректор по научно-методической работе ИРО"]);
    expect(alone("заместитель директора по УМР Петрова А.С.")).toEqual(["Заместитель директора по УМР Петрова А.С."]);
  });

  it("stay one where the plan knows the person or the body on their own", () => {
    expect(inPlan(["Заместитель директора по УМР Петрова А.С."])).toEqual(["Заместитель директора по УМР Петрова А.С."]);
    expect(inPlan(["Иванов И.И. – методист ИМЦ"])).toEqual(["Иванов И.И. – методист ИМЦ"]);
  });

  it("several people are several executors", () => {
    expect(alone("Петрова А.С., заместитель директора; Сидоров В.В., методист")).toEqual(["Петрова А.С., заместитель директора", "Сидоров В.В., методист"]);
    expect(alone("Петрова А.С., Сидоров В.В.")).toEqual(["Петрова А.С.", "Сидоров В.В."]);
    expect(inPlan(["ИМЦ, Петрова А.С."])).toEqual([IMC, "Петрова А.С."]);
  });

  it("a group after a person is not the person's post", () => {
    expect(alone("Петрова А.С., руководители ШМО")).toEqual(["Петрова А.С.", "Руководители ШМО"]);
  });
});

describe("group names", () => {
  it("stay whole though an abbreviation inside them is an executor of its own elsewhere in the plan", () => {
    expect(inPlan(["Учителя-логопеды ДОО"])).toEqual(["Учителя-логопеды ДОО"]);
    expect(inPlan(["Заместители директоров по УМР ОО"])).toEqual(["Заместители директоров по УМР ОО"]);
    expect(inPlan(["педагоги-психологи ОО, ИМЦ"])).toEqual(["Педагоги-психологи ОО", IMC]);
    expect(inPlan(["Администрация ОО"])).toEqual(["Администрация ОО"]);
  });

  it("bodies whose lines were joined without a comma still split, before a group too", () => {
    expect(inPlan(["ИМЦ ДОО"])).toEqual([IMC, "ДОО"]);
    expect(inPlan(["ИМЦ Учителя-логопеды ДОО"])).toEqual([IMC, "Учителя-логопеды ДОО"]);
    expect(inPlan(["МБОУ «СОШ № 2» ИМЦ"])).toEqual(["МБОУ «СОШ № 2»", IMC]);
  });

  it("a quoted name stays with the legal form before it, though the plan names it alone", () => {
    const resolve = executorResolver(["«Точка роста»", "МБОУ «Точка роста»"]);
    expect(resolve(["МБОУ «Точка роста»"])).toEqual(["МБОУ «Точка роста»"]);
  });
});

describe("«(по согласованию)»", () => {
  it("stays after bodies, groups and persons", () => {
    expect(inPlan(["ОО (по согласованию)"])).toEqual([`${OO} (по согласованию)`]);
    expect(alone("руководители ОО (по согласованию)")).toEqual(["Руководители ОО (по согласованию)"]);
    expect(alone("Петрова А.С., методист ИМЦ (по согласованию)")).toEqual(["Петрова А.С., методист ИМЦ (по согласованию)"]);
    expect(alone("ИМЦ, педагоги-наставники, (по согласованию)")).toEqual(["ИМЦ", "Педагоги-наставники (по согласованию)"]);
  });

  it("on a line of its own, after a page break, still belongs to the last executor", () => {
    expect(inPlan(["ИМЦ / ОО", "(по согласованию)"])).toEqual([IMC, `${OO} (по согласованию)`]);
  });
});

describe("abbreviations", () => {
  it("a name with its abbreviation in brackets defines it, as «(далее – …)» does", () => {
    expect(inPlan(["ЦНППМ / ИМЦ, педагоги-наставники"])).toEqual([CNPPM, IMC, "Педагоги-наставники"]);
    expect(alone("«Центр непрерывного повышения профессионального мастерства педагогических работников» (ЦНППМ)")).toEqual([
      "Центр непрерывного повышения профессионального мастерства педагогических работников",
    ]);
  });

  it("an abbreviation in brackets that is not the name's initials defines nothing", () => {
    const resolve = executorResolver(["руководители ОО (ШМО)", "ШМО"]);
    expect(resolve(["ШМО"])).toEqual(["ШМО"]);
    expect(resolve(["руководители ОО (ШМО)"])).toEqual(["Руководители ОО (ШМО)"]);
  });

  it("an abbreviation with words after it is one executor, as written", () => {
    expect(inPlan(["ОО района"])).toEqual(["ОО района"]);
  });
});
