// Each minute, on one instance: every kind's nudges due since the last run are queued in the
// outbox, once per person, kind, subject and due moment (the outbox's unique key), held through
// the person's quiet hours, and dropped when they would arrive too late to matter.
import { releaseTimes, type QuietHours } from "../core/quiet-hours.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { enqueue } from "../messaging/enqueue.ts";
import { NUDGE_DATA } from "./callbacks.ts";
import type { DueNudge, NudgeKind, NudgePerson } from "./kind.ts";

export type NudgeSettings = { defaultTimezone: string; quietHours: QuietHours };

/** After downtime, what fell due in the last day is still looked at (each kind drops what expired). */
export const CATCH_UP_MS = 24 * 60 * 60_000;
/** Windows overlap a little, so a due moment at a window's edge is never missed; the key keeps it single. */
const OVERLAP_MS = 5 * 60_000;

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
    let count = 0;
    for (const nudge of due) count += await queue(deps.db, kind, nudge, window.to, settings);
    if (count) added[kind.name] = count;
  }
  return added;
}

async function queue(db: Db, kind: NudgeKind, nudge: DueNudge, now: Date, settings: NudgeSettings): Promise<number> {
  const recipients = await wanting(db, kind, nudge.recipients);
  if (!recipients.length) return 0;
  const byMoment = new Map<number, NudgePerson[]>();
  const from = nudge.dueAt > now ? nudge.dueAt : now;
  const releaseOf = releaseTimes(from, settings.quietHours, settings.defaultTimezone);
  for (const person of recipients) {
    const at = nudge.ignoresQuietHours ? from : releaseOf(person);
    // Held past the moment it matters: not sent at all.
    if (nudge.expiresAt && at >= nudge.expiresAt) continue;
    byMoment.set(at.getTime(), [...(byMoment.get(at.getTime()) ?? []), person]);
  }
  const notice = { ...nudge.notice, buttons: [...(nudge.notice.buttons ?? []), [{ key: "nudge-button-mute", data: NUDGE_DATA.mute(kind.name) }]] };
  let added = 0;
  for (const [at, people] of byMoment) {
    added += await db.$transaction((tx) =>
      enqueue(tx, {
        source: `nudge:${kind.name}:${nudge.subject}`,
        purpose: nudge.dueAt.toISOString(),
        recipients: people.map((person) => ({ userId: person.id, telegramId: person.telegramId })),
        notice,
        now,
        notBefore: new Date(at),
        ...(nudge.expiresAt ? { expiresAt: nudge.expiresAt } : {}),
      }),
    );
  }
  return added;
}

/** Those of them who want this kind: not switched off, and switched on where the kind is opt-in. */
async function wanting(db: Db, kind: NudgeKind, people: NudgePerson[]): Promise<NudgePerson[]> {
  if (!people.length) return [];
  const choices = await db.nudgePreference.findMany({ where: { kind: kind.name, userId: { in: people.map((person) => person.id) } }, select: { userId: true, enabled: true } });
  const chose = new Map(choices.map((choice) => [choice.userId, choice.enabled]));
  return people.filter((person) => chose.get(person.id) ?? kind.defaultOn);
}
