// A questionnaire file, as methodologists upload it (YAML or JSON) and as it is stored: areas,
// questions with answer options and a score each, titles in Russian and English. The format is
// documented in docs/questionnaire-format.md; questionnaires/default.yaml is the one the team ships.
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "must be 1-40 lowercase letters, digits, - or _");
const text = z.object({ ru: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });
const option = z.object({ id, label: text, score: z.number().finite() });

export const definitionSchema = z
  .object({
    id,
    title: text,
    description: text.optional(),
    /** Where the wording comes from (the professional standard's labour actions, a methodology). */
    source: z.string().max(1000).optional(),
    /** Days after finishing before it may be taken again; the earlier attempts are kept. */
    retakeAfterDays: z.number().int().min(0).max(3650).default(180),
    /** An area scoring under this share (percent) is a deficit. */
    deficitThreshold: z.number().min(0).max(100).default(60),
    /** The answer options of every question that has none of its own. */
    scale: z.array(option).min(2).max(7).optional(),
    areas: z.array(z.object({ id, title: text })).min(1).max(12),
    questions: z
      .array(z.object({ id, area: id, text, options: z.array(option).min(2).max(7).optional() }))
      .min(1)
      .max(200),
  })
  .superRefine((file, ctx) => {
    const duplicates = (ids: string[]) => ids.filter((each, index) => ids.indexOf(each) !== index);
    // Each repeat is reported at its own place, so a file's error names the line of the second one.
    const repeats = (ids: string[]) => ids.flatMap((each, index) => (ids.indexOf(each) !== index ? [index] : []));
    for (const index of repeats(file.areas.map((area) => area.id))) ctx.addIssue({ code: "custom", path: ["areas", index, "id"], message: `area id "${file.areas[index]!.id}" is used twice`, params: { issue: "duplicate-area", id: file.areas[index]!.id } });
    for (const index of repeats(file.questions.map((question) => question.id))) ctx.addIssue({ code: "custom", path: ["questions", index, "id"], message: `question id "${file.questions[index]!.id}" is used twice`, params: { issue: "duplicate-question", id: file.questions[index]!.id } });
    const areas = new Set(file.areas.map((area) => area.id));
    file.questions.forEach((question, index) => {
      if (!areas.has(question.area)) ctx.addIssue({ code: "custom", path: ["questions", index, "area"], message: `no area "${question.area}" in areas`, params: { issue: "unknown-area", id: question.area } });
      const options = question.options ?? file.scale;
      if (!options) ctx.addIssue({ code: "custom", path: ["questions", index, "options"], message: "has no options, and the file has no scale", params: { issue: "no-options", id: question.id } });
      else for (const dup of duplicates(options.map((each) => each.id))) ctx.addIssue({ code: "custom", path: ["questions", index, "options"], message: `option id "${dup}" is used twice`, params: { issue: "duplicate-option", id: dup } });
    });
    file.areas.forEach((area, index) => {
      if (!file.questions.some((question) => question.area === area.id)) ctx.addIssue({ code: "custom", path: ["areas", index, "id"], message: `area "${area.id}" has no questions`, params: { issue: "empty-area", id: area.id } });
    });
  });

export type Definition = z.infer<typeof definitionSchema>;
export type Question = Definition["questions"][number];
export type Option = NonNullable<Definition["scale"]>[number];

/** A question's options: its own, or the file's scale. */
export function optionsOf(definition: Definition, question: Question): Option[] {
  return question.options ?? definition.scale ?? [];
}

/** Percent per area, 0-100: the answers' scores between each question's lowest and highest. Unanswered questions count as lowest. */
export function scoreAnswers(definition: Definition, answers: ReadonlyMap<string, string>): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const area of definition.areas) {
    let got = 0;
    let span = 0;
    for (const question of definition.questions.filter((each) => each.area === area.id)) {
      const options = optionsOf(definition, question);
      const low = Math.min(...options.map((each) => each.score));
      const high = Math.max(...options.map((each) => each.score));
      const chosen = options.find((each) => each.id === answers.get(question.id));
      got += (chosen?.score ?? low) - low;
      span += high - low;
    }
    scores[area.id] = span === 0 ? 100 : Math.round((got / span) * 100);
  }
  return scores;
}

/** The areas under the questionnaire's threshold, weakest first. */
export function deficitsOf(definition: Definition, scores: Record<string, number>): string[] {
  return definition.areas
    .map((area) => area.id)
    .filter((area) => (scores[area] ?? 0) < definition.deficitThreshold)
    .sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
}

/** Per area, points gained (+) or lost (−) since the previous attempt; areas the previous one lacked are left out. */
export function changeSince(previous: Record<string, number>, current: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(current).filter((area) => area in previous).map((area) => [area, current[area]! - previous[area]!]));
}
