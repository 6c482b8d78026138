// Every schedule form a plan writes, with the plan's period as input.
import { describe, expect, it } from "vitest";
import { parseSchedule, type PlanPeriod } from "../../../../src/features/plans/parser/index.ts";

const d = (start: string, end = start) => ({ start, end });
const year2025: PlanPeriod = { firstYear: 2025, lastYear: 2025, schoolYear: false };
const years2020to2024: PlanPeriod = { firstYear: 2020, lastYear: 2024, schoolYear: false };
const years2021to2023: PlanPeriod = { firstYear: 2021, lastYear: 2023, schoolYear: false };
const schoolYear: PlanPeriod = { firstYear: 2025, lastYear: 2026, schoolYear: true };

describe("months", () => {
  it("a month is its first to last day, in the plan's year", () => {
    expect(parseSchedule("Декабрь", year2025)).toEqual({ dates: [d("2025-12-01", "2025-12-31")], recurrence: null, readable: true, undated: null });
    expect(parseSchedule("февраль", { firstYear: 2024, lastYear: 2024, schoolYear: false }).dates).toEqual([d("2024-02-01", "2024-02-29")]);
  });

  it("in a multi-year plan a month with no year falls in every year of it", () => {
    expect(parseSchedule("Декабрь", years2021to2023).dates).toEqual([d("2021-12-01", "2021-12-31"), d("2022-12-01", "2022-12-31"), d("2023-12-01", "2023-12-31")]);
  });

  it("in a school year September–December are the first year, January–August the second", () => {
    expect(parseSchedule("Октябрь Декабрь Март Июнь", schoolYear).dates).toEqual([
      d("2025-10-01", "2025-10-31"),
      d("2025-12-01", "2025-12-31"),
      d("2026-03-01", "2026-03-31"),
      d("2026-06-01", "2026-06-30"),
    ]);
    expect(parseSchedule("октябрь, апрель", schoolYear).dates).toEqual([d("2025-10-01", "2025-10-31"), d("2026-04-01", "2026-04-30")]);
  });

  it("ranges, however the dash is spaced", () => {
    expect(parseSchedule("Июнь -июль", year2025).dates).toEqual([d("2025-06-01", "2025-07-31")]);
    expect(parseSchedule("Март – Апрель", year2025).dates).toEqual([d("2025-03-01", "2025-04-30")]);
    expect(parseSchedule("Ноябрь– Декабрь", year2025).dates).toEqual([d("2025-11-01", "2025-12-31")]);
    expect(parseSchedule("с октября по декабрь", year2025).dates).toEqual([d("2025-10-01", "2025-12-31")]);
  });

  it("a range across New Year in a school year runs into the second year", () => {
    expect(parseSchedule("октябрь – март", schoolYear).dates).toEqual([d("2025-10-01", "2026-03-31")]);
  });

  it("a year written after months applies to the months of its own part", () => {
    expect(parseSchedule("Октябрь – ноябрь 2020 года, октябрь – ноябрь 2022 года", years2020to2024).dates).toEqual([
      d("2020-10-01", "2020-11-30"),
      d("2022-10-01", "2022-11-30"),
    ]);
    expect(parseSchedule("октябрь, декабрь 2023", years2020to2024).dates).toEqual([d("2020-10-01", "2020-10-31"), d("2021-10-01", "2021-10-31"), d("2022-10-01", "2022-10-31"), d("2023-10-01", "2023-10-31"), d("2023-12-01", "2023-12-31"), d("2024-10-01", "2024-10-31")]);
    expect(parseSchedule("октябрь и декабрь 2023", years2020to2024).dates).toEqual([d("2023-10-01", "2023-10-31"), d("2023-12-01", "2023-12-31")]);
  });

  it("«в течение марта» is the month, so its deadline is the month's last day", () => {
    expect(parseSchedule("в течение марта", schoolYear).dates).toEqual([d("2026-03-01", "2026-03-31")]);
    expect(parseSchedule("В течение февраля", { firstYear: 2028, lastYear: 2028, schoolYear: false }).dates).toEqual([d("2028-02-01", "2028-02-29")]);
  });

  it("a month with its year, in any spelling", () => {
    for (const text of ["сентябрь 2021 года", "сентябрь 2021 г.", "сентябрь 2021", "Сентябрь – 2021", "сентября 2021г."]) {
      expect(parseSchedule(text, years2020to2024).dates).toEqual([d("2021-09-01", "2021-09-30")]);
    }
  });
});

