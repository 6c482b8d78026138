import type { Db } from "../db/client.ts";
import type { Job } from "./job.ts";
import { daily } from "./schedule.ts";

/** A conversation nobody touched for this long is abandoned; onboarding answers are already saved. */
export const CONVERSATION_TTL_DAYS = 30;
/** Before consent nothing about a person may be kept: their half-begun /start goes after a day. */
export const PRE_CONSENT_TTL_HOURS = 24;

export async function purgeStaleConversations(db: Db, now: Date): Promise<number> {
  const abandoned = await db.conversationState.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - CONVERSATION_TTL_DAYS * 86_400_000) } },
  });
  const idle = await db.conversationState.findMany({
    where: { updatedAt: { lt: new Date(now.getTime() - PRE_CONSENT_TTL_HOURS * 3_600_000) } },
    select: { key: true },
  });
  const chatIds = idle.map((row) => /^chat:(\d+)$/.exec(row.key)?.[1]).filter((id): id is string => id !== undefined);
  const consented = new Set(
    (await db.user.findMany({ where: { telegramId: { in: chatIds.map(BigInt) } }, select: { telegramId: true } })).map((user) => String(user.telegramId)),
  );
  const strangers = chatIds.filter((id) => !consented.has(id)).map((id) => `chat:${id}`);
  const unconsented = strangers.length ? await db.conversationState.deleteMany({ where: { key: { in: strangers } } }) : { count: 0 };
  return abandoned.count + unconsented.count;
}

/** Nightly, in the server's zone, when few people use the bot. */
export const housekeeping: Job = {
  name: "housekeeping",
  due: daily({ hour: 3, minute: 17 }),
  async run({ db, logger }, now) {
    const conversations = await purgeStaleConversations(db, now);
    logger.info({ conversations }, "abandoned conversations purged");
  },
};
