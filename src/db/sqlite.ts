// The SQLite driver adapter, with every transaction on the one connection the PRAGMAs were set on.
//
// @libsql/client hands its connection to each transaction and opens a new one for what follows,
// and nothing ever closes the old one (libsql-client-ts#350; closing would not free it either,
// libsql-js#230): every transaction leaked a file handle and about 200 kB, and each new
// connection lost `busy_timeout`, so a second writer (the plan CLI) made sign-ups fail with
// SQLITE_BUSY. Prisma's adapter already runs one statement or one transaction at a time per
// client (its mutex is held from BEGIN to COMMIT), so the transaction can stay on the client's
// own connection. BEGIN IMMEDIATE takes the write lock up front, where `busy_timeout` waits for
// another process, instead of failing later when a read turns into a write.
import { createClient, type Client, type Config, type InStatement, type Transaction } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export class SingleConnectionLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return keepTransactionsOnConnection(createClient(config));
  }
}

function keepTransactionsOnConnection(client: Client): Client {
  const transaction = async (): Promise<Transaction> => {
    await client.execute("BEGIN IMMEDIATE");
    let open = true;
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      if (!open) return;
      open = false;
      await client.execute(sql);
    };
    return {
      execute: (stmt: InStatement) => client.execute(stmt),
      batch: async (stmts: InStatement[]) => {
        const results = [];
        for (const stmt of stmts) results.push(await client.execute(stmt));
        return results;
      },
      executeMultiple: (sql: string) => client.executeMultiple(sql),
      commit: () => end("COMMIT"),
      rollback: () => end("ROLLBACK"),
      close: () => void end("ROLLBACK"),
      get closed() {
        return !open;
      },
    };
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "transaction") return transaction;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
