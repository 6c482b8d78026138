import type { Db } from "../../db/client.ts";
import type { ParsedPlan } from "./parser/types.ts";

/** A preview waiting for "Save", and the version of the stored plan it was compared with (null: none yet). */
export type HeldPreview = { fileName: string; parsed: ParsedPlan; basedOn: Date | null };
type Stored = { parsed: ParsedPlan; basedOn: string | null };

const serialise = (parsed: ParsedPlan, basedOn: Date | null) => JSON.stringify({ parsed, basedOn: basedOn?.toISOString() ?? null } satisfies Stored);

/** A preview waits here for "Save": it survives a restart, and nothing reaches the plan tables yet. */
export async function holdPreview(db: Db, opts: { userId: number; fileName: string; parsed: ParsedPlan; basedOn: Date | null }): Promise<number> {
  const row = await db.pendingImport.create({
    data: { userId: opts.userId, fileName: opts.fileName, parsed: serialise(opts.parsed, opts.basedOn) },
    select: { id: true },
  });
  return row.id;
}

/** A person's own preview; savePlan removes it in the transaction that saves the plan. */
export async function readPreview(db: Db, opts: { id: number; userId: number }): Promise<HeldPreview | null> {
  const row = await db.pendingImport.findFirst({ where: { id: opts.id, userId: opts.userId } });
  if (!row) return null;
  const stored = JSON.parse(row.parsed) as Partial<Stored>;
  // A preview held before previews remembered the plan's version cannot be checked: it is outdated.
  if (!stored.parsed || stored.basedOn === undefined) return null;
  return { fileName: row.fileName, parsed: stored.parsed, basedOn: stored.basedOn === null ? null : new Date(stored.basedOn) };
}

/** The preview was shown again against the plan as it is now: Save compares with this version. */
export async function rebasePreview(db: Db, opts: { id: number; userId: number; parsed: ParsedPlan; basedOn: Date | null }): Promise<boolean> {
  const { count } = await db.pendingImport.updateMany({ where: { id: opts.id, userId: opts.userId }, data: { parsed: serialise(opts.parsed, opts.basedOn) } });
  return count > 0;
}

export async function dropPreview(db: Db, opts: { id: number; userId: number }): Promise<boolean> {
  const { count } = await db.pendingImport.deleteMany({ where: { id: opts.id, userId: opts.userId } });
  return count > 0;
}

/** Previews nobody saved within a day are dropped. */
export async function purgeStalePreviews(db: Db, now: Date): Promise<number> {
  const { count } = await db.pendingImport.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}
