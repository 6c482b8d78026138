// An announcement's life: saved (sent now or scheduled), started (one outbox row per recipient in
// one transaction), stopped (the rows not yet sent withdrawn), finished when nothing is left.
import type { Config } from "../../config/index.ts";
import type { Clock } from "../../core/clock.ts";
import { releaseTimes, type QuietHours } from "../../core/quiet-hours.ts";
import type { Db } from "../../db/client.ts";
import type { MessageCopy } from "../../messaging/copy.ts";
import type { NoticeButton } from "../../messaging/notice.ts";
import { LANE } from "../../messaging/sender.ts";
import { insertRows } from "../../messaging/store.ts";
import { broadcastAudienceSchema, recipientsWhere, type BroadcastAudience, type Scope } from "./audience.ts";

export type Draft = {
  authorId: number;
  scope: Scope;
  copy: MessageCopy;
  buttons: NoticeButton[][];
  audience: BroadcastAudience;
  urgent: boolean;
};

export type BroadcastStatus = "scheduled" | "sending" | "done" | "stopped" | "cancelled";

/** How the deployment sends: urgent announcements go as paid broadcasts only where that is switched on. */
export type Delivery = { paidBroadcasts: boolean; defaultTimezone: string; quietHours: QuietHours };

export function deliveryOf(config: Pick<Config, "paidSendRatePerSecond" | "defaultTimezone" | "quietHours">): Delivery {
  return { paidBroadcasts: config.paidSendRatePerSecond !== null, defaultTimezone: config.defaultTimezone, quietHours: config.quietHours };
}

const PAGE = 2000;
const sourceOf = (id: number) => `broadcast:${id}`;

/** Saves the announcement to go at `at` (a minute job starts it), or now. Returns its id. */
export async function saveBroadcast(db: Db, draft: Draft, opts: { at: Date | null; now: Date }): Promise<number> {
  const { id } = await db.broadcast.create({
    data: {
      authorId: draft.authorId,
      scope: JSON.stringify(draft.scope),
      content: JSON.stringify(draft.copy),
      buttons: JSON.stringify(draft.buttons),
      audience: JSON.stringify(draft.audience),
      urgent: draft.urgent,
      status: "scheduled",
      scheduledAt: opts.at ?? opts.now,
    },
    select: { id: true },
  });
  return id;
}

/**
 * Queues one outbox row per recipient, in one transaction with the move to "sending", so a
 * restart finds either no row or all of them. Recipients are those of the audience at this
 * moment; each row waits out the night in the recipient's zone unless the announcement is urgent.
 * Returns how many were queued, or null when the broadcast was not scheduled (started already, stopped).
 */
export async function startBroadcast(db: Db, id: number, now: Date, delivery: Delivery): Promise<number | null> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.broadcast.updateMany({ where: { id, status: "scheduled" }, data: { status: "sending", startedAt: now, progressAt: null } });
      if (claimed.count === 0) return null;
      const broadcast = await tx.broadcast.findUniqueOrThrow({ where: { id }, select: { scope: true, audience: true, urgent: true } });
      const audience = broadcastAudienceSchema.parse(JSON.parse(broadcast.audience));
      const scope = JSON.parse(broadcast.scope) as Scope;
      const lane = broadcast.urgent && delivery.paidBroadcasts ? LANE.paid : LANE.broadcast;
      const releaseOf = releaseTimes(now, delivery.quietHours, delivery.defaultTimezone);
      let total = 0;
      for (let afterId = 0; ; ) {
        const people = await tx.user.findMany({
          where: { AND: [recipientsWhere(audience, scope, now), { id: { gt: afterId } }] },
          orderBy: { id: "asc" },
          take: PAGE,
          select: { id: true, telegramId: true, timezone: true, quietFrom: true, quietUntil: true, municipality: { select: { timezone: true } } },
        });
        if (!people.length) break;
        afterId = people.at(-1)!.id;
        await insertRows(
          tx,
          people.map((person) => {
            const at = broadcast.urgent ? now : releaseOf(person);
            return { dedupeKey: `${sourceOf(id)}/${person.id}`, source: sourceOf(id), broadcastId: id, lane, userId: person.id, chatId: person.telegramId, payload: "{}", notBefore: at, expiresAt: null };
          }),
          now,
        );
        total += people.length;
      }
      await tx.broadcast.update({ where: { id }, data: { recipients: total, ...(total === 0 ? { status: "done", finishedAt: now } : {}) } });
      return total;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

