import { describe, expect, it } from "vitest";
import { isYoungTeacher, teachingSinceYear, yearsTaught } from "../../../src/core/teaching.ts";
import { checkFullName, parseExperience } from "../../../src/features/profile/validation.ts";

describe("full name rule", () => {
  it("accepts letters, spaces and hyphens, tidying spaces", () => {
    expect(checkFullName("  Иванова   Анна-Мария  Петровна ")).toEqual({ ok: true, value: "Иванова Анна-Мария Петровна" });
    expect(checkFullName("Ли")).toEqual({ ok: true, value: "Ли" });
  });

  it("accepts initials with dots, apostrophes of both kinds and hyphens", () => {
    for (const name of ["Иванова М. П.", "Иванова М.П.", "Mary O'Neil", "Mary O’Neil", "д'Артаньян Шарль", "Салтыков-Щедрин М. Е.", "Ли"]) {
      expect(checkFullName(name)).toEqual({ ok: true, value: name });
    }
  });

  it("refuses names of combining marks, punctuation or invisible characters alone", () => {
    for (const name of ["\u0301\u0301\u0301", "\u0301Иван", "...", "'' --", "\u200B\u200B\u200B", "\u3164\u3164", "Иван\u3164", ". Иван", "Иван..", "O''Neil", "М. . П."]) {
      expect(checkFullName(name).ok, JSON.stringify(name)).toBe(false);
    }
    expect(checkFullName("А.")).toEqual({ ok: false, rule: "name-length" });
  });

  it("refuses empty, one-letter and over-long names by length", () => {
    expect(checkFullName("")).toEqual({ ok: false, rule: "name-length" });
    expect(checkFullName("   ")).toEqual({ ok: false, rule: "name-length" });
    expect(checkFullName("Я")).toEqual({ ok: false, rule: "name-length" });
    expect(checkFullName("а".repeat(5000))).toEqual({ ok: false, rule: "name-length" });
  });

  it("refuses digits, emoji, markup and dangling hyphens", () => {
    for (const name of ["Иван 2", "😀😀😀", "<b>Иван</b>", "-Иван", "Иван--Петров", "Иван_Петров"]) {
      expect(checkFullName(name)).toEqual({ ok: false, rule: "name-letters" });
    }
  });
});

describe("experience", () => {
  it("reads whole years from 0 to 60", () => {
    expect(parseExperience("0")).toBe(0);
    expect(parseExperience(" 25 ")).toBe(25);
    expect(parseExperience("61")).toBeNull();
    expect(parseExperience("-1")).toBeNull();
    expect(parseExperience("два")).toBeNull();
    expect(parseExperience("2.5")).toBeNull();
  });

  it("reads years with their word, in Russian or English", () => {
    for (const [text, years] of [["15 лет", 15], ["15лет", 15], ["2 года", 2], ["1 год", 1], ["15 years", 15], ["1 year", 1], ["15 Years", 15], ["3 г.", 3]] as const) {
      expect(parseExperience(text), text).toBe(years);
    }
    expect(parseExperience("15 минут")).toBeNull();
    expect(parseExperience("61 год")).toBeNull();
  });

  it("calls under three years a young teacher, and stops as the years pass", () => {
    const in2026 = new Date("2026-11-30T12:00:00Z");
    const since = teachingSinceYear(2, in2026);
    expect(since).toBe(2024);
    expect(isYoungTeacher(since, in2026)).toBe(true);
    expect(isYoungTeacher(since, new Date("2027-01-01T12:00:00Z"))).toBe(false);
    expect(isYoungTeacher(teachingSinceYear(3, in2026), in2026)).toBe(false);
    expect(isYoungTeacher(null, in2026)).toBe(false);
    expect(yearsTaught(since, new Date("2029-06-01T00:00:00Z"))).toBe(5);
  });
});
