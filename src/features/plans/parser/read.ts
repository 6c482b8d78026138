/**
 * A file a user sends to the plan it holds, or a PlanInputError that says why not. The bot runs
 * this in a worker thread (../read-in-worker.ts); the CLI calls it directly.
 */
import { documentTexts } from "./document-texts.ts";
import { PlanInputError } from "./errors.ts";
import { MAX_PLAN_BYTES, MAX_PLAN_LINES, MAX_PLAN_MEASURES } from "./limits.ts";
import { parsePlan } from "./parse-plan.ts";
import type { ParsedPlan } from "./types.ts";

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** The first of the texts (a workbook's sheets, say) that holds a plan. */
function firstPlan(texts: readonly string[], fileName: string): ParsedPlan {
  for (const text of texts) {
    if (lineCount(text) > MAX_PLAN_LINES) throw new PlanInputError("too-many-lines", `${fileName} has over ${MAX_PLAN_LINES} lines.`);
    const plan = parsePlan(text);
    if (plan.measures.length > 0) return plan;
  }
  throw new PlanInputError("no-measures-table", `${fileName} has no table of measures.`);
}

export async function readPlanDocument(bytes: Uint8Array, fileName: string): Promise<ParsedPlan> {
  if (bytes.length === 0) throw new PlanInputError("empty", `${fileName} is empty.`);
  if (bytes.length > MAX_PLAN_BYTES) throw new PlanInputError("too-large", `${fileName} is over 5 MB.`);
  const { texts, replaced } = await documentTexts(bytes, fileName);
  const nonEmpty = texts.filter((text) => text.trim() !== "");
  if (nonEmpty.length === 0) throw new PlanInputError("empty", `${fileName} holds no text.`);
  const plan = firstPlan(nonEmpty, fileName);
  if (plan.measures.length > MAX_PLAN_MEASURES) throw new PlanInputError("too-many-measures", `${fileName} has ${plan.measures.length} measures.`);
  if (replaced > 0) plan.warnings.unshift({ measure: null, code: "bytes-replaced", details: { count: String(replaced) } });
  return plan;
}
