import type { Due, Job } from "../../src/jobs/job.ts";

/** A job that records the tick of each of its runs; `runs` may be shared by several instances' copies. */
export function countingJob(name: string, due: Due, runs: Date[] = [], work: () => Promise<void> = async () => {}): Job & { runs: Date[] } {
  return {
    name,
    due,
    runs,
    async run(_deps, now) {
      runs.push(now);
      await work();
    },
  };
}

export const at = (iso: string) => new Date(iso);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