describe("days and deadlines", () => {
  it("a deadline is the one day", () => {
    expect(parseSchedule("до 20 июня и до 20 декабря", year2025).dates).toEqual([d("2025-06-20"), d("2025-12-20")]);
    expect(parseSchedule("до 20 июня и до 20 декабря", schoolYear).dates).toEqual([d("2025-12-20"), d("2026-06-20")]);
    expect(parseSchedule("до 20 июня и до 20 декабря", years2021to2023).dates).toEqual([d("2021-06-20"), d("2021-12-20"), d("2022-06-20"), d("2022-12-20"), d("2023-06-20"), d("2023-12-20")]);
    expect(parseSchedule("до 15 ноября 2025 года", { firstYear: 2024, lastYear: 2026, schoolYear: false }).dates).toEqual([d("2025-11-15")]);
    expect(parseSchedule("не позднее 1 марта", year2025).dates).toEqual([d("2025-03-01")]);
  });

  it("a day named with a recurrence: that day each year", () => {
    expect(parseSchedule("Ежегодно, 3 ноября", years2021to2023)).toEqual({
      dates: [d("2021-11-03"), d("2022-11-03"), d("2023-11-03")],
      recurrence: "yearly",
      readable: true,
      undated: null,
    });
  });

  it("a date in figures", () => {
    expect(parseSchedule("26.06.2020", years2020to2024).dates).toEqual([d("2020-06-26")]);
  });

  it("a day that does not exist is not a date", () => {
    expect(parseSchedule("31 июня", year2025)).toEqual({ dates: [], recurrence: null, readable: false, undated: null });
  });
});

describe("years and quarters", () => {
  it("a year is 1 January to 31 December; a span of years runs from the first to the last", () => {
    expect(parseSchedule("2018 год", null).dates).toEqual([d("2018-01-01", "2018-12-31")]);
    expect(parseSchedule("2018 – 2020 годы", null).dates).toEqual([d("2018-01-01", "2020-12-31")]);
    expect(parseSchedule("2021-2022 г.г.", null).dates).toEqual([d("2021-01-01", "2022-12-31")]);
    expect(parseSchedule("2021-2023", null).dates).toEqual([d("2021-01-01", "2023-12-31")]);
    expect(parseSchedule("2021–2023", years2021to2023).dates).toEqual([d("2021-01-01", "2023-12-31")]);
  });

  it("quarters and half-years", () => {
    expect(parseSchedule("II квартал 2022 года", years2020to2024).dates).toEqual([d("2022-04-01", "2022-06-30")]);
    expect(parseSchedule("1 полугодие", year2025).dates).toEqual([d("2025-01-01", "2025-06-30")]);
  });
});

describe("recurrence", () => {
  const over = (text: string, period: PlanPeriod) => {
    const { recurrence, dates } = parseSchedule(text, period);
    return { recurrence, dates };
  };

  it("recurs over the plan's period, one span per occurrence, each ending on its deadline", () => {
    const quarters = [2020, 2021, 2022, 2023, 2024].flatMap((year) => [d(`${year}-01-01`, `${year}-03-31`), d(`${year}-04-01`, `${year}-06-30`), d(`${year}-07-01`, `${year}-09-30`), d(`${year}-10-01`, `${year}-12-31`)]);
    const halves = [2020, 2021, 2022, 2023, 2024].flatMap((year) => [d(`${year}-01-01`, `${year}-06-30`), d(`${year}-07-01`, `${year}-12-31`)]);
    const years = [2020, 2021, 2022, 2023, 2024].map((year) => d(`${year}-01-01`, `${year}-12-31`));
    expect(over("1 раз в четверть", years2020to2024)).toEqual({ recurrence: "quarterly", dates: quarters });
    expect(over("1 раз в квартал", years2020to2024)).toEqual({ recurrence: "quarterly", dates: quarters });
    expect(over("ежеквартально", years2020to2024)).toEqual({ recurrence: "quarterly", dates: quarters });
    expect(over("2 раза в год", years2020to2024)).toEqual({ recurrence: "twice-yearly", dates: halves });
    expect(over("раз в полугодие", years2020to2024)).toEqual({ recurrence: "twice-yearly", dates: halves });
    expect(over("ежегодно", years2020to2024)).toEqual({ recurrence: "yearly", dates: years });
    expect(over("каждый год", years2020to2024)).toEqual({ recurrence: "yearly", dates: years });
    expect(over("ежемесячно", year2025).dates).toHaveLength(12);
    expect(over("1 раз в месяц", year2025).dates.slice(0, 2)).toEqual([d("2025-01-01", "2025-01-31"), d("2025-02-01", "2025-02-28")]);
  });

  it("a weekly measure is the whole period: a deadline every week would be none", () => {
    const period = [d("2020-01-01", "2024-12-31")];
    expect(over("еженедельно", years2020to2024)).toEqual({ recurrence: "weekly", dates: period });
    expect(over("еженедельное обновление", years2020to2024)).toEqual({ recurrence: "weekly", dates: period });
  });

  it("a school year's period runs September to August, and its quarters and halves from September", () => {
    expect(over("еженедельно", schoolYear)).toEqual({ recurrence: "weekly", dates: [d("2025-09-01", "2026-08-31")] });
    expect(over("ежеквартально", schoolYear).dates).toEqual([d("2025-09-01", "2025-11-30"), d("2025-12-01", "2026-02-28"), d("2026-03-01", "2026-05-31"), d("2026-06-01", "2026-08-31")]);
    expect(over("2 раза в год", schoolYear).dates).toEqual([d("2025-09-01", "2026-02-28"), d("2026-03-01", "2026-08-31")]);
    expect(over("ежегодно", schoolYear).dates).toEqual([d("2025-09-01", "2026-08-31")]);
  });

  it("a count with no name of its own recurs over the period without a recurrence", () => {
    expect(parseSchedule("3 раза в год", year2025)).toEqual({ dates: [d("2025-01-01", "2025-12-31")], recurrence: null, readable: true, undated: null });
  });

  it("«в течение года» is the plan's period", () => {
    expect(parseSchedule("в течение года", years2021to2023).dates).toEqual([d("2021-01-01", "2023-12-31")]);
    expect(parseSchedule("В течении учебного года", schoolYear).dates).toEqual([d("2025-09-01", "2026-08-31")]);
  });

  it("names the days it recurs on, overlapping spans merged", () => {
    expect(parseSchedule("Декабрь каждого текущего года, 2021-2023", years2021to2023)).toEqual({
      dates: [d("2021-01-01", "2023-12-31")],
      recurrence: "yearly",
      readable: true,
      undated: null,
    });
  });
});

