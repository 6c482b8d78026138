import type { Tx } from "../../db/client.ts";

/** "Иванова_план_2025.DOCX" → "plan.docx": a stored file name keeps its kind and nothing that may name a person. */
export function anonymousFileName(fileName: string): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0].toLowerCase() ?? "";
  return `plan${extension}`;
}

/** After "delete my data" (152-FZ): the plans the person imported stay, their file names no longer tell whose they were. */
export async function anonymiseImportedPlans(tx: Tx, userId: number): Promise<void> {
  const plans = await tx.plan.findMany({ where: { importedById: userId }, select: { id: true, sourceName: true } });
  for (const plan of plans) await tx.plan.update({ where: { id: plan.id }, data: { sourceName: anonymousFileName(plan.sourceName) } });
}
