import type { Tx } from "../../db/client.ts";
import { nameKey } from "./names.ts";

/** Where rows that name no region go: the bundled directory's own region. */
export const DEFAULT_REGION = "Омская область";

/**
 * The ids of the regions named, by nameKey, creating those the directory lacks with the time
 * zone given for them. An existing region keeps its own zone.
 */
export async function ensureRegions(tx: Tx, wanted: ReadonlyMap<string, string>): Promise<Map<string, { id: number; timezone: string }>> {
  const regions = new Map((await tx.region.findMany({ select: { id: true, name: true, timezone: true } })).map((r) => [nameKey(r.name), r]));
  const missing = [...wanted].filter(([name]) => !regions.has(nameKey(name)));
  if (missing.length) {
    const created = await tx.region.createManyAndReturn({
      data: missing.map(([name, timezone]) => ({ name, timezone })),
      select: { id: true, name: true, timezone: true },
    });
    for (const region of created) regions.set(nameKey(region.name), region);
  }
  return regions;
}
