import type { Db } from "../db/client.ts";

/** A claim older than this is a sender that crashed between claiming a message and confirming it. */
export const STALE_CLAIM_MINUTES = 5;

/**
 * Settles outbox rows nobody will finish: stale claims become "unknown" (Telegram may or may not
 * have delivered them, and a duplicate is worse than a gap, so they are never resent), and
 * pending rows past their expiry become "expired".
 */
export async function sweepOutbox(db: Db, now: Date): Promise<{ unknown: number; expired: number }> {
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000);
  const unknown = await db.outboxMessage.updateMany({ where: { status: "sending", claimedAt: { lt: staleBefore } }, data: { status: "unknown" } });
  const expired = await db.outboxMessage.updateMany({ where: { status: "pending", expiresAt: { lt: now } }, data: { status: "expired" } });
  return { unknown: unknown.count, expired: expired.count };
}
