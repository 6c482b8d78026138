// The SQLite driver under Prisma's libsql adapter: one connection, its statements prepared once.
//
// @libsql/client hands its connection to each transaction and opens a new one for what follows,
// and nothing ever closes the old one (libsql-client-ts#350; closing would not free it either,
// libsql-js#230): every transaction leaked a file handle, and each new connection lost
// `busy_timeout`. It also prepares every statement anew, and a prepared statement's native memory
// is freed only when V8 collects the JS object, which under load it rarely does. So this small
// client, the part of @libsql/client's API the adapter calls, keeps one connection (the adapter
// already runs one statement or one transaction at a time per client: its mutex is held from
// BEGIN to COMMIT) and reuses prepared statements: Prisma's SQL is parameterised, so a few hundred
// cover every query. BEGIN IMMEDIATE takes the write lock up front, where `busy_timeout` waits for
// another process, instead of failing later when a read turns into a write.
import Database from "libsql";
import type { Client, Config, InStatement, InValue, ResultSet, Transaction } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { sqliteFilePath } from "./url.ts";

type Prepared = { statement: Database.Statement; returnsData: boolean; columns: string[]; columnTypes: string[] };

/** Distinct statements kept prepared; Prisma issues a few hundred shapes at most. */
const STATEMENTS_KEPT = 1000;

export class SingleConnectionLibSQL extends PrismaLibSql {
  override createClient(config: Config): Client {
    return new CachingClient(sqliteFilePath(config.url) ?? ":memory:") as unknown as Client;
  }
}

class CachingClient {
  private readonly db: Database.Database;
  private readonly prepared = new Map<string, Prepared>();

  constructor(path: string) {
    this.db = new Database(path);
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    const { sql, args } = typeof stmt === "string" ? { sql: stmt, args: [] } : stmt;
    const params = (Array.isArray(args) ? args : []).map(toSql);
    const { statement, returnsData, columns, columnTypes } = this.prepare(sql);
    if (returnsData) {
      // Rows as arrays: the adapter reads them by index only.
      const rows = (statement.all(params) as unknown[][]).map((row) => row.map(fromSql)) as unknown as ResultSet["rows"];
      return result({ columns, columnTypes, rows, rowsAffected: 0, lastInsertRowid: undefined });
    }
    const info = statement.run(params);
    return result({ columns: [], columnTypes: [], rows: [], rowsAffected: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) });
  }

  async executeMultiple(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async transaction(): Promise<Transaction> {
    await this.execute("BEGIN IMMEDIATE");
    let open = true;
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      if (!open) return;
      open = false;
      await this.execute(sql);
    };
    const transaction = {
      execute: (stmt: InStatement) => this.execute(stmt),
      executeMultiple: (sql: string) => this.executeMultiple(sql),
      commit: () => end("COMMIT"),
      rollback: () => end("ROLLBACK"),
      close: () => void end("ROLLBACK"),
      get closed() {
        return !open;
      },
    };
    return transaction as unknown as Transaction;
  }

  close(): void {
    this.prepared.clear();
    this.db.close();
  }

  private prepare(sql: string): Prepared {
    const known = this.prepared.get(sql);
    if (known) {
      // Most recently used last, so the oldest is the one to drop.
      this.prepared.delete(sql);
      this.prepared.set(sql, known);
      return known;
    }
    const statement = this.db.prepare(sql).safeIntegers(true);
    let returnsData = true;
    try {
      statement.raw(true);
    } catch {
      returnsData = false; // raw() refuses a statement that returns no rows
    }
    const definitions = returnsData ? statement.columns() : [];
    const entry = { statement, returnsData, columns: definitions.map((c) => c.name), columnTypes: definitions.map((c) => c.type ?? "") };
    this.prepared.set(sql, entry);
    if (this.prepared.size > STATEMENTS_KEPT) this.prepared.delete(this.prepared.keys().next().value!);
    return entry;
  }
}

/** Integers come back as bigint (exactly); those a number holds become numbers, as @libsql/client's "number" mode gives them. */
function fromSql(value: unknown): unknown {
  if (typeof value === "bigint") return value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER ? Number(value) : value;
  if (value instanceof Buffer) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  return value;
}

function toSql(value: InValue): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  return value;
}

function result(fields: Omit<ResultSet, "toJSON">): ResultSet {
  return { ...fields, toJSON: () => ({ ...fields, lastInsertRowid: fields.lastInsertRowid?.toString() }) } as ResultSet;
}
