/**
 * Turns table rows into sections and measures: joins rows and cell fragments broken across pages
 * into the measure they belong to and splits section titles fused into a measure's cell.
 */
import { leadingExecutorFragment } from "./executors.ts";
import { SECTION_TITLE, type Cell, type ColumnRole, type TableItem } from "./tables.ts";
import { fusedTextBoundary, asContinuation, startsLowerCase } from "./text.ts";
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
const SUBSECTION_TITLE = /^(\d+\.\d+)\.?\s+([А-ЯЁA-Z«].*)$/;
// A cell of the number column that is not a number but stands where one belongs ("И" for "11").
const NUMBER_LIKE = /^\S{1,3}$/;

const compact = (number: string) => number.replace(/\s+/g, "");

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "IV" → 4; Cyrillic "І" and "Х", which look the same, count as Latin. */
export function romanValue(text: string): number {
  const digits = [...text.replace(/І/g, "I").replace(/Х/g, "X")].map((char) => ROMAN_DIGITS[char] ?? 0);
  return digits.reduce((sum, digit, index) => sum + (digit < (digits[index + 1] ?? 0) ? -digit : digit), 0);
}

const latinRoman = (text: string) => text.replace(/І/g, "I").replace(/Х/g, "X");
const sectionValue = (number: string) => (/^\d+$/.test(number) ? Number(number) : romanValue(number));

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
      const section = SECTION_TITLE.exec(number.text);
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

/**
 * Measures numbered afresh in each section ("1", "2" under I and again under II) take their
 * section's number in front ("II.1"), so each stays one measure; a number repeated inside one
 * section is a repeat to report, not a restart.
 */
function prefixRestartedNumbers(measures: RawMeasure[]) {
  const sectionOfNumber = new Map<string, string | null>();
  let restarts = false;
  for (const measure of measures) {
    const first = sectionOfNumber.get(measure.number);
    if (first !== undefined && first !== measure.section && /^\d+$/.test(measure.number)) restarts = true;
    if (first === undefined) sectionOfNumber.set(measure.number, measure.section);
  }
  if (!restarts) return;
  for (const measure of measures) {
    if (measure.section && !measure.number.startsWith(`${measure.section}.`)) measure.number = `${measure.section}.${measure.number}`;
  }
}

const isEmpty = (cell: Cell) => cell.text === "";
const fragments = (text: string) => (text === "" ? [] : [text]);

/**
 * "1. Организационно-методическое сопровождение Организация деятельности…" in the cell of 1.1:
 * the title of section 1 fused into its first measure. Only when section 1 has not been seen.
 */
function fusedSection(text: string, measureNumber: string, sections: Assembly["sections"]) {
  const match = /^(\d+)\.\s+(.+)$/.exec(text);
  const [sectionNumber = ""] = measureNumber.split(".");
  if (!match || !measureNumber.includes(".") || match[1] !== sectionNumber || sections.some((section) => section.number === sectionNumber)) {
    return null;
  }
  const body = match[2]!;
  const boundary = fusedTextBoundary(body);
  if (boundary <= 0) return null;
  return { number: sectionNumber, title: body.slice(0, boundary).trim(), rest: body.slice(boundary).trim() };
}

/**
 * The head of a cell that continues the previous measure's text in that column: a first paragraph
 * when the cell has several and the previous text stops mid-sentence ("<p>Образования</p>
 * <p>Осуществление…</p>"), or lower-case text up to the first capitalised word ("в эффективный
 * режим работы Финансовая поддержка…"). Null when nothing continues.
 */
function continuedHead(cell: Cell, previousText: string): { head: string; rest: string } | null {
  if (cell.text === "" || previousText === "") return null;
  if (cell.paragraphs.length >= 2 && !/[.!?;]$/.test(previousText)) {
    return { head: asContinuation(previousText, cell.paragraphs[0]!), rest: cell.paragraphs.slice(1).join(" ") };
  }
  if (!startsLowerCase(cell.text)) return null;
  const boundary = fusedTextBoundary(cell.text);
  return boundary > 0 ? { head: cell.text.slice(0, boundary).trim(), rest: cell.text.slice(boundary).trim() } : null;
}

/**
 * Moves the heads of a row's cells that continue the measure before a page break back to it
 * ("…расположенные" / "на территории Омской области (далее – ОО) ИРООО, …"); returns the rest.
 */
function carryAcrossPageBreak(previous: RawMeasure, title: Cell, executors: Cell, result: Cell) {
  const own = { title: title.text, executors: executors.text, result: result.text };
  for (const [column, cell] of [["title", title], ["result", result]] as const) {
    const split = continuedHead(cell, previous[column].join(" "));
    if (!split) continue;
    previous[column].push(split.head);
    own[column] = split.rest;
  }
  const lastExecutor = previous.executors.at(-1);
  const executorSplit = lastExecutor !== undefined && startsLowerCase(executors.text) ? leadingExecutorFragment(executors.text) : null;
  if (lastExecutor !== undefined && executorSplit) {
    previous.executors[previous.executors.length - 1] = `${lastExecutor} ${asContinuation(lastExecutor, executorSplit.carried)}`;
    own.executors = executorSplit.rest;
  }
  return own;
}

/**
 * A row with no number continues the measure above: a cell broken across a page, or the
 * sub-items of a measure. Text columns are joined; a schedule or executor cell that only repeats
 * what the measure already has (printed again on both sides of a page break) is not.
 */
function appendContinuation(measure: RawMeasure, cells: Record<ColumnRole, Cell>) {
  const add = (target: string[], cell: Cell, skipRepeats: boolean) => {
    if (cell.text === "" || (skipRepeats && target.includes(cell.text))) return;
    target.push(cell.text);
  };
  add(measure.title, cells.title, false);
  add(measure.schedule, cells.schedule, true);
  add(measure.executors, cells.executors, true);
  add(measure.executors, cells.coExecutors, true);
  add(measure.result, cells.result, false);
  add(measure.form, cells.form, true);
  add(measure.audience, cells.audience, true);
  add(measure.documentKind, cells.documentKind, true);
}
