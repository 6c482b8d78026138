// A plan's "Целевая аудитория" read into the conditions an event's audience has (subjects, roles,
// young teachers); groups no condition can express restrict nothing and are named back.
import { describe, expect, it } from "vitest";
import { readPlanAudience, type PlanAudience } from "../../../../src/features/plans/parser/audience.ts";

const nothing: PlanAudience = { subjects: [], roles: [], youngOnly: false, unexpressed: [], headsNamed: false };
const read = (cell: string) => readPlanAudience(cell);

describe("young teachers", () => {
  it.each(["молодые педагоги", "Молодые специалисты", "молодые учителя ОО района", "Молодые педагоги (стаж до 3 лет)", "педагоги со стажем работы до 3-х лет", "начинающие учителя"])(
    "%s",
    (cell) => {
      expect(read(cell)).toEqual({ ...nothing, youngOnly: true });
    },
  );

  it("not for their mentors, who are a group of their own", () => {
    expect(read("наставники молодых педагогов")).toEqual({ ...nothing, unexpressed: ["наставники молодых педагогов"] });
    expect(read("наставники и молодые специалисты")).toEqual({ ...nothing, youngOnly: true, unexpressed: ["наставники"] });
  });
});

describe("subjects", () => {
  it.each([
    ["учителя математики", ["math"]],
    ["Учителя математики и физики", ["math", "physics"]],
    ["учителя русского языка и литературы", ["russian", "literature"]],
    ["учителя родного языка и родной литературы", ["native-language"]],
    ["Учителя начальных классов", ["primary"]],
    ["учителя иностранного (английского) языка", ["foreign-language"]],
    ["учителя истории и обществознания", ["history", "social-studies"]],
    ["учителя химии, биологии", ["chemistry", "biology"]],
    ["учителя-предметники (математика, физика, информатика)", ["math", "informatics", "physics"]],
    ["учителя естественно-научного цикла", ["physics", "chemistry", "biology", "geography"]],
    ["учителя физической культуры, преподаватели-организаторы ОБЗР", ["physical-education", "life-safety"]],
    ["учителя технологии (труда), ИЗО и музыки", ["arts", "music", "technology"]],
    ["учителя-логопеды, учителя-дефектологи", ["special-education"]],
  ] as const)("%s", (cell, subjects) => {
    expect(read(cell)).toEqual({ ...nothing, subjects });
  });

  it("takes digital technologies for a skill, not the subject", () => {
    expect(read("педагоги, использующие цифровые технологии")).toEqual({ ...nothing, unexpressed: ["педагоги, использующие цифровые технологии"] });
  });
});

describe("several groups together", () => {
  it("offers the conditions of each, to hold together", () => {
    expect(read("молодые педагоги, учителя математики")).toEqual({ ...nothing, subjects: ["math"], youngOnly: true });
    expect(read("молодые специалисты; учителя русского языка")).toEqual({ ...nothing, subjects: ["russian"], youngOnly: true });
  });

  it("restricts nothing when one of them is every teacher", () => {
    expect(read("учителя, молодые специалисты")).toEqual(nothing);
    expect(read("педагогические работники ОО, в т.ч. учителя математики").subjects).toEqual([]);
  });
});

describe("the bot's roles", () => {
  it("coordinators and municipal methodologists", () => {
    expect(read("школьные координаторы")).toEqual({ ...nothing, roles: ["coordinator"] });
    expect(read("методисты ММС")).toEqual({ ...nothing, roles: ["methodologist"] });
    expect(read("специалисты муниципальных методических служб")).toEqual({ ...nothing, roles: ["methodologist"] });
  });
});

describe("groups no condition expresses", () => {
  it("heads of schools and their deputies: named, with the nearest group flagged", () => {
    expect(read("руководители ОО")).toEqual({ ...nothing, unexpressed: ["руководители ОО"], headsNamed: true });
    expect(read("директора общеобразовательных организаций")).toMatchObject({ headsNamed: true });
    expect(read("руководители ОО и заместители директоров по УВР")).toEqual({ ...nothing, unexpressed: ["руководители ОО", "заместители директоров по УВР"], headsNamed: true });
  });

  it("heads of methodical associations and class teachers are not heads of schools", () => {
    expect(read("руководители ШМО, РМО")).toEqual({ ...nothing, unexpressed: ["руководители ШМО, РМО"] });
    expect(read("классные руководители")).toEqual({ ...nothing, unexpressed: ["классные руководители"] });
  });

  it("preschool teachers, psychologists, schools by their results", () => {
    expect(read("педагоги ДОО")).toEqual({ ...nothing, unexpressed: ["педагоги ДОО"] });
    expect(read("педагоги-психологи, социальные педагоги").unexpressed).toEqual(["педагоги-психологи", "социальные педагоги"]);
    expect(read("педагоги школ с низкими образовательными результатами").unexpressed).toHaveLength(1);
  });
});

describe("every teacher", () => {
  it.each(["все педагогические работники", "Педагогические работники ОО Оконешниковского района", "педагогические и руководящие работники", "учителя-предметники", "педагоги"])("%s", (cell) => {
    expect(read(cell)).toEqual(nothing);
  });
});
