// Every few seconds, each announcement being sent gets its author's status message edited, by one
// instance (the edit is claimed by moving progressAt forward in one conditional update); one with
// nothing left is marked done and its author told through the outbox.
import { GrammyError, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Clock } from "../../core/clock.ts";
import type { Db } from "../../db/client.ts";
import { pickLocale } from "../../i18n/index.ts";
import type { Logger } from "../../logger.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import { finishIfDone, progressOf } from "./service.ts";
import { statusKeyboard, statusText } from "./status.ts";

export const PROGRESS_EVERY_MS = 5000;

/**
 * After "Stop", the rows already handed to Telegram still finish; for this long the status
 * message is redrawn when they do, so its counts add up to the recipients.
 */
const STOPPED_SETTLE_MS = 60_000;

export type ProgressDeps = {
  db: Db;
  api: Api;
  i18n: I18n<never>;
  clock: Clock;
  logger: Logger;
  /** The rates announcements go at, for "time left". */
  perSecond: number;
  paidPerSecond: number | null;
};

/** One round: edits the status of every broadcast being sent (that no other instance just edited). */
export async function reportProgress(deps: ProgressDeps): Promise<void> {
  const { db, clock } = deps;
  const now = clock.now();
  const sending = await db.broadcast.findMany({ where: { status: "sending" }, select: { id: true } });
  for (const { id } of sending) {
    const claimed = await db.broadcast.updateMany({
      where: { id, status: "sending", OR: [{ progressAt: null }, { progressAt: { lte: new Date(now.getTime() - PROGRESS_EVERY_MS + 500) } }] },
      data: { progressAt: now },
    });
    if (claimed.count === 0) continue;
    const progress = await progressOf(db, id, now);
    const finished = await finishIfDone(db, id, progress, now);
    await showProgress(deps, id, finished ? "done" : "sending");
    if (finished) await tellAuthor(deps, id, now);
  }
  await redrawJustStopped(deps, now);
}

/** Redraws a broadcast stopped a moment ago once rows that were in flight at the stop have an outcome. */
async function redrawJustStopped(deps: ProgressDeps, now: Date): Promise<void> {
  const { db } = deps;
  const stopped = await db.broadcast.findMany({
    where: { status: "stopped", finishedAt: { gte: new Date(now.getTime() - STOPPED_SETTLE_MS) } },
    select: { id: true, finishedAt: true, progressAt: true },
  });
  for (const { id, finishedAt, progressAt } of stopped) {
    // The stop itself redrew it: only rows settled since then (or since the last redraw) matter.
    const shownAt = progressAt && finishedAt && progressAt > finishedAt ? progressAt : finishedAt;
    if (!shownAt) continue;
    const settled = await db.outboxMessage.count({ where: { broadcastId: id, status: { notIn: ["pending", "sending", "cancelled"] }, updatedAt: { gt: shownAt } } });
    if (settled === 0) continue;
    const claimed = await db.broadcast.updateMany({ where: { id, status: "stopped", progressAt }, data: { progressAt: now } });
    if (claimed.count > 0) await showProgress(deps, id, "stopped");
  }
}

/** Edits the author's status message to the broadcast's counts now (also after "Stop"). */
export async function showProgress(deps: ProgressDeps, id: number, status: string): Promise<void> {
  const { db, api, i18n, clock, logger } = deps;
  const broadcast = await db.broadcast.findUnique({ where: { id }, select: { statusChatId: true, statusMessageId: true, urgent: true, author: { select: { lang: true } } } });
  if (!broadcast?.statusChatId || !broadcast.statusMessageId) return;
  const lang = pickLocale(broadcast.author?.lang, undefined);
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const progress = await progressOf(db, id, clock.now());
  const perSecond = broadcast.urgent && deps.paidPerSecond ? deps.paidPerSecond : deps.perSecond;
  try {
    await api.editMessageText(Number(broadcast.statusChatId), broadcast.statusMessageId, statusText(t, id, progress, { status, perSecond }), {
      parse_mode: "HTML",
      reply_markup: statusKeyboard(t, id, progress, status),
    });
  } catch (error) {
    // Nothing changed since the last edit, or the author deleted the message: the counts stay in the history.
    if (!(error instanceof GrammyError && error.error_code === 400)) logger.warn({ err: error, broadcast: id }, "broadcast progress not shown");
  }
}

async function tellAuthor(deps: ProgressDeps, id: number, now: Date): Promise<void> {
  const { db } = deps;
  const broadcast = await db.broadcast.findUnique({ where: { id }, select: { author: { select: { id: true, telegramId: true } } } });
  const author = broadcast?.author;
  if (!author) return;
  const progress = await progressOf(db, id, now);
  await db.$transaction((tx) =>
    enqueue(tx, {
      source: `broadcast:${id}`,
      purpose: "finished",
      recipients: [{ userId: author.id, telegramId: author.telegramId }],
      notice: {
        key: "broadcast-finished",
        args: { id, sent: progress.sent, recipients: progress.recipients, missed: progress.blocked + progress.failed + progress.unknown },
        buttons: [[{ key: "broadcast-button-open", data: BROADCAST_DATA.open(id, 0) }]],
      },
      now,
    }),
  );
}

/** The loop each instance runs beside the sender. */
export function startProgressReports(deps: ProgressDeps): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => reportProgress(deps)).catch((err: unknown) => deps.logger.error({ err }, "broadcast progress failed"));
  }, PROGRESS_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
