import type { Job } from "../jobs/job.ts";
import { every } from "../jobs/schedule.ts";
import type { NudgeKind } from "./kind.ts";
import { planNudges, windowFor, type NudgeSettings } from "./planner.ts";

/** The minute tick's planner, on one instance; src/main.ts gives it the features' kinds. */
export function nudgesJob(kinds: readonly NudgeKind[], settings: NudgeSettings): Job {
  return {
    name: "nudges",
    due: every(1),
    async run({ db, logger }, now, lastSuccess) {
      const added = await planNudges({ db, logger }, kinds, windowFor(now, lastSuccess), settings);
      if (Object.keys(added).length) logger.info({ added }, "nudges queued");
    },
  };
}
