// SET NX PX takes the lock in one command; the release is a script, so that checking the token
// and deleting the key cannot be split by an expiry and another instance's SET.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { CHAT_LOCK_TTL_MS, type ChatLock } from "./lock.ts";

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;

/** `keyPrefix` names the keys; instances share the lock only under the same prefix. */
export function redisChatLock(client: Redis, opts: { keyPrefix?: string; ttlMs?: number } = {}): ChatLock {
  const ttlMs = opts.ttlMs ?? CHAT_LOCK_TTL_MS;
  const key = (chatId: number) => `${opts.keyPrefix ?? "profrost"}:chat-lock:${chatId}`;
  return {
    async tryAcquire(chatId) {
      const token = randomUUID();
      return (await client.set(key(chatId), token, "PX", ttlMs, "NX")) === "OK" ? token : undefined;
    },
    async release(chatId, token) {
      await client.eval(RELEASE, 1, key(chatId), token);
    },
  };
}
