// A generated Prisma client is tied to one provider (a SQLite client refuses a PostgreSQL
// adapter), so the client and driver adapter matching DATABASE_URL are loaded at start-up.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/sqlite/client.ts";
import { isPostgresUrl, pgConnectionFields, sqliteFilePath } from "./url.ts";

/** Both generated clients expose the same model API; the SQLite one serves as the type. */
export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type Provider = "sqlite" | "postgresql";
const providers = new WeakMap<object, Provider>();
/** For the few statements written in SQL, whose dialect differs (locking, placeholders). */
export function providerOf(db: Db | Tx): Provider {
  const known = providers.get(db);
  if (known) return known;
  // A transaction's client is another object; Prisma names the provider on both.
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export async function createDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) {
    const { PrismaClient } = await import("../generated/postgres/client.ts");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const db = new PrismaClient({ adapter: new PrismaPg({ ...pgConnectionFields(url), max: 10 }) }) as unknown as Db;
    providers.set(db, "postgresql");
    return db;
  }
  const file = sqliteFilePath(url);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const { PrismaClient } = await import("../generated/sqlite/client.ts");
  const { SingleConnectionLibSQL } = await import("./sqlite.ts");
  const db = new PrismaClient({
    adapter: new SingleConnectionLibSQL({ url }),
    // Transactions queue for the one connection, and for another process's write lock.
    transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS, timeout: 2 * SQLITE_BUSY_TIMEOUT_MS },
  });
  // WAL doubles write throughput and lets readers run beside a writer; a PRAGMA returns rows.
  // They hold for the process's life: the adapter keeps one connection, transactions included.
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous=NORMAL");
  // Another process writing (the plan CLI) makes statements wait this long for the lock, not fail.
  await db.$queryRawUnsafe(`PRAGMA busy_timeout=${SQLITE_BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys=ON");
  return db;
}
