/**
 * Turns table rows into sections and measures: joins rows and cell fragments broken across pages
 * into the measure they belong to and splits section titles fused into a measure's cell.
 */
import { SECTION_TITLE, type Cell, type ColumnRole, type TableItem } from "./tables.ts";
import { appendContinuation, carryAcrossPageBreak, fusedSection } from "./page-breaks.ts";
import { latinRoman, prefixRestartedNumbers, sectionValue } from "./section-numbers.ts";
import { startsLowerCase } from "./text.ts";
import type { PlanWarning } from "./types.ts";

/** A measure as the rows give it: each column still a list of fragments, as found. */
export type RawMeasure = {
  number: string;
  section: string | null;
  title: string[];
  schedule: string[];
  executors: string[];
  result: string[];
  form: string[];
  audience: string[];
  documentKind: string[];
};

export type Assembly = {
  sections: { number: string; title: string }[];
  measures: RawMeasure[];
  /** Rows that belong to no measure, in document order, each after `afterMeasures` measures. */
  unplaced: { afterMeasures: number; warning: PlanWarning }[];
};

const MEASURE_NUMBER = /^\d+(?:\.\d+)*\.?$/;
const ROMAN_NUMBER = /^([IVXІХ]{1,4})\.?$/;
// A sub-section heading set as a paragraph or in the title cell: "2.1. Работа с молодыми педагогами".
const SUBSECTION_TITLE = /^(\d+(?:\.\d+)+)\.?\s+([А-ЯЁA-Z«].*)$/;
// A cell of the number column that is not a number but stands where one belongs ("И" for "11").
const NUMBER_LIKE = /^\S{1,3}$/;

const compact = (number: string) => number.replace(/\s+/g, "");


/** The number of the next row that has a measure number, for telling a heading "2.1" from a measure. */
function nextNumber(items: readonly TableItem[], from: number): string | null {
  for (const item of items.slice(from + 1)) {
    if (item.kind !== "row") continue;
    const number = compact(item.cells.number.text);
    if (MEASURE_NUMBER.test(number)) return number.replace(/\.$/, "");
  }
  return null;
}

