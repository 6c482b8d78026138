// The four real plans in test/fixtures/plans: counts, numbering, the hard rows and the warnings.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../../src/features/plans/parser/index.ts";
import { measureOf, range, sectionNumbers, seedText } from "./seed-files.ts";

const d = (start: string, end = start) => ({ start, end });
const IROOO = "Институт развития образования Омской области";
const MINOBR = "Министерство образования Омской области";

describe("omsk-region-2020-plan-1620: page breaks, a fused section title, abbreviations", () => {
  const plan = parsePlan(seedText("omsk-region-2020-plan-1620"));

  it("reads the header, preferring the attachment's ПЛАН title to the order's subject", () => {
    expect(plan.plan).toEqual({
      title:
        "План по реализации стратегии поддержки общеобразовательных организаций, функционирующих в неблагоприятных социальных условиях, общеобразовательных организаций, показавших низкие образовательные результаты, на 2020 – 2024 годы",
      issuer: MINOBR,
      number: "1620",
      date: "2020-06-26",
      period: { start: "2020-01-01", end: "2024-12-31" },
    });
  });

  it("finds 22 measures in three sections, skipping five repeated header rows", () => {
    expect(plan.measures.map((measure) => measure.number)).toEqual(sectionNumbers({ 1: range(1, 8), 2: range(1, 5), 3: range(1, 9) }));
    expect(plan.sections).toEqual([
      { number: "1", title: "Организационно-методическое сопровождение" },
      { number: "2", title: "Информационно-аналитическая и научная работа / мониторинговые исследования" },
      { number: "3", title: "Сопровождение профессионального развития руководителей и педагогических работников системы образования" },
    ]);
    expect(plan.measures.map((measure) => measure.section)).toEqual([...Array(8).fill("1"), ...Array(5).fill("2"), ...Array(9).fill("3")]);
  });

  it("splits section 1's title off the cell of 1.1 and joins 1.1's executor cell continued on the next page", () => {
    expect(measureOf(plan, "1.1")).toMatchObject({
      title: "Организация деятельности региональных и муниципальных советов (команд) по управлению повышением качества общего образования",
      executors: [MINOBR, IROOO, "Муниципальные органы управления образованием", "Общеобразовательные организации, расположенные на территории Омской области"],
      schedule: "2020 – 2024 годы",
      dates: [d("2020-01-01", "2024-12-31")],
      recurrence: null,
      result: null,
    });
    expect(measureOf(plan, "1.2").executors).toEqual([
      IROOO,
      "Муниципальные органы управления образованием",
      "Общеобразовательные организации, расположенные на территории Омской области",
      "Образовательные организации высшего образования, расположенные на территории Омской области (по согласованию)",
    ]);
  });

  it("maps every abbreviation to the body the document defines", () => {
    expect(measureOf(plan, "2.1").executors).toEqual([
      MINOBR,
      IROOO,
      "Муниципальные органы управления образованием",
      "Общеобразовательные организации, расположенные на территории Омской области",
    ]);
    expect(measureOf(plan, "2.4").executors).toEqual([IROOO]);
  });

  it("joins continuation rows with an empty number and a title continued at the head of the next measure", () => {
    expect(measureOf(plan, "1.6").title).toBe(
      "Проведение в рамках Областного педагогического марафона конкурса ОО на лучшую программу / стратегию перевода школ, работающих в сложных условиях, и школ с низкими образовательными результатами в эффективный режим развития по повышению результативности подготовки обучающихся и качества образования",
    );
    expect(measureOf(plan, "3.3").title).toBe(
      "Отработка моделей наставничества, сетевого партнерства и взаимодействия в целях повышения эффективности деятельности школ, работающих в сложных условиях, и школ с низкими образовательными результатами (проведение открытых уроков и их взаимопосещение, демонстрация мастер-классов, лучших образовательных практик, обмен опытом, практическая и методическая помощь и др.)",
    );
    expect(measureOf(plan, "3.8").title).toMatch(/школ с низкими образовательными результатами в эффективный режим работы$/);
    expect(measureOf(plan, "3.9").title).toBe(
      "Финансовая поддержка ОО в виде грантов по результатам конкурса на лучшую программу / стратегию развития по повышению результативности подготовки обучающихся и качества образования",
    );
  });

  it("dates month ranges with their years and year spans", () => {
    expect(measureOf(plan, "1.5")).toMatchObject({
      schedule: "Октябрь – ноябрь 2020 года, октябрь – ноябрь 2022 года",
      dates: [d("2020-10-01", "2020-11-30"), d("2022-10-01", "2022-11-30")],
    });
    expect(measureOf(plan, "3.1").dates).toEqual([d("2021-01-01", "2024-12-31")]);
  });

  it("classifies by the first activity word, not the frame (в рамках марафона) or a later word", () => {
    expect(["1.6", "2.1", "2.3", "3.1", "3.3", "3.4", "2.5"].map((number) => measureOf(plan, number).kind)).toEqual([
      "contest",
      "report",
      "diagnostics",
      "course",
      "mentoring",
      "course",
      "other",
    ]);
    expect(measureOf(plan, "3.8").areas).toEqual(["subject", "methodological"]);
  });

  it("has nothing to warn about", () => {
    expect(plan.warnings).toEqual([]);
  });
});

