import type { Clock } from "../core/clock.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";

/** What a job may use; an object, so later jobs can get more without touching the others. */
export type JobDeps = { db: Db; clock: Clock; logger: Logger };

/** Whether a job should run at this tick, given when it last succeeded on any instance. */
export type Due = (now: Date, lastSuccess: Date | null) => boolean;

export type Job = {
  /** The job's lease row: unique, and kept stable across releases. */
  name: string;
  due: Due;
  /** `now` is the tick's minute, the same on every instance; `lastSuccess` when it last succeeded on any (null: never). */
  run(deps: JobDeps, now: Date, lastSuccess?: Date | null): Promise<void>;
};
