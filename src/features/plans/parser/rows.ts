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
};

export type Assembly = {
  sections: { number: string; title: string }[];
  measures: RawMeasure[];
  /** Rows that belong to no measure, in document order, each after `afterMeasures` measures. */
  unplaced: { afterMeasures: number; warning: PlanWarning }[];
};

const MEASURE_NUMBER = /^\d+(?:\.\d+)*\.?$/;
// A cell of the number column that is not a number but stands where one belongs ("И" for "11").
const NUMBER_LIKE = /^\S{1,3}$/;

const compact = (number: string) => number.replace(/\s+/g, "");

export function assembleRows(items: readonly TableItem[]): Assembly {
  const sections: Assembly["sections"] = [];
  const measures: RawMeasure[] = [];
  const unplaced: Assembly["unplaced"] = [];
  let currentSection: string | null = null;
  let sectionSinceMeasure = false;
  let closed = false;

  const lastNumberedSection = () => Number([...sections].reverse().find((section) => /^\d+$/.test(section.number))?.number ?? 0);
  const openSection = (number: string | null, title: string) => {
    const sectionNumber = number ?? String(sections.length + 1);
    sections.push({ number: sectionNumber, title });
    currentSection = sectionNumber;
    sectionSinceMeasure = true;
  };
  const addMeasure = (number: string, cells: Record<"title" | "schedule" | "executors" | "result", string>) => {
    measures.push({
      number,
      section: currentSection,
      title: fragments(cells.title),
      schedule: fragments(cells.schedule),
      executors: fragments(cells.executors),
      result: fragments(cells.result),
    });
    sectionSinceMeasure = false;
  };
  const markUnplaced = (line: number, text: string) =>
    unplaced.push({
      afterMeasures: measures.length,
      warning: { measure: null, code: "row-unplaced", details: { line: String(line + 1), text: text.slice(0, 80) } },
    });

  for (const item of items) {
    if (item.kind === "header") {
      closed = false;
      continue;
    }
    if (closed) continue;
    if (item.kind === "text") {
      const section = SECTION_TITLE.exec(item.text);
      if (section && Number(section[1]) === lastNumberedSection() + 1) openSection(section[1]!, section[2]!);
      else closed = true;
      continue;
    }

    const { number, title, schedule, executors, result } = item.cells;
    const rawNumber = compact(number.text);
    const others = [schedule, executors, result];
    const previous = measures.at(-1);

    if (MEASURE_NUMBER.test(rawNumber)) {
      const measureNumber = rawNumber.replace(/\.$/, "");
      // "2. ⇥ Title" with nothing else, in a plan numbered 1.1, 1.2, … (or "1." before any measure).
      const opensSection = previous ? previous.number.includes(".") : rawNumber.endsWith(".");
      if (!measureNumber.includes(".") && others.every(isEmpty) && title.text !== "" && opensSection) {
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
      addMeasure(measureNumber, { ...own, schedule: schedule.text });
      continue;
    }

    if (rawNumber === "") {
      const section = SECTION_TITLE.exec(title.text);
      const hierarchical = !previous || previous.number.includes(".");
      if (section && others.every(isEmpty) && hierarchical && Number(section[1]) === lastNumberedSection() + 1) {
        openSection(section[1]!, section[2]!);
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
      addMeasure(rawNumber, { title: title.text, schedule: schedule.text, executors: executors.text, result: result.text });
    } else {
      markUnplaced(item.line, [number, title, ...others].map((cell) => cell.text).filter(Boolean).join(" | "));
    }
  }
  return { sections, measures, unplaced };
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
  add(measure.result, cells.result, false);
}