export function assembleRows(items: readonly TableItem[], numbered = true): Assembly {
  const sections: Assembly["sections"] = [];
  const measures: RawMeasure[] = [];
  const unplaced: Assembly["unplaced"] = [];
  let currentSection: string | null = null;
  let sectionSinceMeasure = false;
  let closed = false;

  const lastNumberedSection = () => sectionValue([...sections].reverse().find((section) => !section.number.includes("."))?.number ?? "0");
  const openSection = (number: string | null, title: string) => {
    const sectionNumber = number === null ? String(sections.length + 1) : latinRoman(number);
    sections.push({ number: sectionNumber, title });
    currentSection = sectionNumber;
    sectionSinceMeasure = true;
  };
  // "2.2" after the measures of sub-section 2.1 belongs to section 2, not to 2.1.
  const sectionOf = (number: string) => {
    if (currentSection === null || !/^\d/.test(currentSection) || number.startsWith(`${currentSection}.`)) return currentSection;
    const enclosing = [...sections].reverse().find((section) => number.startsWith(`${section.number}.`));
    return enclosing?.number ?? currentSection;
  };
  const addMeasure = (number: string, cells: Record<ColumnRole, Cell>, own?: { title: string; executors: string; result: string }) => {
    measures.push({
      number,
      section: sectionOf(number),
      title: fragments(own?.title ?? cells.title.text),
      schedule: fragments(cells.schedule.text),
      executors: [...fragments(own?.executors ?? cells.executors.text), ...fragments(cells.coExecutors.text)],
      result: fragments(own?.result ?? cells.result.text),
      form: fragments(cells.form.text),
      audience: fragments(cells.audience.text),
      documentKind: fragments(cells.documentKind.text),
    });
    sectionSinceMeasure = false;
  };
  const markUnplaced = (line: number, text: string) =>
    unplaced.push({
      afterMeasures: measures.length,
      warning: { measure: null, code: "row-unplaced", details: { line: String(line + 1), text: text.slice(0, 80) } },
    });

  for (const [index, item] of items.entries()) {
    if (item.kind === "header") {
      closed = false;
      continue;
    }
    if (closed) continue;
    if (item.kind === "text") {
      const section = SECTION_TITLE.exec(item.text);
      const subsection = SUBSECTION_TITLE.exec(item.text);
      if (section && sectionValue(latinRoman(section[1]!)) === lastNumberedSection() + 1) openSection(section[1]!, section[2]!);
      else if (subsection) openSection(subsection[1]!, subsection[2]!);
      else closed = true;
      continue;
    }

    const { number, title, schedule, executors, result } = item.cells;
    const rawNumber = compact(number.text);
    const others = [schedule, executors, result, item.cells.coExecutors, item.cells.form, item.cells.audience, item.cells.documentKind];
    const previous = measures.at(-1);

    if (!numbered) {
      const heading = title.text !== "" && others.every(isEmpty);
      const continues = item.afterBreak && previous && !sectionSinceMeasure && (title.text === "" || startsLowerCase(title.text));
      if (continues) appendContinuation(previous, item.cells);
      else if (heading) {
        const section = SECTION_TITLE.exec(title.text) ?? SUBSECTION_TITLE.exec(title.text);
        openSection(section ? section[1]! : null, section ? section[2]! : title.text);
      }
      else if (title.text !== "") addMeasure(String(measures.length + 1), item.cells);
      else markUnplaced(item.line, others.map((cell) => cell.text).filter(Boolean).join(" | "));
      continue;
    }

    const roman = ROMAN_NUMBER.exec(rawNumber);
    if (roman && title.text !== "" && others.every(isEmpty)) {
      openSection(roman[1]!, title.text);
      continue;
    }

    if (MEASURE_NUMBER.test(rawNumber)) {
      const measureNumber = rawNumber.replace(/\.$/, "");
      // "2. ⇥ Title" with nothing else, in a plan numbered 1.1, 1.2, … (or "1." before any measure).
      const opensSection = previous ? previous.number.includes(".") : rawNumber.endsWith(".");
      const headsNext = nextNumber(items, index)?.startsWith(`${measureNumber}.`) ?? false;
      if (others.every(isEmpty) && title.text !== "" && (headsNext || (!measureNumber.includes(".") && opensSection))) {
        openSection(measureNumber, title.text);
        continue;
      }
      let titleCell = title;
      const fused = fusedSection(title.text, measureNumber, sections);
      if (fused) {
        openSection(fused.number, fused.title);
        titleCell = { paragraphs: [fused.rest], text: fused.rest };
      }
      // Only a page break cuts a cell in two, so only the first row after one may carry a head.
      const own =
        item.afterBreak && previous && !sectionSinceMeasure
          ? carryAcrossPageBreak(previous, titleCell, executors, result)
          : { title: titleCell.text, executors: executors.text, result: result.text };
      addMeasure(measureNumber, item.cells, own);
      continue;
    }

    if (rawNumber === "") {
      const section = SECTION_TITLE.exec(title.text);
      const subsection = SUBSECTION_TITLE.exec(title.text);
      const hierarchical = !previous || previous.number.includes(".") || !/^\d+$/.test(section?.[1] ?? "");
      if (section && others.every(isEmpty) && hierarchical && sectionValue(latinRoman(section[1]!)) === lastNumberedSection() + 1) {
        openSection(section[1]!, section[2]!);
      } else if (subsection && others.every(isEmpty)) {
        openSection(subsection[1]!, subsection[2]!);
      } else if (previous && !sectionSinceMeasure) {
        appendContinuation(previous, item.cells);
      } else {
        markUnplaced(item.line, [title, ...others].map((cell) => cell.text).filter(Boolean).join(" | "));
      }
      continue;
    }

    if ([title, ...others].every(isEmpty)) {
      const section = SECTION_TITLE.exec(number.text) ?? SUBSECTION_TITLE.exec(number.text);
      if (section) openSection(section[1]!, section[2]!);
      else openSection(null, number.text); // an unnumbered section: "Определение целей"
    } else if (NUMBER_LIKE.test(rawNumber)) {
      addMeasure(rawNumber, item.cells);
    } else {
      markUnplaced(item.line, [number, title, ...others].map((cell) => cell.text).filter(Boolean).join(" | "));
    }
  }
  prefixRestartedNumbers(measures);
  return { sections, measures, unplaced };
}

const isEmpty = (cell: Cell) => cell.text === "";
const fragments = (text: string) => (text === "" ? [] : [text]);
