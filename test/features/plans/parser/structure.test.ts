// Table structure from the document: column-number rows, Roman and nested sections, no number column, extra columns.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../../src/features/plans/parser/index.ts";

const doc = (...lines: string[]) => lines.join("\n");
const numbersAndSections = (text: string) => parsePlan(text).measures.map((measure) => [measure.number, measure.section]);

describe("table structure", () => {
  it("skips the row of column numbers under the header and again after a page break", () => {
    const plan = parsePlan(
      doc(
        "№\tМероприятие\tСрок\tОтветственный",
        "1\t2\t3\t4",
        "1.\tСеминар для учителей начальных классов по формированию\tМарт 2025 г.\tИМЦ",
        "",
        "№\tМероприятие\tСрок\tОтветственный",
        "1\t2\t3\t4",
        "\tфункциональной грамотности\t\t",
        "2.\tВебинар\tАпрель 2025 г.\tИМЦ",
      ),
    );
    expect(plan.measures.map((measure) => [measure.number, measure.title])).toEqual([
      ["1", "Семинар для учителей начальных классов по формированию функциональной грамотности"],
      ["2", "Вебинар"],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads Roman sections with the title in the second cell, in the first cell or as a paragraph, and numbers restarted in each", () => {
    const text = doc(
      "№ п/п\tСодержание работы\tСроки\tИсполнители",
      "I.\tОрганизационная работа\t\t",
      "1.\tСовещание\tСентябрь 2025 г.\tУО",
      "2.\tСеминар\tОктябрь 2025 г.\tИМЦ",
      "II. Работа с кадрами\t\t\t",
      "1.\tКонкурс\tНоябрь 2025 г.\tИМЦ",
      "III. Методическая работа",
      "1\tВебинар\tДекабрь 2025 г.\tИМЦ",
    );
    expect(parsePlan(text).sections).toEqual([
      { number: "I", title: "Организационная работа" },
      { number: "II", title: "Работа с кадрами" },
      { number: "III", title: "Методическая работа" },
    ]);
    expect(numbersAndSections(text)).toEqual([
      ["I.1", "I"],
      ["I.2", "I"],
      ["II.1", "II"],
      ["III.1", "III"],
    ]);
  });

  it("keeps continuous numbers under Roman sections as they are", () => {
    const text = doc("№\tМероприятие\tСрок\tОтветственный", "I\tКурсы\t\t", "1\tКурсы ПК\t2025 год\tИРО", "II\tКонкурсы\t\t", "2\tКонкурс\t2025 год\tИРО");
    expect(numbersAndSections(text)).toEqual([
      ["1", "I"],
      ["2", "II"],
    ]);
  });

  it("takes a numbered title-only row whose next number extends it for a sub-section, and returns to the section after it", () => {
    const text = doc(
      "№\tМероприятие\tСрок\tОтветственный",
      "2.\tРабота с педагогическими кадрами\t\t",
      "2.1.\tРабота с молодыми педагогами\t\t",
      "2.1.1.\tШкола молодого учителя\tЕжемесячно\tИМЦ",
      "2.1.2\tКонкурс «Педагогический дебют»\tМарт 2026 г.\tИМЦ",
      "\t2.2. Работа с наставниками\t\t",
      "2.2.1\tСеминар наставников\tАпрель 2026 г.\tИМЦ",
      "2.3\tОтчёт\tМай 2026 г.\tИМЦ",
    );
    expect(parsePlan(text).sections).toEqual([
      { number: "2", title: "Работа с педагогическими кадрами" },
      { number: "2.1", title: "Работа с молодыми педагогами" },
      { number: "2.2", title: "Работа с наставниками" },
    ]);
    expect(numbersAndSections(text)).toEqual([
      ["2.1.1", "2.1"],
      ["2.1.2", "2.1"],
      ["2.2.1", "2.2"],
      ["2.3", "2"],
    ]);
  });

  it("numbers the measures of a table without a number column in order, says so, and takes title-only rows for sections", () => {
    const plan = parsePlan(
      doc(
        "Наименование мероприятия\tСроки проведения\tОтветственные",
        "Работа с молодыми педагогами\t\t",
        "Школа молодого учителя\tЕжемесячно\tИМЦ",
        "Конкурс «Педагогический дебют»\tМарт 2026 г.\tИМЦ",
        "",
        "Наименование мероприятия\tСроки проведения\tОтветственные",
        "по итогам года\t\t",
        "Аттестация\t\t",
        "Консультации по аттестации\tПо запросу\tИМЦ",
      ),
    );
    expect(plan.sections).toEqual([
      { number: "1", title: "Работа с молодыми педагогами" },
      { number: "2", title: "Аттестация" },
    ]);
    expect(plan.measures.map((measure) => [measure.number, measure.section, measure.title])).toEqual([
      ["1", "1", "Школа молодого учителя"],
      ["2", "1", "Конкурс «Педагогический дебют» по итогам года"],
      ["3", "2", "Консультации по аттестации"],
    ]);
    expect(plan.warnings[0]).toEqual({ measure: null, code: "numbers-assigned", details: { count: "3" } });
  });

  it("finds the form, audience, document and co-executor columns by their header words, in any order", () => {
    const plan = parsePlan(
      doc(
        "Сроки\tФорма проведения\tНаименование\t№\tЦелевая аудитория\tОтветственный\tСоисполнители\tВид документа",
        "Март 2026 г.\tвебинар\tФормирование функциональной грамотности\t1\tучителя математики\tИМЦ\tРМО учителей математики\tсправка",
      ),
    );
    expect(plan.measures[0]).toMatchObject({
      number: "1",
      title: "Формирование функциональной грамотности",
      form: "вебинар",
      audience: "учителя математики",
      documentKind: "справка",
      executors: ["ИМЦ", "РМО учителей математики"],
    });
  });
});

describe("the order's own deadlines", () => {
  const order = doc(
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗАРЕЧНОГО РАЙОНА",
    "",
    "ПРИКАЗ",
    "",
    "от 28.08.2025 № 214",
    "",
    "Об утверждении плана методической работы на 2025/2026 учебный год",
    "",
    "ПРИКАЗЫВАЮ:",
    "1. Утвердить план методической работы на 2025/2026 учебный год (приложение).",
    "2. Муниципальному казённому учреждению «Информационно-методический центр» обеспечить:",
    "1) методическое сопровождение мероприятий Плана;",
    "2) подготовку аналитической справки об исполнении Плана в срок до 15 июня 2026 г.",
    "3. Руководителям общеобразовательных организаций представить в МКУ «ИМЦ» информацию о реализации мероприятий Плана в срок до 20 декабря 2025 г. и до 20 июня 2026 г.",
    "4. Методисту ИМЦ Петровой А.С. ежеквартально до 5 числа месяца, следующего за отчётным, обобщать сведения о курсовой подготовке.",
    "5. Контроль за исполнением приказа оставляю за собой.",
    "",
    "Приложение к приказу от 28.08.2025 № 214",
    "",
    "№\tМероприятие\tСрок\tОтветственный",
    "1\tСеминар\tОктябрь\tИМЦ",
  );

  it("reads each paragraph that sets a deadline as an obligation of the body it addresses, in the nominative", () => {
    const plan = parsePlan(order);
    expect(plan.measures.map((measure) => measure.number)).toEqual(["1"]);
    expect(plan.obligations.map((item) => [item.number, item.executors, item.title, item.dates, item.kind])).toEqual([
      ["П2.2", ["Информационно-методический центр"], "Подготовку аналитической справки об исполнении Плана", [{ start: "2026-06-15", end: "2026-06-15" }], "report"],
      [
        "П3",
        ["Руководители общеобразовательных организаций"],
        "Представить в МКУ «ИМЦ» информацию о реализации мероприятий Плана",
        [
          { start: "2025-12-20", end: "2025-12-20" },
          { start: "2026-06-20", end: "2026-06-20" },
        ],
        "report",
      ],
      ["П4", ["Методист ИМЦ Петрова А.С."], "Обобщать сведения о курсовой подготовке", expect.any(Array), "report"],
    ]);
    expect(plan.obligations[2]!.recurrence).toBe("quarterly");
  });

  it("finds none in an order whose paragraphs name no deadline, nor in a plan without an order", () => {
    expect(parsePlan(order.replace(/ в срок до.*?2026 г\./g, ".").replace(/ежеквартально до 5 числа месяца, следующего за отчётным, /, "")).obligations).toEqual([]);
    expect(parsePlan(doc("№\tМероприятие\tСрок\tОтветственный", "1\tСеминар\tОктябрь 2025\tИМЦ")).obligations).toEqual([]);
  });
});
