// The database as the command-line tools need it on any install, even before the first
// `npm start`: migrated, holding the bundled directory, plans' territories filled in.
import { createDb, type Db } from "../src/db/client.ts";
import { migrateIfPending } from "../src/db/migrate.ts";
import { DEFAULT_SQLITE_URL } from "../src/db/url.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import { resolveMissingTerritories } from "../src/features/plans/territory.ts";

export async function openPreparedDb(opts: { bundledDirectory: boolean; outputTo?: "stdout" | "stderr" }): Promise<Db> {
  const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
  const db = await createDb(url);
  try {
    await migrateIfPending(db, url, { outputTo: opts.outputTo ?? "stdout" });
    if (opts.bundledDirectory) await ensureBundledDirectory(db, { defaultTimezone: process.env.DEFAULT_TIMEZONE || "Asia/Omsk" });
    await resolveMissingTerritories(db);
    return db;
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}
