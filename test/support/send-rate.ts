// Telegram's flood limits on sending, for FakeTelegram.limitRate: over the limit a send answers
// 429 "Too Many Requests: retry after N" with parameters.retry_after = N, as Telegram does.
import type { ResponseParameters } from "grammy/types";

export type TooManyRequests = { error_code: 429; description: string; parameters: ResponseParameters };

export type SendRateOptions = {
  /** Sends per second across all chats (Telegram: about 30). */
  perSecond?: number;
  /** Sends per second to one chat (Telegram: about 1, with short bursts tolerated). */
  perChatPerSecond?: number;
  /** Milliseconds since the epoch; inject a fake clock to make the window deterministic. */
  now?: () => number;
};

const WINDOW_MS = 1000;

export class SendRate {
  private readonly all: number[] = [];
  private readonly byChat = new Map<number, number[]>();
  private readonly now: () => number;

  constructor(private readonly limits: SendRateOptions) {
    this.now = limits.now ?? Date.now;
  }

  /** Counts the send when it is within the limits; otherwise returns the 429 to answer. */
  admit(chatId: number | undefined): TooManyRequests | undefined {
    const now = this.now();
    const chat = chatId === undefined ? undefined : this.sendsTo(chatId);
    const waitMs = Math.max(
      waitFor(this.all, this.limits.perSecond, now),
      chat ? waitFor(chat, this.limits.perChatPerSecond, now) : 0,
    );
    if (waitMs > 0) {
      const retryAfter = Math.ceil(waitMs / 1000);
      return { error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
    }
    this.all.push(now);
    chat?.push(now);
    return undefined;
  }

  private sendsTo(chatId: number): number[] {
    const times = this.byChat.get(chatId) ?? [];
    this.byChat.set(chatId, times);
    return times;
  }
}

/** Milliseconds until one more send fits in the sliding window; drops sends that left it. */
function waitFor(times: number[], limit: number | undefined, now: number): number {
  while (times.length > 0 && (times[0] ?? 0) <= now - WINDOW_MS) times.shift();
  if (limit === undefined || times.length < limit) return 0;
  return (times[times.length - limit] ?? now) + WINDOW_MS - now;
}
