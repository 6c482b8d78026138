// The hours a plan measure states for a course, and the level it implies for a contest (issue #14, points 2–3).
import { describe, expect, it } from "vitest";
import { deriveEventLevel, levelFromWords } from "../../../src/features/events/levels.ts";
import { hoursFromWords, parseHours, proposedHours } from "../../../src/features/events/manage/hours.ts";

describe("hours written in a measure", () => {
  it.each([
    ["Курсы повышения квалификации «Функциональная грамотность» (72 ч.)", 72],
    ["КПК «Обновлённые ФГОС», 36 часов", 36],
    ["Обучение по программе в объеме 16 ч", 16],
    ["в объёме 24 академических часа", 24],
    ["Курсы (108ч)", 108],
    ["72-часовая программа", 72],
    ["очно-заочно, 18 ак. ч.", 18],
  ])("reads %j as %i hours", (text, hours) => {
    expect(hoursFromWords(text)).toBe(hours);
  });

  it.each([
    "Курсы для 10 человек",
    "Семинар 5 декабря",
    "Занятие 1,5 ч",
    "Курсы 5000 часов",
    "Часовой пояс Омска",
  ])("finds none in %j", (text) => {
    expect(hoursFromWords(text)).toBeNull();
  });

  it("takes the title's hours first, then the form's", () => {
    expect(proposedHours({ title: "КПК (36 ч.)", form: "очно, 72 часа" })).toBe(36);
    expect(proposedHours({ title: "КПК «Наставник»", form: "дистанционно, в объеме 72 ч" })).toBe(72);
    expect(proposedHours({ title: "КПК «Наставник»", form: null })).toBeNull();
  });

  it("reads what an organiser types: a number from 1 to 2000, maybe with «ч»", () => {
    expect(parseHours(" 72 ")).toBe(72);
    expect(parseHours("36 ч.")).toBe(36);
    expect(parseHours("36 h")).toBe(36);
    expect(parseHours("16 hours")).toBe(16);
    expect(parseHours("16 часов")).toBe(16);
    expect(parseHours("0")).toBeNull();
    expect(parseHours("2001")).toBeNull();
    expect(parseHours("семьдесят два")).toBeNull();
    expect(parseHours("7,5")).toBeNull();
  });
});

describe("a contest's level", () => {
  it.each([
    ["Всероссийский конкурс «Учитель года России»", "federal"],
    ["Федеральный конкурс методических разработок", "federal"],
    ["Региональный конкурс «Педагогический дебют»", "regional"],
    ["Областной конкурс профессионального мастерства", "regional"],
    ["Краевой фестиваль-конкурс", "regional"],
    ["Республиканская олимпиада учителей", "regional"],
    ["Муниципальный конкурс «Лучший урок»", "municipal"],
    ["Районный конкурс педагогов", "municipal"],
    ["Городской конкурс «Классный руководитель»", "municipal"],
    ["Школьный конкурс проектов", "school"],
    ["Внутришкольная олимпиада для учителей", "school"],
    ["Муниципальный этап Всероссийского конкурса «Учитель года»", "municipal"],
    ["Конкурс «Учитель года», региональный этап всероссийского конкурса", "regional"],
    ["Школьный этап всероссийской олимпиады", "school"],
  ])("reads %j as %s", (title, level) => {
    expect(levelFromWords(title)).toBe(level);
  });

  it.each([
    "Конкурс методических разработок по реализации федеральных государственных образовательных стандартов",
    "Конкурс на лучшую разработку по федеральной образовательной программе",
    "Краеведческий конкурс «Моя малая родина»",
    "Конкурс школьных театров",
    "Конкурс «Педагог года»",
  ])("finds no level in %j", (title) => {
    expect(levelFromWords(title)).toBeNull();
  });

  it("derives it from the title, then the form, then the plan's territory", () => {
    const regional = { municipalityId: null, regionId: 3 };
    const municipal = { municipalityId: 7, regionId: 3 };
    expect(deriveEventLevel({ title: "Всероссийский конкурс", form: "муниципальный", plan: municipal })).toBe("federal");
    expect(deriveEventLevel({ title: "Конкурс «Педагог года»", form: "Районный конкурс", plan: regional })).toBe("municipal");
    expect(deriveEventLevel({ title: "Конкурс «Педагог года»", form: null, plan: municipal })).toBe("municipal");
    expect(deriveEventLevel({ title: "Конкурс «Педагог года»", form: "очно", plan: regional })).toBe("regional");
    expect(deriveEventLevel({ title: "Конкурс «Педагог года»", form: null, plan: { municipalityId: null, regionId: null } })).toBeNull();
  });
});
