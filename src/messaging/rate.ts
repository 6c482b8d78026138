// How fast the outbox sends: one global rate and one message a second per chat, shared by every
// instance through Redis when REDIS_URL is set, in process otherwise. The global rate spaces sends
// evenly (each take reserves the next free moment) rather than letting a second's worth out at once:
// Telegram counts sends in any second as they arrive, and a window of 30 let out in a burst, then
// the next 30 a second after the first, met 429s (bench/broadcast.ts: 55 % of 30/s, 6 % answered 429).
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { systemClock, type Clock } from "../core/clock.ts";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type SendRate = {
  /** Waits for a slot of the global rate; refuses (with how long to wait) when the chat had one this second. */
  take(chatId: bigint): Promise<{ ok: true } | { ok: false; retryInMs: number }>;
  /** Telegram said 429: nobody sends for this long. */
  pause(seconds: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * Sends are spaced 3 % wider than the rate: a send that reaches Telegram a few milliseconds late
 * (a busy event loop, the network) must not make 31 in a second; up to 30 ms over a second is absorbed.
 */
const SPACING = 1.03;
/**
 * After a pause between batches (recording one, claiming the next), a send may go up to this long
 * before its moment, so the pause costs less of the rate; half the 30 ms above is left for lateness.
 */
const CATCH_UP_MS = 15;
/** How long start-up waits for Redis before sending under this instance's own rate. */
const REDIS_CONNECT_MS = 3000;

/** `keyPrefix` names the Redis keys; instances share a rate only under the same prefix. */
/** `clock`: the injected one (the system's by default); Redis instances agree on Redis's own TIME instead. */
export async function createSendRate(opts: { perSecond: number; redisUrl?: string | undefined; keyPrefix?: string; clock?: Clock }): Promise<SendRate> {
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
  const perChat = limiter(1, `${prefix}:chat`);
  const insurance = memoryPacer(opts.clock ?? systemClock);
  const pacer = redis ? redisPacer(redis, `${prefix}:send-next`, insurance) : insurance;
  const spacingMs = (1000 / opts.perSecond) * SPACING;

  return {
    async take(chatId) {
      try {
        await perChat.consume(String(chatId));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { ok: false, retryInMs: refusal.msBeforeNext };
        throw refusal;
      }
      const waitMs = await pacer.reserve(spacingMs);
      if (waitMs >= 1) await sleep(waitMs);
      return { ok: true };
    },
    async pause(seconds) {
      await pacer.holdFor(seconds * 1000);
    },
    async close() {
      redis?.disconnect();
    },
  };
}

/** The next moment a send may go, shared by whoever reserves from it. */
type Pacer = {
  /** Reserves the next free moment, `spacingMs` after the one before; returns how long to wait for it. */
  reserve(spacingMs: number): Promise<number>;
  /** Nobody's moment comes before `ms` from now (Telegram's retry_after). */
  holdFor(ms: number): Promise<void>;
};

function memoryPacer(clock: Clock): Pacer {
  let next = 0;
  return {
    async reserve(spacingMs) {
      const now = clock.now().getTime();
      const slot = Math.max(next, now - CATCH_UP_MS);
      next = slot + spacingMs;
      return Math.max(0, slot - now);
    },
    async holdFor(ms) {
      next = Math.max(next, clock.now().getTime() + ms);
    },
  };
}

// One script per call, so that instances reserving at once get moments one after the other; Redis's
// own clock, so that instances whose clocks differ still agree. ARGV: spacing or hold (ms), "reserve" or
// "hold", catch-up (ms).
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot, after
if ARGV[2] == 'hold' then
  slot = now
  after = math.max(free, now + tonumber(ARGV[1]))
else
  slot = math.max(free, now - tonumber(ARGV[3]))
  after = slot + tonumber(ARGV[1])
end
redis.call('SET', KEYS[1], string.format('%.3f', after), 'PX', math.ceil(after - now) + 1000)
return math.max(0, math.ceil(slot - now))
`;

/** The moments in Redis; while Redis cannot be reached, this instance's own (like the insurance limiters). */
function redisPacer(client: Redis, key: string, insurance: Pacer): Pacer {
  return {
    async reserve(spacingMs) {
      try {
        return Number(await client.eval(RESERVE, 1, key, String(spacingMs), "reserve", String(CATCH_UP_MS)));
      } catch {
        return insurance.reserve(spacingMs);
      }
    },
    async holdFor(ms) {
      try {
        await client.eval(RESERVE, 1, key, String(ms), "hold", "0");
      } catch {
        await insurance.holdFor(ms);
      }
    },
  };
}
