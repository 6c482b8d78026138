export { parsePlan } from "./parse-plan.ts";
export { parseSchedule, type ScheduleDates } from "./schedule.ts";
export type { PlanPeriod } from "./dates.ts";
export { decodePlanText } from "./decode.ts";
export { docxToText } from "./docx.ts";
export { readPlanDocument } from "./read.ts";
export { MAX_PLAN_BYTES, MAX_PLAN_LINES, MAX_PLAN_MEASURES, MAX_UNPACKED_BYTES } from "./limits.ts";
export { PlanInputError, type PlanInputErrorCode } from "./errors.ts";
export type * from "./types.ts";
