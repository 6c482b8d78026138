// Plans in layouts unlike the seeds (test/fixtures/plans/layouts, expectations in its expected/):
// every measure's number, section, title, executors, dates, recurrence and kind, the sections, the
// remarks and the order's own deadlines; then the same plans as Word, PDF and Excel files.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, readPlanDocument, type ParsedMeasure, type ParsedPlan } from "../../../../src/features/plans/parser/index.ts";
import { LAYOUT_READINGS, type ExpectedMeasure, type LayoutReading } from "../../../fixtures/plans/layouts/expected/index.ts";

const layouts = new URL("../../../fixtures/plans/layouts/", import.meta.url);
const fixtureBytes = (fixture: string, extension: string): Buffer => readFileSync(new URL(`${fixture}.${extension}`, layouts));

const reading = ({ number, section, title, executors, dates, recurrence, kind }: ParsedMeasure): ExpectedMeasure => ({
  number,
  section,
  title,
  executors,
  dates,
  recurrence,
  kind,
});

/** What a Word, PDF or Excel twin must share with its text. */
const twinReading = ({ number, title, executors, dates, kind }: ExpectedMeasure) => ({ number, title, executors, dates, kind });

/** The measure printed with `number` for the `occurrence`-th time (from 0): a plan may print a number twice. */
function measureAt(plan: ParsedPlan, number: string, occurrence = 0): ParsedMeasure {
  const found = plan.measures.filter((measure) => measure.number === number)[occurrence];
  if (!found) throw new Error(`no measure ${number}${occurrence > 0 ? ` printed ${occurrence + 1} times` : ""}`);
  return found;
}

function numberedCases(measures: ExpectedMeasure[]) {
  return measures.map((expected, index) => {
    const occurrence = measures.slice(0, index).filter((earlier) => earlier.number === expected.number).length;
    return { expected, occurrence, name: occurrence > 0 ? `${expected.number} (printed again)` : expected.number };
  });
}

const warningLike = ({ code, measure, details }: LayoutReading["warnings"][number]) =>
  expect.objectContaining({ code, ...(measure !== undefined && { measure }), ...(details && { details: expect.objectContaining(details) }) });

/** Parsed on first use, so that a plan the parser cannot read fails its tests rather than the whole file. */
function lazyPlan(fixture: string): () => ParsedPlan {
  let plan: ParsedPlan | undefined;
  return () => (plan ??= parsePlan(fixtureBytes(fixture, "txt").toString("utf8")));
}

describe.each(LAYOUT_READINGS)("$fixture: $about", (layout) => {
  const plan = lazyPlan(layout.fixture);

  it("reads the plan's period, and the order's number and date where it names them", () => {
    expect(plan().plan).toMatchObject(layout.header);
  });

  it("finds every measure in document order, numbered by the conventions, each in its section", () => {
    expect(plan().measures.map((measure) => [measure.number, measure.section])).toEqual(layout.measures.map((measure) => [measure.number, measure.section]));
  });

  it("lists every section and sub-section with its title", () => {
    expect(plan().sections).toEqual(layout.sections);
  });

  it.each(numberedCases(layout.measures))("measure $name: title, executors, dates, recurrence and kind", ({ expected, occurrence }) => {
    expect(reading(measureAt(plan(), expected.number, occurrence))).toEqual(expected);
  });

  it("keeps the form, audience, document kind and result columns as written", () => {
    for (const { number, ...columns } of layout.columns) expect(measureAt(plan(), number), number).toMatchObject(columns);
  });

  it("remarks on exactly what needs them: gaps, repeats, assigned numbers, schedules left undated and why", () => {
    expect({ count: plan().warnings.length, warnings: plan().warnings }).toEqual({
      count: layout.warnings.length,
      warnings: expect.arrayContaining(layout.warnings.map(warningLike)),
    });
  });

  it("reads the deadlines the order's own paragraphs set, and nothing else as one", () => {
    const { obligations } = plan();
    expect(obligations.map((obligation) => obligation.number)).toEqual(layout.obligations.map((obligation) => obligation.number));
    for (const expected of layout.obligations) {
      const obligation = obligations.find((candidate) => candidate.number === expected.number)!;
      for (const word of expected.titleWords) expect(obligation.title, expected.number).toContain(word);
      expect(obligation.executors.join("; "), expected.number).toMatch(expected.executor);
      expect(obligation.dates, expected.number).toEqual(expected.dates);
    }
  });
});

const TWINS = LAYOUT_READINGS.flatMap((layout) => layout.twins.map((twin) => ({ layout, file: `${layout.fixture}.${twin}`, twin })));

describe("the same plans as files: Word, PDF exported from Word, Excel", () => {
  it.each(TWINS)("$file holds the measures of its text: numbers, titles, executors, dates and kinds", async ({ layout, file, twin }) => {
    const plan = await readPlanDocument(fixtureBytes(layout.fixture, twin), file);
    expect(plan.measures.map((measure) => twinReading(reading(measure)))).toEqual(layout.measures.map(twinReading));
  });
});
