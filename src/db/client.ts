// A generated Prisma client is tied to one provider (a SQLite client refuses a PostgreSQL
// adapter), so the client and driver adapter matching DATABASE_URL are loaded at start-up.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/sqlite/client.ts";
import { isPostgresUrl, pgConnectionFields, sqliteFilePath } from "./url.ts";

/** Both generated clients expose the same model API; the SQLite one serves as the type. */
export type Db = PrismaClient;

export async function createDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) {
    const { PrismaClient } = await import("../generated/postgres/client.ts");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const db = new PrismaClient({ adapter: new PrismaPg({ ...pgConnectionFields(url), max: 10 }) });
    return db as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const { PrismaClient } = await import("../generated/sqlite/client.ts");
  const { PrismaLibSQL } = await import("@prisma/adapter-libsql");
  const db = new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
  // WAL doubles write throughput and lets readers run beside a writer; a PRAGMA returns rows.
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous=NORMAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout=5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys=ON");
  return db;
}
