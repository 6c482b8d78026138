// The outbox's send rate in real time: in process, shared by two instances through Redis, and
// falling back to the in-process insurance limiter when Redis is down.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createSendRate, type SendRate } from "../../src/messaging/rate.ts";

const REDIS_URL = "redis://127.0.0.1:6379";

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisAnswers();

const rates: SendRate[] = [];
afterEach(async () => {
  for (const rate of rates.splice(0)) await rate.close();
});

async function sendRate(opts: Parameters<typeof createSendRate>[0]): Promise<SendRate> {
  const rate = await createSendRate(opts);
  rates.push(rate);
  return rate;
}

const chats = (n: number) => Array.from({ length: n }, (_, i) => BigInt(1000 + i));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes a slot for every chat at once (chat i on rates[i % rates.length]); ms after `start` each was granted, in order. */
async function grantTimes(rates: SendRate[], chatIds: bigint[]): Promise<number[]> {
  const start = Date.now();
  const times = await Promise.all(
    chatIds.map(async (chatId, i) => {
      expect(await rates[i % rates.length]!.take(chatId)).toEqual({ ok: true });
      return Date.now() - start;
    }),
  );
  return times.sort((a, b) => a - b);
}

/**
 * The grants (ms, sorted) that made more than `limit` within a second, as Telegram counts them. A
 * grant is seen when its timer fires, which a loaded machine delays by tens of milliseconds: a
 * late one followed by an on-time one looks closer than they were reserved, so the window is
 * 900 ms. A burst (a second's sends at once) still shows at once.
 */
function moreThanInASecond(granted: number[], limit: number): number[] {
  return granted.filter((at, i) => i >= limit && at - granted[i - limit]! < 900);
}

describe("in process", () => {
  it("spaces sends evenly, a little under perSecond, never more than perSecond in any second", async () => {
    const granted = await grantTimes([await sendRate({ perSecond: 5 })], chats(12));
    expect(granted[0]).toBeLessThan(100);
    // 5 a second, spaced 3 % wider: the 12th about 11 × 206 ms after the first.
    expect(granted[11]).toBeGreaterThanOrEqual(2100);
    expect(granted[11]).toBeLessThan(3500);
    expect(moreThanInASecond(granted, 5)).toEqual([]);
  });

  it("refuses a second message to the same chat within a second, saying how long to wait", async () => {
    const rate = await sendRate({ perSecond: 5 });
    expect(await rate.take(7n)).toEqual({ ok: true });
    const again = await rate.take(7n);
    expect(again).toEqual({ ok: false, retryInMs: expect.any(Number) });
    const retryInMs = again.ok ? 0 : again.retryInMs;
    expect(retryInMs).toBeGreaterThan(0);
    expect(retryInMs).toBeLessThanOrEqual(1000);
  });

  it("pause(1) makes the next take wait about a second", async () => {
    const rate = await sendRate({ perSecond: 5 });
    const start = Date.now();
    await rate.pause(1);
    expect(await rate.take(7n)).toEqual({ ok: true });
    // Timers may fire a millisecond before the clock says the second is over.
    expect(Date.now() - start).toBeGreaterThanOrEqual(990);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe("through Redis", () => {
  it("two instances share one rate: 10 chats at 5 a second together take about two seconds, evenly spaced", async (ctx) => {
    if (!redisUp) {
      if (process.env.CI) throw new Error(`Redis must answer at ${REDIS_URL} in CI`);
      ctx.skip(`Redis does not answer at ${REDIS_URL}`);
    }
    // A prefix of its own, so that no other run's keys (alive for a second) count against this one.
    const keyPrefix = `profrost-test-${randomUUID()}`;
    // Fresh instances: the rate is shared from their first take.
    const instances = [await sendRate({ perSecond: 5, redisUrl: REDIS_URL, keyPrefix }), await sendRate({ perSecond: 5, redisUrl: REDIS_URL, keyPrefix })];
    const granted = await grantTimes(instances, chats(10));
    expect(granted[0]).toBeLessThan(200);
    expect(granted[9]).toBeGreaterThanOrEqual(1700);
    expect(granted[9]).toBeLessThan(3500);
    expect(moreThanInASecond(granted, 5)).toEqual([]);
  });

  it("with nothing listening at the Redis URL, takes go through the in-process limiter without waiting for it", async () => {
    const start = Date.now();
    const rate = await sendRate({ perSecond: 5, redisUrl: "redis://127.0.0.1:1" });
    expect(await rate.take(7n)).toEqual({ ok: true });
    expect(await rate.take(7n)).toMatchObject({ ok: false });
    // Also once the first connection attempt has failed and the client is reconnecting.
    await sleep(300);
    expect(await rate.take(8n)).toEqual({ ok: true });
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
