export { parsePlan } from "./parse-plan.ts";
export { parseSchedule, type ScheduleDates } from "./schedule.ts";
export type { PlanPeriod } from "./dates.ts";
export { decodePlanText } from "./decode.ts";
export { docxToText } from "./docx.ts";
export { MAX_PLAN_BYTES, readPlanDocument } from "./read.ts";
export { PlanInputError, type PlanInputErrorCode } from "./errors.ts";
export type * from "./types.ts";
