// Migrations run on the Prisma 6.19 CLI (the `prisma-migrate` alias; scripts/prisma.mjs passes it
// this file): its WebAssembly schema engine works through the JS driver adapters, so no engine
// binary is ever downloaded. Prisma 7's CLI generates the clients but migrates only through a
// native schema engine it downloads (see README, "Database").
// DATABASE_URL picks the provider: file:... -> prisma/sqlite, postgres(ql)://... -> prisma/postgres.
import "dotenv/config"; // the CLI stops reading .env once this file exists
import path from "node:path";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma-migrate/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { DEFAULT_SQLITE_URL, isPostgresUrl, pgConnectionFields, sqliteFilePath } from "../src/db/url.ts";

const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
const provider = isPostgresUrl(url) ? "postgres" : "sqlite";
const here = path.dirname(fileURLToPath(import.meta.url));

// Prisma 7 refuses a `url` in the datasource block and Prisma 6 refuses a block without one
// (and then downloads a query engine), so the 6 CLI reads a copy of the schema with a placeholder
// url added (ignored: the adapter below connects). Its generator writes nowhere that matters: the
// clients come from Prisma 7 (scripts/prisma.mjs passes --skip-generate and regenerates).
// scripts/db-check.mjs diffs against this copy.
function schemaForPrisma6(): string {
  const dir = path.join(here, "..", "node_modules", ".cache", "prisma-migrate", provider);
  mkdirSync(dir, { recursive: true });
  const placeholder = provider === "postgres" ? "postgresql://localhost/placeholder" : "file:./placeholder.db";
  const header = readFileSync(path.join(here, provider, "schema.prisma"), "utf8")
    .replace(/output\s*=\s*"[^"]*"/, `output = "./client"\n  engineType = "client"`) // else it fetches a query engine
    .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"\w+")/, `$1\n  url = "${placeholder}"`);
  if (!header.includes(placeholder)) throw new Error(`no datasource provider found in prisma/${provider}/schema.prisma`);
  put(path.join(dir, "schema.prisma"), `// Written by prisma/migrate.config.ts for the Prisma 6 CLI: edit prisma/${provider}/ instead.\n${header}`);
  put(path.join(dir, "models.prisma"), readFileSync(path.join(here, "models.prisma"), "utf8"));
  return dir;
}

/** Several CLIs may start at once (tests start the bot in parallel): write only a change, and atomically. */
function put(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  const temporary = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

// The wasm engine arms 10 s / 60 s timers it never clears and the CLI does not exit on
// success, so finished commands would linger up to a minute: unref the timers armed from wasm.
const nativeSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
  const timer = nativeSetTimeout.apply(this, args);
  if ((args[1] ?? 0) >= 10_000 && new Error().stack?.includes("wasm://")) timer.unref();
  return timer;
} as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaForPrisma6(),
  migrations: { path: path.join(here, provider, "migrations") },
  adapter: async () => (provider === "postgres" ? postgresFactory(url) : sqliteFactory(url)),
});

// The engine replays migrations on the SQLite shadow database through executeRaw, which runs
// only the first statement of a script: send parameterless calls to executeScript instead.
async function sqliteFactory(dbUrl: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaLibSql } = await import("@prisma/adapter-libsql");
  const file = sqliteFilePath(dbUrl);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const base = new PrismaLibSql({ url: dbUrl });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => {
      const shadow = await base.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

// Three adapter-pg 6.19 bugs hit by the wasm engine are worked around here.
async function postgresFactory(dbUrl: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const pg = (await import("pg")).default;
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // Introspection reads the catalog types "char" (oid 18) and name (oid 19), which the adapter
  // cannot decode: read them as text.
  const proto = pg.Query.prototype as unknown as {
    handleRowDescription(msg: { fields: { dataTypeID: number }[] }): unknown;
    catalogTypesAsText?: boolean;
  };
  if (!proto.catalogTypesAsText) {
    const original = proto.handleRowDescription;
    proto.handleRowDescription = function (msg) {
      for (const field of msg.fields) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
      return original.call(this, msg);
    };
    proto.catalogTypesAsText = true;
  }
  // Discrete fields, never connectionString: pg lets it override `database`, which would send
  // the shadow pool to the real database. allowExitOnIdle: the CLI never ends its pools.
  const fields = { ...pgConnectionFields(dbUrl), allowExitOnIdle: true };
  const main = new PrismaPg(fields);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    // adapter-pg drops its temporary shadow database before closing the pool that uses it.
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...fields, database: name }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}
