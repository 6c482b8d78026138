import { sweepOutbox } from "../messaging/sweep.ts";
import type { Job } from "./job.ts";
import { every } from "./schedule.ts";

export const outboxSweep: Job = {
  name: "outbox-sweep",
  due: every(1),
  async run({ db, logger }, now) {
    const swept = await sweepOutbox(db, now);
    if (swept.unknown > 0) logger.warn(swept, "outbox messages claimed but never confirmed sent: marked unknown, not resent");
    else if (swept.expired > 0) logger.info(swept, "outbox messages expired unsent");
  },
};
