import { providerOf, type Db } from "../../db/client.ts";
import { databaseChatLock } from "./database.ts";
import { redisChatLock } from "./redis.ts";
import type { ChatLock } from "./lock.ts";

export type { ChatLock } from "./lock.ts";
export { chatLockMiddleware } from "./middleware.ts";

/**
 * The lock for several webhook instances: in Redis when there is one, else in PostgreSQL;
 * undefined on SQLite, which serves one instance. close() ends the Redis connection.
 */
export async function createChatLock(opts: { redisUrl: string | undefined; keyPrefix?: string; db: Db }): Promise<{ lock: ChatLock; close(): Promise<void> } | undefined> {
  if (opts.redisUrl) {
    const { Redis } = await import("ioredis"); // only deployments with Redis pay for loading it
    // No offline queue: a Redis that is down fails at once, and the update goes on without the lock.
    const client = new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", () => {}); // each failed command is logged where the lock is taken
    return { lock: redisChatLock(client, { keyPrefix: opts.keyPrefix }), close: async () => void client.disconnect() };
  }
  if (providerOf(opts.db) === "postgresql") return { lock: databaseChatLock(opts.db), close: async () => {} };
  return undefined;
}
