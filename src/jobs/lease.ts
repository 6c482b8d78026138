// One row per job in JobLease: which tick last claimed it (so each tick runs it on one instance)
// and how its last run ended (so `due` sees successes of every instance).
import type { Db } from "../db/client.ts";
import { isUniqueViolation } from "../db/errors.ts";

/** lastTick of a lease created before its first claim: earlier than any tick. */
const NEVER = new Date(0);
/** A run that started this long ago without ending was on an instance that died: claim it again. */
export const RUN_PRESUMED_DEAD_MS = 10 * 60_000;

/** The last success of each job that has a lease, in one query. */
export async function readLastSuccesses(db: Db, names: string[]): Promise<Map<string, Date | null>> {
  const rows = await db.jobLease.findMany({ where: { name: { in: names } }, select: { name: true, succeededAt: true } });
  return new Map(rows.map((row) => [row.name, row.succeededAt]));
}

/**
 * Claims the job for the tick with one conditional update: of several instances at the same tick,
 * exactly one sees count 1, and none while a run that began earlier is still going (unless it is
 * presumed dead). `exists` says the row was read already, saving the create.
 */
export async function claimLease(db: Db, opts: { name: string; tick: Date; holder: string; now: Date; exists: boolean }): Promise<boolean> {
  if (!opts.exists) await createLease(db, opts.name);
  const { fields } = db.jobLease;
  const { count } = await db.jobLease.updateMany({
    where: {
      name: opts.name,
      lastTick: { lt: opts.tick },
      OR: [
        { startedAt: null },
        { startedAt: { lte: fields.succeededAt } },
        { startedAt: { lte: fields.failedAt } },
        { startedAt: { lt: new Date(opts.now.getTime() - RUN_PRESUMED_DEAD_MS) } },
      ],
    },
    data: { lastTick: opts.tick, holder: opts.holder, startedAt: opts.now },
  });
  return count === 1;
}

async function createLease(db: Db, name: string): Promise<void> {
  try {
    await db.jobLease.create({ data: { name, lastTick: NEVER } });
  } catch (error) {
    // Another instance created it first; the claim below decides between us.
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function recordSuccess(db: Db, name: string, at: Date): Promise<void> {
  await db.jobLease.update({ where: { name }, data: { succeededAt: at } });
}

export async function recordFailure(db: Db, name: string, at: Date, error: unknown): Promise<void> {
  const lastError = error instanceof Error ? error.message : String(error);
  await db.jobLease.update({ where: { name }, data: { failedAt: at, lastError } });
}
