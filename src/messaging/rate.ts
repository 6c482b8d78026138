// How fast the outbox sends: one global rate and one message a second per chat, shared by every
// instance through Redis when REDIS_URL is set (rate-limiter-flexible), in process otherwise.
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type SendRate = {
  /** Waits for a slot of the global rate; refuses (with how long to wait) when the chat had one this second. */
  take(chatId: bigint): Promise<{ ok: true } | { ok: false; retryInMs: number }>;
  /** Telegram said 429: nobody sends for this long. */
  pause(seconds: number): Promise<void>;
  close(): Promise<void>;
};

const ALL = "all";
/** How long start-up waits for Redis before sending under this instance's own rate. */
const REDIS_CONNECT_MS = 3000;

/** `keyPrefix` names the Redis keys; instances share a rate only under the same prefix. */
export async function createSendRate(opts: { perSecond: number; redisUrl?: string | undefined; keyPrefix?: string }): Promise<SendRate> {
  const memory = (points: number, keyPrefix: string) => new RateLimiterMemory({ points, duration: 1, keyPrefix });
  let redis: Redis | undefined;
  let limiter = (points: number, keyPrefix: string): RateLimiterAbstract => memory(points, keyPrefix);
  if (opts.redisUrl) {
    // No offline queue: a Redis that is down must fail fast, so the in-process insurance limiter takes over.
    const { Redis } = await import("ioredis"); // only deployments with Redis pay for loading it
    const client = new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", () => {});
    // With no offline queue, a take before the connection is up would use the insurance limiter:
    // a fresh instance would send at its own full rate beside the others. A Redis that refuses
    // (an error) is not waited for.
    await Promise.race([once(client, "ready").catch(() => {}), sleep(REDIS_CONNECT_MS)]);
    redis = client;
    limiter = (points, keyPrefix) => new RateLimiterRedis({ storeClient: client, points, duration: 1, keyPrefix, insuranceLimiter: memory(points, keyPrefix) });
  }
  const prefix = opts.keyPrefix ?? "profrost";
  const global = limiter(opts.perSecond, `${prefix}:send`);
  const perChat = limiter(1, `${prefix}:chat`);

  return {
    async take(chatId) {
      try {
        await perChat.consume(String(chatId));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { ok: false, retryInMs: refusal.msBeforeNext };
        throw refusal;
      }
      for (;;) {
        try {
          await global.consume(ALL);
          return { ok: true };
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          await new Promise((resolve) => setTimeout(resolve, Math.max(refusal.msBeforeNext, 5)));
        }
      }
    },
    async pause(seconds) {
      await global.block(ALL, seconds);
    },
    async close() {
      redis?.disconnect();
    },
  };
}
