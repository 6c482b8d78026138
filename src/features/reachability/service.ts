import type { Db } from "../../db/client.ts";

/**
 * Records that a person blocked the bot (`at`) or is back (null). The outbox skips blocked
 * people; nothing is stored for someone who never consented.
 */
export async function setBlocked(db: Db, telegramId: bigint, at: Date | null): Promise<void> {
  await db.user.updateMany({ where: { telegramId }, data: { blockedAt: at } });
}
