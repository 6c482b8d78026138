import { performance } from "node:perf_hooks";
import type { MiddlewareFn } from "grammy";
import type { Context } from "../context.ts";
import type { Logger } from "../../logger.ts";
import type { ChatLock } from "./lock.ts";

export type HoldOptions = {
  logger: Logger;
  /** How long to wait for another instance to finish the chat's previous update. */
  waitMs?: number;
  pollMs?: number;
};

const WAIT_MS = 15_000;
const POLL_MS = 30;

/**
 * Runs `work` holding the chat's lock. Without the lock after waitMs, or when its store fails,
 * the work runs anyway: an update handled out of order is better than one lost.
 */
export async function withChatLock<T>(lock: ChatLock, chatId: number, work: () => Promise<T>, opts: HoldOptions): Promise<T> {
  const token = await acquire(lock, chatId, opts);
  try {
    return await work();
  } finally {
    if (token !== undefined) {
      await lock.release(chatId, token).catch((error: unknown) => opts.logger.warn({ err: error, chatId }, "chat lock not released; it will expire"));
    }
  }
}

async function acquire(lock: ChatLock, chatId: number, { logger, waitMs = WAIT_MS, pollMs = POLL_MS }: HoldOptions): Promise<string | undefined> {
  // A span of waiting, not a moment of the bot's time: the monotonic timer, not the clock.
  const deadline = performance.now() + waitMs;
  try {
    for (;;) {
      const token = await lock.tryAcquire(chatId);
      if (token !== undefined) return token;
      if (performance.now() >= deadline) {
        logger.warn({ chatId, waitMs }, "chat lock still held elsewhere; handling the update without it");
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } catch (error) {
    logger.warn({ err: error, chatId }, "chat lock unavailable; handling the update without it");
    return undefined;
  }
}

/** One update per chat at a time across instances; updates without a chat pass straight through. */
export function chatLockMiddleware(lock: ChatLock, logger: Logger): MiddlewareFn<Context> {
  return (ctx, next) => (ctx.chatId === undefined ? next() : withChatLock(lock, ctx.chatId, next, { logger }));
}
