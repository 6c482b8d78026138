// The outbox's statements that Prisma's API cannot express in one: a claim that takes a batch
// no other instance can take, and a mark that records each message's Telegram id at once.
import { providerOf, type Db } from "../db/client.ts";
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
