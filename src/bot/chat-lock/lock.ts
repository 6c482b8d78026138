/**
 * One holder per chat at a time, across every instance that shares the store: two webhook
 * instances must not handle updates of one chat at once, or both replay the same conversation
 * state and the last write wins.
 */
export type ChatLock = {
  /** Takes the chat's lock when it is free or its holder's time ran out: the token that releases it, or undefined. */
  tryAcquire(chatId: number): Promise<string | undefined>;
  /** Frees the lock only while `token` holds it: after an expiry someone else may. */
  release(chatId: number, token: string): Promise<void>;
};

/** Frees the chat of a holder that crashed; longer than an update takes (the webhook answers within 55 s). */
export const CHAT_LOCK_TTL_MS = 60_000;
