// Each minute, on one instance: every kind's nudges due since the last run are queued in the
// outbox, once per person, kind, subject and due moment (the outbox's unique key), held through
// the person's quiet hours, and dropped when they would arrive too late to matter.
import { releaseTimes, type QuietHours } from "../core/quiet-hours.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { LANE } from "../messaging/sender.ts";
import { insertRows, type NewRow } from "../messaging/store.ts";
import { NUDGE_DATA } from "./callbacks.ts";
import type { DueNudge, NudgeKind } from "./kind.ts";

export type NudgeSettings = { defaultTimezone: string; quietHours: QuietHours };

/** After downtime, what fell due in the last day is still looked at (each kind drops what expired). */
export const CATCH_UP_MS = 24 * 60 * 60_000;
/** Windows overlap a little, so a due moment at a window's edge is never missed; the key keeps it single. */
const OVERLAP_MS = 5 * 60_000;
/** Ids in one `IN (…)`: under SQLite's and PostgreSQL's limits on a statement's parameters. */
const PREFERENCES_PER_QUERY = 5000;

export function windowFor(now: Date, lastSuccess: Date | null | undefined): { from: Date; to: Date } {
  const earliest = now.getTime() - CATCH_UP_MS;
  const from = lastSuccess ? Math.max(earliest, lastSuccess.getTime() - OVERLAP_MS) : now.getTime() - OVERLAP_MS;
  return { from: new Date(from), to: now };
}

/** Queues what is due in the window; returns how many outbox rows were added per kind. */
export async function planNudges(
  deps: { db: Db; logger: Logger },
  kinds: readonly NudgeKind[],
  window: { from: Date; to: Date },
  settings: NudgeSettings,
): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const kind of kinds) {
    const due = await kind.find(deps.db, window);
    const wanted = await wanting(deps.db, kind, due.flatMap((nudge) => nudge.recipients.map((person) => person.id)));
    const rows = due.flatMap((nudge) => rowsOf(kind, nudge, { wanted, now: window.to, settings }));
    // One kind's rows in one statement or a few: a tick after downtime may queue thousands.
    const count = rows.length ? await insertRows(deps.db, rows, window.to) : 0;
    if (count) added[kind.name] = count;
  }
  return added;
}

function rowsOf(kind: NudgeKind, nudge: DueNudge, opts: { wanted: (userId: number) => boolean; now: Date; settings: NudgeSettings }): NewRow[] {
  const from = nudge.dueAt > opts.now ? nudge.dueAt : opts.now;
  const releaseOf = releaseTimes(from, opts.settings.quietHours, opts.settings.defaultTimezone);
  const source = `nudge:${kind.name}:${nudge.subject}`;
  const payload = JSON.stringify({ ...nudge.notice, buttons: [...(nudge.notice.buttons ?? []), [{ key: "nudge-button-mute", data: NUDGE_DATA.mute(kind.name) }]] });
  return nudge.recipients.flatMap((person) => {
    if (!opts.wanted(person.id)) return [];
    const at = nudge.ignoresQuietHours ? from : releaseOf(person);
    // Held past the moment it matters: not sent at all.
    if (nudge.expiresAt && at >= nudge.expiresAt) return [];
    return [{
      // The same key enqueue() gives: source, purpose (the due moment), person.
      dedupeKey: `${source}/${nudge.dueAt.toISOString()}/${person.id}`,
      source,
      userId: person.id,
      chatId: person.telegramId,
      broadcastId: null,
      lane: LANE.notice,
      payload,
      notBefore: at,
      expiresAt: nudge.expiresAt ?? null,
    }];
  });
}

/** Who of them wants this kind: not switched off, and switched on where the kind is opt-in. */
async function wanting(db: Db, kind: NudgeKind, userIds: number[]): Promise<(userId: number) => boolean> {
  const chose = new Map<number, boolean>();
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += PREFERENCES_PER_QUERY) {
    const choices = await db.nudgePreference.findMany({ where: { kind: kind.name, userId: { in: unique.slice(i, i + PREFERENCES_PER_QUERY) } }, select: { userId: true, enabled: true } });
    for (const choice of choices) chose.set(choice.userId, choice.enabled);
  }
  return (userId) => chose.get(userId) ?? kind.defaultOn;
}
