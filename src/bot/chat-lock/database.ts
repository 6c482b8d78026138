// A ChatLock row per chat being handled, rather than pg_advisory_lock: an advisory lock belongs
// to one connection, and Prisma's pool may lock on one and unlock on another.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { systemClock, type Clock } from "../../core/clock.ts";
import { CHAT_LOCK_TTL_MS, type ChatLock } from "./lock.ts";

export function databaseChatLock(db: Db, opts: { ttlMs?: number; clock?: Clock } = {}): ChatLock {
  const ttlMs = opts.ttlMs ?? CHAT_LOCK_TTL_MS;
  const clock = opts.clock ?? systemClock;
  return {
    async tryAcquire(chatId) {
      const holder = randomUUID();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + ttlMs);
      try {
        await db.chatLock.create({ data: { chatId: BigInt(chatId), holder, expiresAt } });
        return holder;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      // Held: taken over only once expired, by one conditional update that one instance wins.
      const { count } = await db.chatLock.updateMany({ where: { chatId: BigInt(chatId), expiresAt: { lte: now } }, data: { holder, expiresAt } });
      return count === 1 ? holder : undefined;
    },
    async release(chatId, token) {
      await db.chatLock.deleteMany({ where: { chatId: BigInt(chatId), holder: token } });
    },
  };
}
