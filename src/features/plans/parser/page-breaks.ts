/**
 * Rows a page break cut: a cell's head that continues the measure before the break, rows with no
 * number that go on with the measure above, and a section title fused into its first measure.
 */
import { leadingExecutorFragment } from "./executors.ts";
import type { Assembly, RawMeasure } from "./rows.ts";
import type { Cell, ColumnRole } from "./tables.ts";
import { asContinuation, fusedTextBoundary, startsLowerCase } from "./text.ts";

/**
 * "1. Организационно-методическое сопровождение Организация деятельности…" in the cell of 1.1:
 * the title of section 1 fused into its first measure. Only when section 1 has not been seen.
 */
export function fusedSection(text: string, measureNumber: string, sections: Assembly["sections"]) {
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
export function carryAcrossPageBreak(previous: RawMeasure, title: Cell, executors: Cell, result: Cell) {
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
export function appendContinuation(measure: RawMeasure, cells: Record<ColumnRole, Cell>) {
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
