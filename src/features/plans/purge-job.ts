import type { Job } from "../../jobs/job.ts";
import { daily } from "../../jobs/schedule.ts";
import { purgeStalePreviews } from "./pending.ts";

/** Plan previews nobody saved are dropped nightly, beside the housekeeping; src/main.ts runs it with the shared jobs. */
export const planPreviewsPurge: Job = {
  name: "plan-previews-purge",
  due: daily({ hour: 3, minute: 17 }),
  async run({ db, logger }, now) {
    const previews = await purgeStalePreviews(db, now);
    logger.info({ previews }, "stale plan previews purged");
  },
};
