// A coordinator declines a young teacher's request for a mentor, with one of the usual reasons.
// The young teacher is told and may ask again; the request is kept as declined, with the reason
// in the coordinator's words. The scope in a button only chooses the list: the coordinator's
// grants and the young teacher are checked against it afresh, and only a request still waiting
// changes.
import type { Db } from "../../db/client.ts";
import type { ReportScope } from "../reports/scope.ts";
import { enqueueRequestDeclined } from "./notices.ts";
import { mayCoordinate, type Coordinator } from "./pairs.ts";
import { DECLINE_REASONS, type DeclineReason } from "./rules.ts";

/** The request a coordinator of the scope may decline now: its young teacher; null for anyone else or any other pair. */
export async function declinableRequest(db: Db, opts: { coordinator: Coordinator | null; scope: ReportScope; pairId: number }) {
  const pair = await db.mentorPair.findUnique({ where: { id: opts.pairId }, select: { id: true, status: true, subject: true, menteeId: true } });
  if (!pair || !(await mayCoordinate(db, opts.coordinator, opts.scope, pair.menteeId))) return { kind: "not-allowed" as const };
  return pair.status === "requested" ? { kind: "requested" as const, pair } : { kind: "outdated" as const };
}

export type DeclineRequestOutcome = { kind: "declined" | "outdated" | "not-allowed" };

/** `words`: the reason as the coordinator read it on the button, kept with the request. */
export async function declineRequest(
  db: Db,
  opts: { coordinator: Coordinator; scope: ReportScope; pairId: number; reason: DeclineReason; words: string; now: Date },
): Promise<DeclineRequestOutcome> {
  const found = await declinableRequest(db, opts);
  if (found.kind !== "requested") return found;
  return db.$transaction(async (tx): Promise<DeclineRequestOutcome> => {
    // The young teacher may have taken it back, or another coordinator answered it, meanwhile.
    const { count } = await tx.mentorPair.updateMany({
      where: { id: opts.pairId, status: "requested" },
      data: { status: "declined", endedAt: opts.now, endedById: opts.coordinator.userId, endReason: opts.words },
    });
    if (!count) return { kind: "outdated" };
    await enqueueRequestDeclined(tx, { pairId: opts.pairId, coordinatorId: opts.coordinator.userId, reasonKey: DECLINE_REASONS[opts.reason], now: opts.now });
    return { kind: "declined" };
  });
}
