import type { Tx } from "../db/client.ts";
import type { Notice } from "./notice.ts";
import { LANE } from "./sender.ts";
import { insertRows } from "./store.ts";

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

/**
 * Queues one message per recipient inside the caller's transaction, so the notice commits or
 * rolls back with what caused it. A recipient who already has this source and purpose is
 * skipped: running the same step twice never sends twice. Returns how many rows were added.
 */
export async function enqueue(tx: Tx, opts: Enqueue): Promise<number> {
  const notBefore = opts.notBefore ?? opts.now;
  const payload = JSON.stringify(opts.notice);
  const rows = opts.recipients.map((recipient) => ({
    dedupeKey: `${opts.source}/${opts.purpose}/${recipient.userId}`,
    source: opts.source,
    userId: recipient.userId,
    chatId: recipient.telegramId,
    broadcastId: null,
    lane: LANE.notice,
    payload,
    notBefore,
    expiresAt: opts.expiresAt ?? null,
  }));
  return insertRows(tx, rows, opts.now);
}
