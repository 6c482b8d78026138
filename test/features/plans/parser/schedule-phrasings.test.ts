// Schedule phrasings of plans published beyond the seeds: exclusions, parts of a school year, day ranges, deadlines in a month.
import { describe, expect, it } from "vitest";
import { parseSchedule, type PlanPeriod } from "../../../../src/features/plans/parser/index.ts";

const d = (start: string, end = start) => ({ start, end });
const month = (year: number, number: number) => {
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const mm = String(number).padStart(2, "0");
  return d(`${year}-${mm}-01`, `${year}-${mm}-${last}`);
};
const months = (year: number, numbers: number[]) => numbers.map((number) => month(year, number));
const year2025: PlanPeriod = { firstYear: 2025, lastYear: 2025, schoolYear: false };
const years2021to2023: PlanPeriod = { firstYear: 2021, lastYear: 2023, schoolYear: false };
const schoolYear: PlanPeriod = { firstYear: 2025, lastYear: 2026, schoolYear: true };

describe("exclusions", () => {
  it("a monthly measure skips the months it excludes", () => {
    expect(parseSchedule("ежемесячно, кроме января", year2025)).toEqual({
      dates: months(2025, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      recurrence: "monthly",
      readable: true,
      undated: null,
    });
    expect(parseSchedule("ежемесячно (кроме июля, августа)", year2025).dates).toEqual(months(2025, [1, 2, 3, 4, 5, 6, 9, 10, 11, 12]));
    expect(parseSchedule("ежемесячно, кроме июня – августа", year2025).dates).toEqual(months(2025, [1, 2, 3, 4, 5, 9, 10, 11, 12]));
    expect(parseSchedule("ежемесячно, за исключением января", schoolYear).dates).toEqual([...months(2025, [9, 10, 11, 12]), ...months(2026, [2, 3, 4, 5, 6, 7, 8])]);
  });

  it("«кроме летних месяцев» cuts June–August out of every year of the period", () => {
    expect(parseSchedule("в течение года, кроме летних месяцев", years2021to2023).dates).toEqual([
      d("2021-01-01", "2021-05-31"),
      d("2021-09-01", "2022-05-31"),
      d("2022-09-01", "2023-05-31"),
      d("2023-09-01", "2023-12-31"),
    ]);
    expect(parseSchedule("в течение учебного года, кроме летних месяцев", schoolYear).dates).toEqual([d("2025-09-01", "2026-05-31")]);
  });

  it("cuts a month out of a written range, and only in the year written with it", () => {
    expect(parseSchedule("с сентября по май, кроме января", schoolYear).dates).toEqual([d("2025-09-01", "2025-12-31"), d("2026-02-01", "2026-05-31")]);
    const monthly = parseSchedule("ежемесячно, кроме января 2022 г.", years2021to2023).dates;
    expect(monthly).toHaveLength(35);
    expect(monthly).not.toContainEqual(month(2022, 1));
    expect(monthly).toContainEqual(month(2021, 1));
  });

  it("words after «кроме» that name no month exclude nothing", () => {
    expect(parseSchedule("ежемесячно, кроме выходных", year2025).dates).toHaveLength(12);
    expect(parseSchedule("кроме того, октябрь", year2025).dates).toEqual([month(2025, 10)]);
  });
});

describe("yearly and quarterly with a month or a day", () => {
  it("«ежегодно в мае» is May of each year", () => {
    expect(parseSchedule("ежегодно в мае", years2021to2023)).toEqual({ dates: [month(2021, 5), month(2022, 5), month(2023, 5)], recurrence: "yearly", readable: true, undated: null });
    expect(parseSchedule("ежегодно, май", schoolYear)).toMatchObject({ dates: [month(2026, 5)], recurrence: "yearly" });
  });

  it("a quarterly report due by the 5th of the month after the quarter", () => {
    expect(parseSchedule("ежеквартально до 5 числа месяца, следующего за отчетным", year2025)).toEqual({
      dates: [d("2025-04-05"), d("2025-07-05"), d("2025-10-05"), d("2026-01-05")],
      recurrence: "quarterly",
      readable: true,
      undated: null,
    });
    expect(parseSchedule("Ежеквартально, до 10 числа", year2025).dates).toEqual([d("2025-03-10"), d("2025-06-10"), d("2025-09-10"), d("2025-12-10")]);
  });

  it("«до 25 числа каждого месяца» is the 25th of each month; the 31st of a short month is its last day", () => {
    expect(parseSchedule("до 25 числа каждого месяца", year2025)).toMatchObject({ recurrence: "monthly", dates: Array.from({ length: 12 }, (_, index) => d(`2025-${String(index + 1).padStart(2, "0")}-25`)) });
    expect(parseSchedule("ежемесячно, до 31 числа", year2025).dates.slice(0, 4)).toEqual([d("2025-01-31"), d("2025-02-28"), d("2025-03-31"), d("2025-04-30")]);
  });

  it("a day of the month with no recurrence dates nothing", () => {
    expect(parseSchedule("до 5 числа месяца, следующего за отчетным", year2025)).toMatchObject({ dates: [], readable: false });
  });
});

describe("quarters, halves and terms", () => {
  it("a quarter with its year; without one, in each year of a calendar plan", () => {
    expect(parseSchedule("III квартал 2025 г.", years2021to2023).dates).toEqual([d("2025-07-01", "2025-09-30")]);
    expect(parseSchedule("IV квартал", years2021to2023).dates).toEqual([d("2021-10-01", "2021-12-31"), d("2022-10-01", "2022-12-31"), d("2023-10-01", "2023-12-31")]);
    expect(parseSchedule("I-II квартал 2025 г.", year2025).dates).toEqual([d("2025-01-01", "2025-06-30")]);
    expect(parseSchedule("I, III квартал", year2025).dates).toEqual([d("2025-01-01", "2025-03-31"), d("2025-07-01", "2025-09-30")]);
  });

  it("the same month written with two years is two spans", () => {
    expect(parseSchedule("май 2025 г., май 2026 г.", years2021to2023).dates).toEqual([month(2025, 5), month(2026, 5)]);
  });

  it("in a school-year plan halves are the school year's: September–December and January–May", () => {
    expect(parseSchedule("I полугодие", schoolYear).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("II полугодие", schoolYear).dates).toEqual([d("2026-01-01", "2026-05-31")]);
    expect(parseSchedule("1-е полугодие", schoolYear).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("в течение I полугодия", schoolYear).dates).toEqual([d("2025-09-01", "2025-12-31")]);
  });

  it("a half of a written school year is the school's in any plan; of a written calendar year, the calendar's", () => {
    expect(parseSchedule("I полугодие 2025/2026 учебного года", year2025).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("II полугодие 2025/2026 учебного года", year2025).dates).toEqual([d("2026-01-01", "2026-05-31")]);
    expect(parseSchedule("I полугодие 2026 г.", schoolYear).dates).toEqual([d("2026-01-01", "2026-06-30")]);
    expect(parseSchedule("второе полугодие", year2025).dates).toEqual([d("2025-07-01", "2025-12-31")]);
  });

  it("school terms: I September–October, II November–December, III January–March, IV April–May", () => {
    expect(parseSchedule("I четверть", schoolYear).dates).toEqual([d("2025-09-01", "2025-10-31")]);
    expect(parseSchedule("II четверть", schoolYear).dates).toEqual([d("2025-11-01", "2025-12-31")]);
    expect(parseSchedule("III четверть", schoolYear).dates).toEqual([d("2026-01-01", "2026-03-31")]);
    expect(parseSchedule("IV четверть", schoolYear).dates).toEqual([d("2026-04-01", "2026-05-31")]);
    expect(parseSchedule("по итогам четвертой четверти", schoolYear).dates).toEqual([d("2026-04-01", "2026-05-31")]);
    expect(parseSchedule("II–III четверть", schoolYear).dates).toEqual([d("2025-11-01", "2026-03-31")]);
  });

  it("in a school-year plan a quarter is the calendar's, in the year its months fall", () => {
    expect(parseSchedule("I квартал", schoolYear).dates).toEqual([d("2026-01-01", "2026-03-31")]);
    expect(parseSchedule("IV квартал", schoolYear).dates).toEqual([d("2025-10-01", "2025-12-31")]);
  });
});

describe("days, ranges and school years", () => {
  it("dates in figures: a deadline, a range either way it is written", () => {
    expect(parseSchedule("до 01.09.2025", year2025).dates).toEqual([d("2025-09-01")]);
    expect(parseSchedule("с 01.09.2025 по 31.12.2025", year2025).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("01.09.2025 – 31.12.2025", year2025).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("с 1 сентября по 31.12.2025", year2025).dates).toEqual([d("2025-09-01", "2025-12-31")]);
    expect(parseSchedule("01.09.25", year2025).dates).toEqual([d("2025-09-01")]);
    expect(parseSchedule("до 25.12", schoolYear).dates).toEqual([d("2025-12-25")]);
  });

  it("days of one month, the month written once", () => {
    expect(parseSchedule("17–18 марта 2026 г.", year2025).dates).toEqual([d("2026-03-17", "2026-03-18")]);
    expect(parseSchedule("с 17 по 18 марта", year2025).dates).toEqual([d("2025-03-17", "2025-03-18")]);
  });

  it("a time of day is not a date", () => {
    expect(parseSchedule("октябрь, 14.00", year2025).dates).toEqual([month(2025, 10)]);
  });

  it("month ranges across years", () => {
    expect(parseSchedule("сентябрь 2025 – май 2026", schoolYear).dates).toEqual([d("2025-09-01", "2026-05-31")]);
    expect(parseSchedule("сентябрь 2025 – май 2027", schoolYear).dates).toEqual([d("2025-09-01", "2027-05-31")]);
    expect(parseSchedule("ноябрь-декабрь", year2025).dates).toEqual([d("2025-11-01", "2025-12-31")]);
  });

  it("a school year runs September to August", () => {
    expect(parseSchedule("2025-2026 уч. год", schoolYear).dates).toEqual([d("2025-09-01", "2026-08-31")]);
    expect(parseSchedule("в течение 2025/2026 учебного года", year2025).dates).toEqual([d("2025-09-01", "2026-08-31")]);
    expect(parseSchedule("2026–2027", { firstYear: 2026, lastYear: 2027, schoolYear: true }).dates).toEqual([d("2026-09-01", "2027-08-31")]);
    expect(parseSchedule("2021-2022 г.г.", years2021to2023).dates).toEqual([d("2021-01-01", "2022-12-31")]);
  });

  it("months of a school year fall in its own year: August and January in the second", () => {
    expect(parseSchedule("август, январь", schoolYear).dates).toEqual([month(2026, 1), month(2026, 8)]);
  });

  it("a weekday does not change the recurrence", () => {
    expect(parseSchedule("1 раз в месяц (последняя пятница)", year2025)).toMatchObject({ recurrence: "monthly", dates: months(2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) });
    expect(parseSchedule("еженедельно по средам", schoolYear)).toMatchObject({ recurrence: "weekly", dates: [d("2025-09-01", "2026-08-31")] });
  });
});
