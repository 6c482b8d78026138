// Delivers the outbox: claims due rows in small batches, sends each under the shared rate, and
// records what became of it. It needs no update, so it runs beside polling or a webhook alike.
import { GrammyError, HttpError, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Clock } from "../core/clock.ts";
import type { Db } from "../db/client.ts";
import { pickLocale } from "../i18n/index.ts";
import type { Logger } from "../logger.ts";
import type { SendRate } from "./rate.ts";
import { BroadcastCopies, type Broadcast } from "./broadcast-copies.ts";
import { sendCopy } from "./copy.ts";
import { renderButtons, renderNotice } from "./render.ts";
import { claimDue, markSent } from "./store.ts";

export type SenderDeps = {
  db: Db;
  /** An Api without auto-retry: the sender reads 429's retry_after itself and never holds a row that long. */
  api: Api;
  i18n: I18n<never>;
  clock: Clock;
  logger: Logger;
  rate: SendRate;
  defaultTimezone: string;
  /** Messages a second the rate allows; a batch is what goes out in about a quarter of a second. */
  perSecond: number;
  /** The lanes this sender claims, first to last (see LANE); all of them by default. */
  lanes?: readonly number[];
  /** Sends as Telegram's paid broadcasts (the urgent lane's own sender, at its own rate). */
  paid?: boolean;
};

/** Who goes first: a notice to one person, then announcements; urgent paid ones have a sender of their own. */
export const LANE = { notice: 0, broadcast: 1, paid: 2 } as const;
const ALL_LANES = [LANE.notice, LANE.broadcast, LANE.paid];

/** After this many tries a message that keeps meeting network or server errors is failed. */
export const MAX_ATTEMPTS = 5;
const BACKOFF_SECONDS = [10, 60, 300, 900];
const IDLE_MS = 1000;
const MIN_RETRY_MS = 50;

type Outcome =
  | { id: number; kind: "sent"; messageId: number }
  | { id: number; kind: "blocked"; userId: number; error: string }
  | { id: number; kind: "retry"; at: Date; error: string; counts: boolean }
  | { id: number; kind: "failed"; error: string }
  | { id: number; kind: "expired" };

type Row = Awaited<ReturnType<typeof loadRows>>[number];

export class OutboxSender {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private readonly copies = new BroadcastCopies();

  constructor(private readonly deps: SenderDeps) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming and waits for the batch in flight to be sent and recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** Something was queued in this process: look now rather than at the next idle check. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Sends one batch of due messages; returns how many rows it took (0: nothing was due). */
  async sendDue(): Promise<number> {
    const { db, clock } = this.deps;
    const ids = await claimDue(db, { now: clock.now(), limit: Math.max(1, Math.ceil(this.deps.perSecond / 4)), lanes: this.deps.lanes ?? ALL_LANES });
    if (ids.length === 0) return 0;
    const rows = await loadRows(db, ids);
    const copies = await this.copies.load(db, rows);
    const outcomes = await Promise.all(rows.map((row) => this.deliver(row, copies)));
    await this.record(outcomes);
    return ids.length;
  }

