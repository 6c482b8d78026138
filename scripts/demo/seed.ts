// What `npm run seed:demo` loads: the bundled directory, the four real plans kept as test
// fixtures (all of them over before 2025), the team's plan of the current school year, and a
// few events of the coming weeks, so a newcomer's "Upcoming" is not empty. Safe to run again.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../../src/db/client.ts";
import { ensureBundledDirectory } from "../../src/features/directory/service.ts";
import { createEvent } from "../../src/features/events/create-event.ts";
import { readPlanDocument } from "../../src/features/plans/parser/index.ts";
import { savePlan } from "../../src/features/plans/save-plan.ts";
import { DEMO_EVENTS, demoEventInput } from "./events.ts";

const REAL_PLANS_DIR = fileURLToPath(new URL("../../test/fixtures/plans/", import.meta.url));
export const DEMO_PLAN = fileURLToPath(new URL("./tavrichesky-2026-2027-plan.txt", import.meta.url));

export async function seedDemo(db: Db, opts: { now: Date; defaultTimezone: string; log: (line: string) => void }): Promise<void> {
  await ensureBundledDirectory(db, { defaultTimezone: opts.defaultTimezone });
  const realPlans = (await readdir(REAL_PLANS_DIR)).filter((file) => file.endsWith(".txt")).sort().map((file) => path.join(REAL_PLANS_DIR, file));
  for (const file of [...realPlans, DEMO_PLAN]) {
    const name = path.basename(file);
    const parsed = await readPlanDocument(await readFile(file), name);
    const { report } = await savePlan(db, parsed, { sourceName: name, importedById: null, at: opts.now });
    opts.log(`${name}: ${parsed.measures.length} measures — created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, archived ${report.removed}`);
  }

  const municipalities = new Map((await db.municipality.findMany({ select: { id: true, name: true } })).map((m) => [m.name, m.id]));
  let created = 0;
  for (const event of DEMO_EVENTS) {
    // Run again, it adds an event only once the earlier one of that title is over.
    const pending = await db.event.count({ where: { title: event.title, cancelledAt: null, endsAt: { gt: opts.now } } });
    if (pending) continue;
    await createEvent(db, demoEventInput(event, opts.now, municipalities), { createdById: null, now: opts.now });
    created++;
  }
  opts.log(`events of the coming weeks: created ${created}, already there ${DEMO_EVENTS.length - created}`);
}