describe("omsk-region-2018-plan-1079: flat numbering, <p> markup, a page break inside <p> cells", () => {
  const plan = parsePlan(seedText("omsk-region-2018-plan-1079"));

  it("reads the header; ПЛАН over three lines is the title", () => {
    expect(plan.plan).toEqual({
      title: "План реализации Стратегии профессиональной помощи и поддержки педагогов на период до 2020 года",
      issuer: MINOBR,
      number: "1079",
      date: "2018-04-24",
      period: { start: "2018-01-01", end: "2020-12-31" },
    });
  });

  it("finds 27 measures, no sections, whatever the column order (executors before schedule)", () => {
    expect(plan.measures.map((measure) => measure.number)).toEqual(range(1, 27).map(String));
    expect(plan.sections).toEqual([]);
    expect(plan.measures.every((measure) => measure.section === null)).toBe(true);
    expect(measureOf(plan, "4")).toMatchObject({ schedule: "2018 год", dates: [d("2018-01-01", "2018-12-31")], executors: [MINOBR] });
  });

  it("strips markup and moves a paragraph cut by a page break back to the measure it ends", () => {
    expect(measureOf(plan, "5").title).toBe("Разработка ДПП ПК с учетом актуального состояния качества образования региональной системы образования");
    expect(measureOf(plan, "6").title).toBe(
      "Осуществление мониторинга информации о результатах массовых оценок образовательных результатов, установление и анализ причин низких результатов",
    );
    expect(measureOf(plan, "20").title).toBe(
      "Разработка методических рекомендаций для подготовки типовых регламентов проведения диагностики (в том числе повторной) профессиональных компетенций педагогов",
    );
    expect(measureOf(plan, "21").title).toBe(
      "Разработка контрольно-измерительных материалов и процедуры выявления предметной компетентности учителей как входной диагностики в формате единых федеральных оценочных материалов",
    );
    expect(measureOf(plan, "7")).toMatchObject({
      title: "Разработка методических рекомендаций для подготовки типовых положений, обеспечивающих персонафикацию повышения квалификации",
      executors: [MINOBR, IROOO],
    });
  });

  it("resolves Минобр, ИРООО and МОУО to their definitions, keeping (по согласованию)", () => {
    expect(measureOf(plan, "1").executors).toEqual([MINOBR]);
    expect(measureOf(plan, "2").executors).toEqual([IROOO]);
    expect(measureOf(plan, "3").executors).toEqual(["Органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)"]);
    expect(measureOf(plan, "9").executors).toEqual(["Органы местного самоуправления, осуществляющие управление в сфере образования"]);
  });

  it("names the competency areas the words give", () => {
    expect(measureOf(plan, "10").areas).toEqual(["subject", "methodological", "psychological", "communicative"]);
    expect(measureOf(plan, "9").areas).toEqual([]);
    expect(["1", "6", "21", "25"].map((number) => measureOf(plan, number).kind)).toEqual(["course", "report", "diagnostics", "mentoring"]);
  });

  it("has nothing to warn about", () => {
    expect(plan.warnings).toEqual([]);
  });
});

describe("the orders' own deadlines", () => {
  it("reads the 1079 order's report due 20 June and 20 December, each year of the plan, as the institute's obligation", () => {
    const plan = parsePlan(seedText("omsk-region-2018-plan-1079"));
    expect(plan.obligations).toHaveLength(1);
    expect(plan.obligations[0]).toMatchObject({
      number: "П2.2",
      title: "Представление в Министерство образования Омской области информации о реализации мероприятий Плана",
      executors: [IROOO],
      kind: "report",
      dates: ["2018", "2019", "2020"].flatMap((year) => [d(`${year}-06-20`), d(`${year}-12-20`)]),
    });
  });

  it("finds none in orders whose paragraphs set no deadline", () => {
    for (const seed of ["omsk-region-2020-plan-1620", "okoneshnikovo-2021-order-209b", "kachkanar-2020-decree-451"] as const) {
      expect(parsePlan(seedText(seed)).obligations).toEqual([]);
    }
  });
});

