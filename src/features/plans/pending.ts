import type { Db } from "../../db/client.ts";
import type { ParsedPlan } from "./parser/types.ts";

/** A preview waits here for "Save": it survives a restart, and nothing reaches the plan tables yet. */
export async function holdPreview(db: Db, opts: { userId: number; fileName: string; parsed: ParsedPlan }): Promise<number> {
  const row = await db.pendingImport.create({
    data: { userId: opts.userId, fileName: opts.fileName, parsed: JSON.stringify(opts.parsed) },
    select: { id: true },
  });
  return row.id;
}

/** A person's own preview; savePlan removes it in the transaction that saves the plan. */
export async function readPreview(db: Db, opts: { id: number; userId: number }): Promise<{ fileName: string; parsed: ParsedPlan } | null> {
  const row = await db.pendingImport.findFirst({ where: { id: opts.id, userId: opts.userId } });
  return row && { fileName: row.fileName, parsed: JSON.parse(row.parsed) as ParsedPlan };
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