/** Starts every scheduled broadcast whose time has come (the minute job); returns their ids. */
export async function startDueBroadcasts(db: Db, clock: Clock, delivery: Delivery): Promise<number[]> {
  const due = await db.broadcast.findMany({ where: { status: "scheduled", scheduledAt: { lte: clock.now() } }, orderBy: { id: "asc" }, select: { id: true } });
  const started: number[] = [];
  for (const { id } of due) if ((await startBroadcast(db, id, clock.now(), delivery)) !== null) started.push(id);
  return started;
}

/**
 * Withdraws what is not yet sent: a scheduled broadcast is cancelled, a sending one stopped
 * (rows already handed to Telegram finish). Returns the status it ended in, or null if it had ended.
 */
export async function stopBroadcast(db: Db, id: number, now: Date): Promise<BroadcastStatus | null> {
  return db.$transaction(async (tx) => {
    const broadcast = await tx.broadcast.findUnique({ where: { id }, select: { status: true } });
    if (!broadcast || (broadcast.status !== "scheduled" && broadcast.status !== "sending")) return null;
    const status: BroadcastStatus = broadcast.status === "scheduled" ? "cancelled" : "stopped";
    const changed = await tx.broadcast.updateMany({ where: { id, status: broadcast.status }, data: { status, finishedAt: now } });
    if (changed.count === 0) return null;
    await tx.outboxMessage.updateMany({ where: { broadcastId: id, status: "pending" }, data: { status: "cancelled" } });
    return status;
  });
}

export type Progress = {
  recipients: number;
  sent: number;
  blocked: number;
  failed: number;
  /** Not yet sent: due now, in flight, or waiting for the recipient's morning. */
  left: number;
  /** Of those left, the ones waiting out the night. */
  waitingForMorning: number;
  /** Claimed when a sender died: maybe delivered, never resent. */
  unknown: number;
  cancelled: number;
};

/** Counts of the broadcast's rows by what became of them, in one grouped statement (and one for the night's). */
export async function progressOf(db: Db, id: number, now: Date): Promise<Progress> {
  const [groups, waiting, broadcast] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], where: { broadcastId: id }, _count: { _all: true } }),
    db.outboxMessage.count({ where: { broadcastId: id, status: "pending", nextAttemptAt: { gt: now }, attempts: 0 } }),
    db.broadcast.findUniqueOrThrow({ where: { id }, select: { recipients: true } }),
  ]);
  const count = (...statuses: string[]) => groups.filter((group) => statuses.includes(group.status)).reduce((sum, group) => sum + group._count._all, 0);
  return {
    recipients: broadcast.recipients,
    sent: count("sent"),
    blocked: count("blocked"),
    failed: count("failed", "expired"),
    left: count("pending", "sending"),
    waitingForMorning: waiting,
    unknown: count("unknown"),
    cancelled: count("cancelled"),
  };
}

/** A sending broadcast with nothing left to send is done. Returns whether it just finished. */
export async function finishIfDone(db: Db, id: number, progress: Progress, now: Date): Promise<boolean> {
  if (progress.left > 0) return false;
  const changed = await db.broadcast.updateMany({ where: { id, status: "sending" }, data: { status: "done", finishedAt: now } });
  return changed.count > 0;
}

/** Who did not get it, for the author's file: blocked, failed and unknown rows with the reason. */
export function undelivered(db: Db, id: number) {
  return db.outboxMessage.findMany({
    where: { broadcastId: id, status: { in: ["blocked", "failed", "expired", "unknown"] } },
    orderBy: { id: "asc" },
    select: {
      status: true,
      lastError: true,
      user: { select: { telegramId: true, fullName: true, municipality: { select: { name: true } }, school: { select: { name: true } } } },
    },
  });
}
