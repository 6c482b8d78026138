// npm run seed:demo — fills the configured database with the bundled directory and the real
// plans kept as test fixtures, so a new user sees a populated bot. Safe to run again.
import "dotenv/config";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createDb } from "../src/db/client.ts";
import { DEFAULT_SQLITE_URL } from "../src/db/url.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import { readPlanDocument } from "../src/features/plans/parser/index.ts";
import { savePlan } from "../src/features/plans/save-plan.ts";

const PLANS_DIR = fileURLToPath(new URL("../test/fixtures/plans/", import.meta.url));

const db = await createDb(process.env.DATABASE_URL || DEFAULT_SQLITE_URL);
try {
  await ensureBundledDirectory(db, { defaultTimezone: process.env.DEFAULT_TIMEZONE || "Asia/Omsk" });
  for (const name of (await readdir(PLANS_DIR)).filter((file) => file.endsWith(".txt")).sort()) {
    const parsed = await readPlanDocument(await readFile(path.join(PLANS_DIR, name)), name);
    const { report } = await savePlan(db, parsed, { sourceName: name, importedById: null, at: new Date() });
    console.log(`${name}: ${parsed.measures.length} measures — created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, archived ${report.removed}`);
  }
} finally {
  await db.$disconnect();
}
