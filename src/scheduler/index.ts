import cron from "node-cron";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { purgeStaleConversations } from "./housekeeping.ts";

/** Starts the periodic jobs; the returned function stops them (and waits for none to be running). */
export function startScheduler(deps: { db: Db; logger: Logger }): () => Promise<void> {
  const jobs = [
    cron.schedule("17 3 * * *", async () => {
      const removed = await purgeStaleConversations(deps.db, new Date());
      deps.logger.info({ removed }, "stale conversations purged");
    }, { name: "purge-stale-conversations", noOverlap: true }),
  ];
  return async () => {
    await Promise.all(jobs.map((job) => job.stop()));
  };
}
