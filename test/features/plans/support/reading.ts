/** How the parser tests compare readings and name refusals. */
import { PlanInputError, readPlanDocument, type ParsedPlan, type PlanInputErrorCode } from "../../../../src/features/plans/parser/index.ts";

/** What a methodologist checks in the preview: the header, the sections, each measure's number, section, title, executors, schedule, dates and kind. */
export const planReading = (plan: ParsedPlan) => ({
  plan: plan.plan,
  sections: plan.sections,
  measures: plan.measures.map(({ number, section, title, executors, schedule, dates, recurrence, kind }) => ({ number, section, title, executors, schedule, dates, recurrence, kind })),
});

/** The code a document is refused with, or "no error". */
export async function refusalOf(bytes: Uint8Array, fileName: string): Promise<PlanInputErrorCode | "no error"> {
  try {
    await readPlanDocument(bytes, fileName);
    return "no error";
  } catch (error) {
    if (error instanceof PlanInputError) return error.code;
    throw error;
  }
}
