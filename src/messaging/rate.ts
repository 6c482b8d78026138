// How fast the outbox sends: one global rate and one message a second per chat, shared by every
// instance through Redis when REDIS_URL is set (rate-limiter-flexible), in process otherwise.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type SendRate = {
  /** Waits for a slot of the global rate; refuses (with how long to wait) when the chat had one this second. */
  take(chatId: bigint): Promise<{ ok: true } | { ok: false; retryInMs: number }>;
  /** Telegram said 429: nobody sends for this long. */
  pause(seconds: number): Promise<void>;
  close(): Promise<void>;
};

const ALL = "all";

export function createSendRate(opts: { perSecond: number; redisUrl?: string | undefined }): SendRate {
  const memory = (points: number, keyPrefix: string) => new RateLimiterMemory({ points, duration: 1, keyPrefix });
  let redis: Redis | undefined;
  let limiter = (points: number, keyPrefix: string): RateLimiterAbstract => memory(points, keyPrefix);
  if (opts.redisUrl) {
    // No offline queue: a Redis that is down must fail fast, so the in-process insurance limiter takes over.
    const client = new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", () => {});
    redis = client;
    limiter = (points, keyPrefix) => new RateLimiterRedis({ storeClient: client, points, duration: 1, keyPrefix, insuranceLimiter: memory(points, keyPrefix) });
  }
  const global = limiter(opts.perSecond, "profrost:send");
  const perChat = limiter(1, "profrost:chat");

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
