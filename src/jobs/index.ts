import { housekeeping } from "./housekeeping.ts";
import type { Job } from "./job.ts";
import { outboxSweep } from "./outbox-sweep.ts";

export { createJobRunner, type JobRunner } from "./runner.ts";

/** The shared periodic jobs (src/main.ts adds the features' own); each runs on one instance a tick, whatever the number of instances. */
export const JOBS: readonly Job[] = [outboxSweep, housekeeping];