describe("okoneshnikovo-2021-order-209b: schedules in words, gaps, a result column", () => {
  const plan = parsePlan(seedText("okoneshnikovo-2021-order-209b"));

  it("reads the header: bold issuer, «Б» in the number, a date with г.", () => {
    expect(plan.plan).toEqual({
      title:
        "План реализации Концептуальной модели профессионального развития, профессиональной компомощи и поддержки педагогических работников образовательных организаций Оконениковского муниципального района Омской области на период до 2024 года",
      issuer: "Управление образования Администрации Оконешниковского муниципального района Омской области",
      number: "209Б",
      date: "2021-09-16",
      period: { start: "2021-01-01", end: "2024-12-31" },
    });
  });

  it("finds 54 measures in 8 sections, one section set as a paragraph between rows", () => {
    expect(plan.measures.map((measure) => measure.number)).toEqual(
      sectionNumbers({
        1: [1, 2, 3, 4, 6, 7, 8],
        2: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14],
        3: range(1, 3),
        4: range(1, 3),
        5: range(1, 9),
        6: range(1, 4),
        7: range(1, 10),
        8: range(1, 5),
      }),
    );
    expect(plan.sections.map((section) => section.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(plan.sections[2]).toEqual({
      number: "3",
      title:
        "Проведение мероприятий, направленных на повышение мотивации педагогических работников на обновление профессиональных знаний, умений и навыков и использование передовых педагогических практик",
    });
    expect(measureOf(plan, "3.1").section).toBe("3");
  });

  it("gives a month with no year a span in each year of the plan (2021–2024)", () => {
    expect(measureOf(plan, "7.6")).toMatchObject({
      schedule: "октябрь, апрель",
      dates: [
        d("2021-04-01", "2021-04-30"),
        d("2021-10-01", "2021-10-31"),
        d("2022-04-01", "2022-04-30"),
        d("2022-10-01", "2022-10-31"),
        d("2023-04-01", "2023-04-30"),
        d("2023-10-01", "2023-10-31"),
        d("2024-04-01", "2024-04-30"),
        d("2024-10-01", "2024-10-31"),
      ],
    });
    const measure11 = measureOf(plan, "1.1");
    expect(measure11.schedule).toBe("Октябрь Декабрь Март Июнь");
    expect(measure11.dates).toHaveLength(16);
    expect(measure11.dates.slice(0, 4)).toEqual([d("2021-03-01", "2021-03-31"), d("2021-06-01", "2021-06-30"), d("2021-10-01", "2021-10-31"), d("2021-12-01", "2021-12-31")]);
    expect(measure11.dates.at(-1)).toEqual(d("2024-12-01", "2024-12-31"));
    expect(measureOf(plan, "2.2").dates).toEqual([d("2021-12-01", "2021-12-31"), d("2022-12-01", "2022-12-31"), d("2023-12-01", "2023-12-31"), d("2024-12-01", "2024-12-31")]);
  });

  it("reads month ranges however the dash is spaced", () => {
    expect(measureOf(plan, "1.2").dates[0]).toEqual(d("2021-06-01", "2021-07-31")); // "Июнь -июль"
    expect(measureOf(plan, "2.6").dates[3]).toEqual(d("2024-11-01", "2024-12-31")); // "Ноябрь– Декабрь"
    expect(measureOf(plan, "3.3").dates[1]).toEqual(d("2022-03-01", "2022-04-30")); // "Март – Апрель"
  });

  it("reads a month with its year in three spellings and a span in г.г.", () => {
    for (const number of ["3.1", "5.6", "5.9", "8.3"]) expect(measureOf(plan, number).dates).toEqual([d("2021-09-01", "2021-09-30")]);
    expect(["3.1", "5.6", "5.9", "8.3"].map((number) => measureOf(plan, number).schedule)).toEqual(["сентябрь 2021 года", "сентябрь 2021", "Сентябрь – 2021", "сентябрь 2021 г."]);
    expect(measureOf(plan, "6.1")).toMatchObject({ schedule: "2021-2022 г.г.", dates: [d("2021-01-01", "2022-12-31")] });
  });

  it("sets recurrences over the plan's period, one span per occurrence", () => {
    const years = [2021, 2022, 2023, 2024];
    const quarters = years.flatMap((year) => [d(`${year}-01-01`, `${year}-03-31`), d(`${year}-04-01`, `${year}-06-30`), d(`${year}-07-01`, `${year}-09-30`), d(`${year}-10-01`, `${year}-12-31`)]);
    expect(measureOf(plan, "1.3")).toMatchObject({ schedule: "еженедельное обновление", recurrence: "weekly", dates: [d("2021-01-01", "2024-12-31")] });
    expect(measureOf(plan, "1.8")).toMatchObject({ schedule: "1 раз в четверть", recurrence: "quarterly", dates: quarters });
    expect(measureOf(plan, "8.2")).toMatchObject({ schedule: "1 раз в квартал", recurrence: "quarterly", dates: quarters });
    expect(measureOf(plan, "6.2")).toMatchObject({ schedule: "2 раза в год", recurrence: "twice-yearly", dates: years.flatMap((year) => [d(`${year}-01-01`, `${year}-06-30`), d(`${year}-07-01`, `${year}-12-31`)]) });
  });

  it("splits executors joined without commas and mends broken quotes", () => {
    expect(measureOf(plan, "1.3").executors).toEqual(["Управление образования", "МКУ «ЦФЭХИМОСО»"]); // «ЦФЭХИМОС О »
    expect(measureOf(plan, "1.7").executors).toEqual(["Управление образования", "МКУ «ЦФЭХИМОСО»", "ОО"]);
    expect(measureOf(plan, "4.3").executors).toEqual(["МКУ «ЦФЭХИМОСО»", "Управление образования"]);
    expect(measureOf(plan, "2.12").executors).toEqual(["МКУ «ЦФЭХИМОСО»"]); // «ЦФЭХИМОСО »»
    expect(measureOf(plan, "7.9").executors).toEqual(["Управление образования", "Методическая служба"]);
  });

  it("joins result cells continued on rows with an empty number", () => {
    expect(measureOf(plan, "2.6").result).toBe(
      "Повышение эффективности системы управления образовательными организациями и содействия становлению современного образовательного менеджмента в районе.",
    );
    expect(measureOf(plan, "7.9").result).toBe(
      "профессиональное самоопределение школьников по выбору педагогических специальностей, качественное воспроизводство молодых кадров для сферы образования",
    );
  });

  it("classifies the kinds of measure", () => {
    const kinds = Object.fromEntries(["1.2", "1.6", "2.2", "2.13", "4.1", "5.3", "7.5", "8.2", "8.1"].map((number) => [number, measureOf(plan, number).kind]));
    expect(kinds).toEqual({
      "1.2": "conference",
      "1.6": "seminar",
      "2.2": "contest",
      "2.13": "contest",
      "4.1": "webinar",
      "5.3": "course",
      "7.5": "mentoring",
      "8.2": "report",
      "8.1": "other",
    });
    expect(measureOf(plan, "5.4").areas).toEqual(["subject", "methodological", "psychological"]);
  });

  it("warns of the gaps and the empty schedule, and says why each undated schedule has no dates", () => {
    const undated = (measure: string, text: string, reason: string) => ({ measure, code: "schedule-undated", details: { reason, text } });
    expect(plan.warnings).toEqual([
      { measure: "1.4", code: "empty-cell", details: { column: "schedule" } },
      { measure: "1.6", code: "numbering-gap", details: { from: "1.4", to: "1.6" } },
      undated("1.6", "согласно плана", "by-plan"),
      undated("1.7", "в соответствии с планом", "by-plan"),
      undated("2.1", "в соответствии с планом", "by-plan"),
      { measure: "2.9", code: "numbering-gap", details: { from: "2.7", to: "2.9" } },
      undated("2.13", "по плану", "by-plan"),
      undated("2.14", "по плану", "by-plan"),
      undated("3.2", "постоянно", "ongoing"),
      undated("4.1", "по плану", "by-plan"),
      undated("4.2", "по плану", "by-plan"),
      undated("4.3", "постоянно", "ongoing"),
      undated("5.1", "по получению результатов процедур", "as-needed"),
      undated("5.2", "по плану ИРООО", "by-plan"),
      undated("5.3", "постоянно", "ongoing"),
      undated("5.4", "постоянно", "ongoing"),
      undated("5.5", "постоянно", "ongoing"),
      undated("5.7", "регулярно", "ongoing"),
      undated("5.8", "регулярно", "ongoing"),
      undated("6.3", "регулярно", "ongoing"),
      undated("6.4", "по плану", "by-plan"),
      undated("7.1", "постоянно", "ongoing"),
      undated("7.2", "по плану", "by-plan"),
      undated("7.5", "по плану", "by-plan"),
      undated("7.7", "по плану", "by-plan"),
      undated("7.9", "по плану", "by-plan"),
      undated("8.4", "по плану", "by-plan"),
    ]);
    expect(measureOf(plan, "5.1")).toMatchObject({ dates: [], recurrence: null });
  });
});

describe("kachkanar-2020-decree-451: unnumbered sections, «И» for 11, sub-rows", () => {
  const plan = parsePlan(seedText("kachkanar-2020-decree-451"));

  it("reads the header: the issuer in capitals gets the case the text gives its words", () => {
    expect(plan.plan).toEqual({
      title: "Комплекс мер, направленный на развитие системы профессионального мастерства педагогических и руководящих работников Качканарского городского округа на 2021-2023 годы",
      issuer: "Управление образованием Качканарского городского округа",
      number: "451",
      date: "2020-12-31",
      period: { start: "2021-01-01", end: "2023-12-31" },
    });
  });

  it("finds 31 measures; unnumbered sections are numbered in order", () => {
    expect(plan.measures.map((measure) => measure.number)).toEqual(range(1, 31).map(String));
    expect(plan.sections).toEqual([
      { number: "1", title: "Определение целей" },
      { number: "2", title: "Определение показателей сбора информации" },
      { number: "3", title: "Осуществление мониторинга" },
      { number: "4", title: "Принятие управленческих решений" },
      { number: "5", title: "Анализ эффективности принятых управленческих решений" },
    ]);
    expect(["3", "4", "11", "12", "19", "20", "27"].map((number) => measureOf(plan, number).section)).toEqual(["1", "2", "2", "3", "3", "4", "5"]);
  });

  it("takes «И» for 11, between 10 and 12, and warns", () => {
    expect(measureOf(plan, "11").title).toBe("Использование и представление опыта использования эффективных форм повышения квалификации на уровне ОО.");
    expect(plan.warnings).toEqual([{ measure: "11", code: "number-not-numeric", details: { text: "И" } }]);
  });

  it("gathers a measure's sub-rows, not repeating the schedule and executor printed on each", () => {
    expect(measureOf(plan, "17")).toMatchObject({
      title:
        "Подготовка адресных рекомендаций ГИМЦ РО: Утверждение положения о системе мониторинга качества повышения профессионального мастерства. Заключение Соглашения с ГАУДПОСО «Институт развития образования». Включение городских методических ассоциаций в работу регионального методического портала «Педсовет 66». Расширение «горизонтальной сети» повышения квалификации: 1) сетевое взаимодействие и Распространение педагогических и управленческих инноваций через систему семинаров, вебинаров и мастер-классов; 2) проведение заседаний муниципального методического совета, утверждение Программ повышения профессионального педагогического мастерства и Программ мониторинга.",
      schedule: "2021-2023",
      dates: [d("2021-01-01", "2023-12-31")],
      executors: ["ГИМЦ РО"],
    });
    expect(measureOf(plan, "19")).toMatchObject({
      schedule: "Декабрь каждого текущего года Август и корректировка в течении года В течении года 2021-2023",
      dates: [d("2021-01-01", "2023-12-31")],
      recurrence: "yearly",
      executors: ["ОО", "ГИМЦ РО"],
    });
    expect(measureOf(plan, "29").title).toBe(
      "Доля новых форм повышения Профессионального мастерства, Включенных в индивидуальные образовательные маршруты по дефицитам педагогов и управленцев.",
    );
  });

  it("dates a bare year, a span without «годы» and «Ежегодно»", () => {
    expect(measureOf(plan, "4")).toMatchObject({ schedule: "2021", dates: [d("2021-01-01", "2021-12-31")], executors: ["ОО", "Быкова Э.Я."] });
    expect(measureOf(plan, "13")).toMatchObject({ schedule: "Ежегодно", recurrence: "yearly", dates: [d("2021-01-01", "2021-12-31"), d("2022-01-01", "2022-12-31"), d("2023-01-01", "2023-12-31")] });
  });

  it("has no result column, so no result", () => {
    expect(plan.measures.every((measure) => measure.result === null)).toBe(true);
    expect(measureOf(plan, "27")).toMatchObject({ kind: "webinar", areas: ["digital"] });
  });
});

describe("across plans", () => {
  it("ИРООО is one organisation in both Omsk plans, though one defines it capitalised and one not", () => {
    const executors = (seed: "omsk-region-2018-plan-1079" | "omsk-region-2020-plan-1620") => new Set(parsePlan(seedText(seed)).measures.flatMap((measure) => measure.executors));
    const shared = [...executors("omsk-region-2018-plan-1079")].filter((name) => executors("omsk-region-2020-plan-1620").has(name));
    expect(shared.sort()).toEqual([IROOO, MINOBR]);
  });
});
