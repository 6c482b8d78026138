import { providerOf, type Db, type Tx } from "./client.ts";

/** Numbered SQL parameters for the statements written by hand: `?` on SQLite, `$1, $2, …` on PostgreSQL. */
export function sqlParams(db: Db | Tx): () => string {
  const pg = providerOf(db) === "postgresql";
  let n = 0;
  return () => (pg ? `$${++n}` : "?");
}
