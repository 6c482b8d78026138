// How many wrong check-in codes a person may send: five in ten minutes, then they wait. Shared by
// every instance through Redis when REDIS_URL is set (as the outbox's rate), in process otherwise.
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../../config/index.ts";

export const WRONG_CODES_ALLOWED = 5;
const WINDOW_SECONDS = 10 * 60;

export type CheckInLimit = {
  /** How long the person must still wait before trying a code, 0 when they may. */
  waitMs(userId: number): Promise<number>;
  /** Counts one wrong code. */
  wrong(userId: number): Promise<void>;
};

function limitOf(limiter: RateLimiterAbstract): CheckInLimit {
  return {
    async waitMs(userId) {
      const state = await limiter.get(String(userId));
      return state && state.consumedPoints >= WRONG_CODES_ALLOWED ? Math.max(state.msBeforeNext, 1) : 0;
    },
    async wrong(userId) {
      try {
        await limiter.consume(String(userId));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
      }
    },
  };
}

const memory = (keyPrefix: string) => new RateLimiterMemory({ points: WRONG_CODES_ALLOWED, duration: WINDOW_SECONDS, keyPrefix });

async function createLimit(config: Config): Promise<CheckInLimit> {
  const keyPrefix = `${config.redisKeyPrefix}:checkin`;
  if (!config.redisUrl) return limitOf(memory(keyPrefix));
  const { Redis } = await import("ioredis");
  // No offline queue: a Redis that is down fails fast, and the insurance limiter counts meanwhile.
  const client: Redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on("error", () => {});
  return limitOf(new RateLimiterRedis({ storeClient: client, points: WRONG_CODES_ALLOWED, duration: WINDOW_SECONDS, keyPrefix, insuranceLimiter: memory(keyPrefix) }));
}

// One per bot (its config), made on the first code anyone sends: most processes never need Redis for it.
const limits = new WeakMap<Config, Promise<CheckInLimit>>();

export function checkInLimit(config: Config): Promise<CheckInLimit> {
  let limit = limits.get(config);
  if (!limit) {
    limit = createLimit(config);
    limits.set(config, limit);
  }
  return limit;
}
