// Questionnaire files: the shipped one parses; each kind of bad input is refused with its line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPETENCY_AREAS } from "../../../src/features/plans/parser/types.ts";
import { parseQuestionnaireFile } from "../../../src/features/diagnostics/file.ts";

const VALID = `id: mini
title: { ru: Мини, en: Mini }
scale:
  - { id: no, label: { ru: Нет, en: No }, score: 0 }
  - { id: yes, label: { ru: Да, en: Yes }, score: 1 }
areas:
  - id: digital
    title: { ru: Цифровая, en: Digital }
questions:
  - id: q1
    area: digital
    text: { ru: Я могу, en: I can }
  - id: q2
    area: digital
    text: { ru: Я могу ещё, en: I can more }
`;

const errorsOf = (input: string | Uint8Array) => {
  const parsed = parseQuestionnaireFile(input);
  if (!("errors" in parsed)) throw new Error("expected errors");
  return parsed.errors;
};

describe("the default questionnaire", () => {
  it("parses: the five areas the events use, five or more statements in each, a 4-step scale 0..3, its source named", () => {
    const parsed = parseQuestionnaireFile(readFileSync("questionnaires/default.yaml"));
    if ("errors" in parsed) throw new Error(JSON.stringify(parsed.errors));
    const { definition } = parsed;
    expect(definition.areas.map((area) => area.id)).toEqual([...COMPETENCY_AREAS]);
    for (const area of COMPETENCY_AREAS) expect(definition.questions.filter((question) => question.area === area).length).toBeGreaterThanOrEqual(5);
    expect(definition.scale!.map((option) => [option.label.ru, option.score])).toEqual([["Не могу", 0], ["Скорее не могу", 1], ["Скорее могу", 2], ["Уверенно могу", 3]]);
    expect(definition.source).toContain("544н");
    expect(definition.retakeAfterDays).toBe(180);
    expect(definition.deficitThreshold).toBe(60);
  });
});

describe("a questionnaire file", () => {
  it("reads YAML and the same in JSON", () => {
    expect("definition" in parseQuestionnaireFile(VALID)).toBe(true);
    const json = JSON.stringify((parseQuestionnaireFile(VALID) as { definition: unknown }).definition, null, 2);
    expect("definition" in parseQuestionnaireFile(new TextEncoder().encode(json))).toBe(true);
  });

  it("invalid YAML: the line where it breaks", () => {
    const errors = errorsOf(VALID.replace("  - id: q2\n", "  - id: q2: x\n"));
    expect(errors[0]).toEqual(expect.objectContaining({ line: 13 }));
  });

  it("a question without options when the file has no scale: that question's line", () => {
    const noScale = VALID.replace(/scale:\n(?: {2}- .*\n)+/, "");
    const errors = errorsOf(noScale);
    expect(errors).toEqual([expect.objectContaining({ line: 7, path: "questions[0].options", message: expect.stringContaining("no options") }), expect.objectContaining({ line: 10, path: "questions[1].options" })]);
  });

  it("duplicate ids: the line of the second one", () => {
    const errors = errorsOf(VALID.replace("id: q2", "id: q1"));
    expect(errors).toEqual([expect.objectContaining({ line: 13, path: "questions[1].id", message: 'question id "q1" is used twice', issue: "duplicate-question", id: "q1" })]);
  });

  it("a score that is not a number: its line", () => {
    const errors = errorsOf(VALID.replace("score: 1", 'score: "много"'));
    expect(errors).toEqual([expect.objectContaining({ line: 5, path: "scale[1].score", message: "Invalid input: expected number, received string" })]);
  });

  it("an area the file does not define: the question's area line", () => {
    const errors = errorsOf(VALID.replace("    area: digital\n    text: { ru: Я могу ещё", "    area: robotics\n    text: { ru: Я могу ещё"));
    expect(errors).toEqual([expect.objectContaining({ line: 14, path: "questions[1].area", message: 'no area "robotics" in areas' })]);
  });

  it("JSON with a syntax error names its line too", () => {
    expect(errorsOf('{\n  "id": "x",\n  "title": {\n}}}\n')[0]!.line).toBe(4);
  });

  it("not UTF-8, empty, over 1 MB, not an object: a clear error each", () => {
    expect(errorsOf(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xcf, 0xf0, 0xe8]))[0]!.problem).toBe("not-utf8");
    expect(errorsOf("  \n")[0]!.problem).toBe("empty");
    expect(errorsOf(new Uint8Array(1024 * 1024 + 1).fill(0x20))[0]!.problem).toBe("too-large");
    expect(errorsOf("- a\n- b\n")[0]!.problem).toBe("not-object");
  });
});
