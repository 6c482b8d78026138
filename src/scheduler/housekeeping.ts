import type { Db } from "../db/client.ts";

/** A conversation nobody touched for this long is abandoned; onboarding answers are already saved. */
export const CONVERSATION_TTL_DAYS = 30;

export async function purgeStaleConversations(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - CONVERSATION_TTL_DAYS * 86_400_000);
  const { count } = await db.conversationState.deleteMany({ where: { updatedAt: { lt: before } } });
  return count;
}