  /** Sends until nothing is due (tests, and draining before a stop). */
  async sendAllDue(): Promise<number> {
    let total = 0;
    for (let n = await this.sendDue(); n > 0; n = await this.sendDue()) total += n;
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.sendDue();
      } catch (error) {
        this.deps.logger.error({ err: error }, "outbox batch failed");
      }
      if (sent === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_MS);
          this.wakeUp = () => (clearTimeout(timer), resolve());
        });
        this.wakeUp = undefined;
      }
    }
  }

  private async deliver(row: Row, copies: Map<number, Broadcast>): Promise<Outcome> {
    const { api, clock, i18n, rate } = this.deps;
    const now = clock.now();
    if (row.expiresAt && row.expiresAt <= now) return { id: row.id, kind: "expired" };
    if (row.user.blockedAt) return { id: row.id, kind: "blocked", userId: row.userId, error: "blocked before sending" };
    const lang = pickLocale(row.user.lang, undefined);
    const zone = row.user.timezone ?? row.user.municipality?.timezone ?? this.deps.defaultTimezone;
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
    const chatId = Number(row.chatId);
    let send: () => Promise<{ message_id: number }>;
    try {
      if (row.broadcastId === null) {
        const rendered = renderNotice(row.payload, { t, lang, zone });
        send = () =>
          api.sendMessage(chatId, rendered.text, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            ...(rendered.replyMarkup ? { reply_markup: rendered.replyMarkup } : {}),
          });
      } else {
        const broadcast = copies.get(row.broadcastId);
        if (!broadcast) throw new Error(`broadcast ${row.broadcastId} is gone`);
        const replyMarkup = renderButtons(broadcast.buttons, t);
        send = () => sendCopy(api, chatId, broadcast.copy, { replyMarkup, paid: this.deps.paid === true });
      }
    } catch (error) {
      return { id: row.id, kind: "failed", error: `cannot render: ${String(error)}`.slice(0, 500) };
    }
    const slot = await rate.take(row.chatId);
    // Never due again at once: a window ending this very millisecond would have the row claimed in a tight loop.
    if (!slot.ok) return { id: row.id, kind: "retry", at: new Date(now.getTime() + Math.max(slot.retryInMs, MIN_RETRY_MS)), error: "", counts: false };
    try {
      const message = await send();
      return { id: row.id, kind: "sent", messageId: message.message_id };
    } catch (error) {
      return this.failure(row, error);
    }
  }

  private async failure(row: Row, error: unknown): Promise<Outcome> {
    const now = this.deps.clock.now();
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (error instanceof GrammyError) {
      if (error.error_code === 403) return { id: row.id, kind: "blocked", userId: row.userId, error: text };
      if (error.error_code === 429) {
        const seconds = error.parameters.retry_after ?? 1;
        await this.deps.rate.pause(seconds);
        // Telegram's limit, not the message's fault: it does not use up one of its tries.
        return { id: row.id, kind: "retry", at: new Date(now.getTime() + seconds * 1000), error: text, counts: false };
      }
      if (error.error_code < 500) return { id: row.id, kind: "failed", error: text };
    } else if (!(error instanceof HttpError)) {
      return { id: row.id, kind: "failed", error: text };
    }
    if (row.attempts >= MAX_ATTEMPTS) return { id: row.id, kind: "failed", error: text };
    const wait = BACKOFF_SECONDS[Math.min(row.attempts, BACKOFF_SECONDS.length) - 1] ?? 10;
    return { id: row.id, kind: "retry", at: new Date(now.getTime() + wait * 1000), error: text, counts: true };
  }

  /** A few statements for the whole batch, grouped by what became of each message. */
  private async record(outcomes: Outcome[]): Promise<void> {
    const { db, clock, logger } = this.deps;
    const now = clock.now();
    const of = <K extends Outcome["kind"]>(kind: K) => outcomes.filter((o): o is Extract<Outcome, { kind: K }> => o.kind === kind);
    await markSent(db, of("sent"), now);
    for (const [error, group] of groupBy(of("blocked"), (o) => o.error)) {
      await db.outboxMessage.updateMany({ where: { id: { in: group.map((o) => o.id) } }, data: { status: "blocked", lastError: error } });
    }
    const blocked = of("blocked");
    if (blocked.length) await db.user.updateMany({ where: { id: { in: blocked.map((o) => o.userId) }, blockedAt: null }, data: { blockedAt: now } });
    const retries = of("retry");
    // An announcement stopped while these were in flight: they are withdrawn, not tried again.
    if (retries.length) {
      await db.outboxMessage.updateMany({ where: { id: { in: retries.map((o) => o.id) }, broadcast: { status: { in: ["stopped", "cancelled"] } } }, data: { status: "cancelled" } });
    }
    for (const group of groupBy(retries, (o) => `${o.at.getTime()}|${o.counts}|${o.error}`).values()) {
      const first = group[0]!;
      await db.outboxMessage.updateMany({
        where: { id: { in: group.map((o) => o.id) }, status: "sending" },
        data: { status: "pending", nextAttemptAt: first.at, lastError: first.error || null, ...(first.counts ? {} : { attempts: { decrement: 1 } }) },
      });
      if (first.error) logger.warn({ rows: group.length, retryAt: first.at, error: first.error }, "outbox send will be retried");
    }
    for (const [error, group] of groupBy(of("failed"), (o) => o.error)) {
      await db.outboxMessage.updateMany({ where: { id: { in: group.map((o) => o.id) } }, data: { status: "failed", lastError: error } });
      logger.warn({ rows: group.length, error }, "outbox messages failed");
    }
    const expired = of("expired");
    if (expired.length) await db.outboxMessage.updateMany({ where: { id: { in: expired.map((o) => o.id) } }, data: { status: "expired" } });
  }
}

function loadRows(db: Db, ids: number[]) {
  return db.outboxMessage.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      userId: true,
      chatId: true,
      broadcastId: true,
      payload: true,
      attempts: true,
      expiresAt: true,
      user: { select: { lang: true, blockedAt: true, timezone: true, municipality: { select: { timezone: true } } } },
    },
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
