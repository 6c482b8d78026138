import cron from "node-cron";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { purgeStaleConversations } from "./housekeeping.ts";
import { purgeStalePreviews } from "../features/plans/pending.ts";

/** Starts the periodic jobs; the returned function stops them (and waits for none to be running). */
export function startScheduler(deps: { db: Db; logger: Logger }): () => Promise<void> {
  const jobs = [
    cron.schedule("17 3 * * *", async () => {
      const now = new Date();
      const conversations = await purgeStaleConversations(deps.db, now);
      const previews = await purgeStalePreviews(deps.db, now);
      deps.logger.info({ conversations, previews }, "abandoned conversations and plan previews purged");
    }, { name: "housekeeping", noOverlap: true }),
  ];
  return async () => {
    await Promise.all(jobs.map((job) => job.stop()));
  };
}
