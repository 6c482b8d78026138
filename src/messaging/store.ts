// The outbox's statements that Prisma's API cannot express in one: a claim that takes a batch
// no other instance can take, and a mark that records each message's Telegram id at once.
import { providerOf, type Db, type Tx } from "../db/client.ts";
import { sqlParams } from "../db/sql.ts";

/**
 * Marks up to `limit` due pending rows as sending and returns their ids, in one statement.
 * PostgreSQL skips rows another instance is claiming (SKIP LOCKED); SQLite has one writer at a
 * time, so the statement is atomic there as it stands.
 */
export async function claimDue(db: Db, { now, limit, lanes }: { now: Date; limit: number; lanes: readonly number[] }): Promise<number[]> {
  const p = sqlParams(db);
  const [at, at2, due, max] = [p(), p(), p(), p()];
  const lock = providerOf(db) === "postgresql" ? "FOR UPDATE SKIP LOCKED" : "";
  // Lanes one at a time, in order: a notice to one person never waits behind 20,000 announcement
  // rows, and each lane's claim walks the (status, lane, nextAttemptAt, id) index without sorting.
  const ids: number[] = [];
  for (const lane of lanes) {
    if (ids.length >= limit) break;
    const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
      `UPDATE "OutboxMessage" SET "status" = 'sending', "claimedAt" = ${at}, "updatedAt" = ${at2}, "attempts" = "attempts" + 1
       WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE "status" = 'pending' AND "lane" = ${Number(lane)} AND "nextAttemptAt" <= ${due}
                      ORDER BY "nextAttemptAt", "id" LIMIT ${max} ${lock})
       RETURNING "id"`,
      now, now, now, limit - ids.length,
    );
    ids.push(...rows.map((row) => Number(row.id)));
  }
  return ids;
}

/** Marks sent rows with the id Telegram gave each message, in one statement. */
export async function markSent(db: Db, sent: { id: number; messageId: number }[], at: Date): Promise<void> {
  if (sent.length === 0) return;
  const p = sqlParams(db);
  const args: unknown[] = [at, at];
  const [sentAt, updatedAt] = [p(), p()];
  const cases = sent.map(({ id, messageId }) => {
    args.push(id, messageId);
    return `WHEN ${p()} THEN CAST(${p()} AS INTEGER)`;
  });
  const ids = sent.map(({ id }) => (args.push(id), p()));
  await db.$executeRawUnsafe(
    `UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ${sentAt}, "updatedAt" = ${updatedAt},
       "telegramMessageId" = CASE "id" ${cases.join(" ")} END
     WHERE "id" IN (${ids.join(", ")})`,
    ...args,
  );
}

/** One outbox row as queued (everything else takes its default). */
export type NewRow = {
  dedupeKey: string;
  source: string;
  userId: number;
  chatId: bigint;
  broadcastId: number | null;
  lane: number;
  payload: string;
  notBefore: Date;
  expiresAt: Date | null;
};

const COLUMNS = ["dedupeKey", "source", "userId", "chatId", "broadcastId", "lane", "payload", "status", "attempts", "notBefore", "nextAttemptAt", "expiresAt", "createdAt", "updatedAt"];
// 14 parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 a statement.
const ROWS_PER_INSERT = 1000;

/**
 * Inserts rows in a few multi-row statements, skipping any whose dedupeKey is queued already (by
 * this run, an earlier one, or another instance at the same moment); returns how many were added.
 * Prisma's createMany spends about 0.3 ms of CPU a row here; this, a few microseconds.
 */
export async function insertRows(db: Db | Tx, rows: readonly NewRow[], now: Date): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const p = sqlParams(db);
    const args: unknown[] = [];
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((row) => {
      args.push(row.dedupeKey, row.source, row.userId, row.chatId, row.broadcastId, row.lane, row.payload, "pending", 0, row.notBefore, row.notBefore, row.expiresAt, now, now);
      return `(${COLUMNS.map(() => p()).join(", ")})`;
    });
    added += await db.$executeRawUnsafe(
      `INSERT INTO "OutboxMessage" (${COLUMNS.map((column) => `"${column}"`).join(", ")}) VALUES ${values.join(", ")} ON CONFLICT ("dedupeKey") DO NOTHING`,
      ...args,
    );
  }
  return added;
}
