import cron, { type ScheduledTask } from "node-cron";
import type { Job, JobDeps } from "./job.ts";
import { claimLease, readLastSuccesses, recordFailure, recordSuccess } from "./lease.ts";
import { floorToMinute } from "./schedule.ts";

export type JobRunner = {
  /** Runs, one after another, the due jobs this instance claims for the current minute. */
  tick(): Promise<void>;
  /** Ticks every minute. */
  start(): void;
  /** Stops ticking and waits for the running tick to end. */
  stop(): Promise<void>;
};

/** `holder` names this instance in the lease rows ("host:pid"), for whoever reads them. */
export function createJobRunner({ deps, jobs, holder }: { deps: JobDeps; jobs: readonly Job[]; holder: string }): JobRunner {
  const { db, clock, logger } = deps;
  let running: Promise<void> | undefined;
  let task: ScheduledTask | undefined;

  async function runDueJobs(tick: Date): Promise<void> {
    const lastSuccesses = await readLastSuccesses(db, jobs.map((job) => job.name));
    for (const job of jobs) {
      const lastSuccess = lastSuccesses.get(job.name) ?? null;
      if (job.due(tick, lastSuccess)) await runJob(job, tick, lastSuccess, lastSuccesses.has(job.name));
    }
  }

  // Never throws: one job's failure must not keep the others from running.
  async function runJob(job: Job, tick: Date, lastSuccess: Date | null, exists: boolean): Promise<void> {
    let claimed = false;
    try {
      claimed = await claimLease(db, { name: job.name, tick, holder, now: clock.now(), exists });
      if (!claimed) return;
      await job.run(deps, tick, lastSuccess);
      await recordSuccess(db, job.name, clock.now());
    } catch (err) {
      logger.error({ err, job: job.name }, "job failed");
      if (claimed) await recordFailure(db, job.name, clock.now(), err).catch((recordErr: unknown) => logger.error({ err: recordErr, job: job.name }, "job failure not recorded"));
    }
  }

  function tick(): Promise<void> {
    const at = floorToMinute(clock.now());
    if (running) {
      logger.warn({ tick: at }, "jobs of the previous tick still running; this tick skipped");
      return Promise.resolve();
    }
    running = runDueJobs(at)
      .catch((err: unknown) => logger.error({ err }, "job tick failed"))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    tick,
    start() {
      task ??= cron.schedule("* * * * *", tick, { name: "jobs" });
    },
    async stop() {
      await task?.stop();
      task = undefined;
      await running;
    },
  };
}