describe("what cannot be dated", () => {
  it("keeps no dates and says it could not read them", () => {
    for (const text of ["по итогам процедур", "в установленные сроки", ""]) {
      expect(parseSchedule(text, years2020to2024)).toEqual({ dates: [], recurrence: null, readable: false, undated: null });
    }
  });

  it("says why, never guessing a date, when the text dates nothing on purpose", () => {
    const reasons = {
      "по мере необходимости": "as-needed",
      "По мере поступления": "as-needed",
      "при необходимости": "as-needed",
      "по получению результатов процедур": "as-needed",
      "по запросу": "on-request",
      "по запросам ОО": "on-request",
      "по заявкам": "on-request",
      "по графику проведения конкурсов": "by-schedule",
      "согласно графику": "by-schedule",
      "в соответствии с графиком ИРООО": "by-schedule",
      "по плану-графику": "by-schedule",
      "по плану": "by-plan",
      "по плану ИРООО": "by-plan",
      "согласно плана": "by-plan",
      "в соответствии с планом работы РМО": "by-plan",
      "постоянно": "ongoing",
      "регулярно": "ongoing",
      "на постоянной основе": "ongoing",
    };
    for (const [text, undated] of Object.entries(reasons)) {
      expect(parseSchedule(text, years2020to2024), text).toEqual({ dates: [], recurrence: null, readable: false, undated });
    }
  });

  it("dates what the text does date, whatever else it says", () => {
    expect(parseSchedule("по графику, октябрь", year2025)).toEqual({ dates: [d("2025-10-01", "2025-10-31")], recurrence: null, readable: true, undated: null });
    expect(parseSchedule("по запросу, не реже 1 раза в квартал", year2025)).toMatchObject({ recurrence: "quarterly", undated: null });
    expect(parseSchedule("в течение года по мере необходимости", year2025)).toMatchObject({ dates: [d("2025-01-01", "2025-12-31")], undated: null });
    expect(parseSchedule("в течение всего периода", years2020to2024)).toMatchObject({ dates: [d("2020-01-01", "2024-12-31")], undated: null });
  });

  it("a reason is given without a period too", () => {
    expect(parseSchedule("по запросу", null)).toEqual({ dates: [], recurrence: null, readable: false, undated: "on-request" });
  });

  it("a month with no year and no period cannot be dated; a recurrence is still read", () => {
    expect(parseSchedule("Декабрь", null)).toEqual({ dates: [], recurrence: null, readable: false, undated: null });
    expect(parseSchedule("ежемесячно", null)).toEqual({ dates: [], recurrence: "monthly", readable: true, undated: null });
  });
});
