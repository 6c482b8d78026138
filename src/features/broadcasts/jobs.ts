import type { Job } from "../../jobs/job.ts";
import { every } from "../../jobs/schedule.ts";
import { startDueBroadcasts, type Delivery } from "./service.ts";

/** Scheduled announcements start at their minute, on one instance; src/main.ts runs it with the shared jobs. */
export function scheduledBroadcasts(delivery: Delivery): Job {
  return {
    name: "broadcasts-scheduled",
    due: every(1),
    async run({ db, clock, logger }) {
      const started = await startDueBroadcasts(db, clock, delivery);
      if (started.length) logger.info({ broadcasts: started }, "scheduled broadcasts started");
    },
  };
}
