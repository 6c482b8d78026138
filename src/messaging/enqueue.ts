import type { Tx } from "../db/client.ts";
import type { Notice } from "./notice.ts";

export type Recipient = { userId: number; telegramId: bigint };

export type Enqueue = {
  /** What caused it ("event:12"): a broadcast, an event, a reminder kind with its subject. */
  source: string;
  /** Which message of that source ("promoted:3", "moved:1733..."): with the recipient, the dedupe key. */
  purpose: string;
  recipients: Recipient[];
  notice: Notice;
  now: Date;
  /** Not before this moment (quiet hours, a scheduled broadcast); now by default. */
  notBefore?: Date;
  /** After this moment it is worth nothing (a reminder of an event that has begun). */
  expiresAt?: Date;
};

// Well under SQLite's and PostgreSQL's limits on the parameters of one statement.
const ROWS_PER_STATEMENT = 500;

/**
 * Queues one message per recipient inside the caller's transaction, so the notice commits or
 * rolls back with what caused it. A recipient who already has this source and purpose is
 * skipped: running the same step twice never sends twice. Returns how many rows were added.
 */
export async function enqueue(tx: Tx, opts: Enqueue): Promise<number> {
  const notBefore = opts.notBefore ?? opts.now;
  const payload = JSON.stringify(opts.notice);
  const keyOf = (userId: number) => `${opts.source}/${opts.purpose}/${userId}`;
  let added = 0;
  for (let i = 0; i < opts.recipients.length; i += ROWS_PER_STATEMENT) {
    const chunk = opts.recipients.slice(i, i + ROWS_PER_STATEMENT);
    const existing = await tx.outboxMessage.findMany({ where: { dedupeKey: { in: chunk.map((r) => keyOf(r.userId)) } }, select: { dedupeKey: true } });
    const queued = new Set(existing.map((row) => row.dedupeKey));
    const rows = chunk
      .filter((r) => !queued.has(keyOf(r.userId)))
      .map((r) => ({
        dedupeKey: keyOf(r.userId),
        source: opts.source,
        userId: r.userId,
        chatId: r.telegramId,
        payload,
        notBefore,
        nextAttemptAt: notBefore,
        expiresAt: opts.expiresAt ?? null,
      }));
    if (rows.length) added += (await tx.outboxMessage.createMany({ data: rows })).count;
  }
  return added;
}
