// What the two people of a pair do with it: accept or decline a proposed pair, end an active one
// (its meetings ahead cancelled with it).
// Only the two of them, each for themselves; a pair no longer in the state the button expects
// stays as it is.
import type { Db } from "../../db/client.ts";
import { cancelMeetingsAhead } from "./meetings/service.ts";
import { enqueueActive, enqueueClosed } from "./notices.ts";
import { cleanReason } from "./rules.ts";

type Side = "mentor" | "mentee";

/** Which of the two the person is, or null for anyone else (a forged or forwarded button). */
async function sideOf(db: Db, pairId: number, userId: number): Promise<Side | null> {
  const pair = await db.mentorPair.findUnique({ where: { id: pairId }, select: { mentorId: true, menteeId: true } });
  if (pair?.mentorId === userId) return "mentor";
  return pair?.menteeId === userId ? "mentee" : null;
}

export type AcceptOutcome = "active" | "waiting" | "not-allowed" | "outdated";

/** The person accepts their side; once both have, the pair is active and everyone concerned is told. */
export async function acceptPair(db: Db, opts: { userId: number; pairId: number; now: Date }): Promise<AcceptOutcome> {
  const side = await sideOf(db, opts.pairId, opts.userId);
  if (!side) return "not-allowed";
  const mine = side === "mentor" ? { where: { mentorAcceptedAt: null }, data: { mentorAcceptedAt: opts.now } } : { where: { menteeAcceptedAt: null }, data: { menteeAcceptedAt: opts.now } };
  return db.$transaction(async (tx): Promise<AcceptOutcome> => {
    const { count } = await tx.mentorPair.updateMany({ where: { id: opts.pairId, status: "proposed", ...mine.where }, data: mine.data });
    if (!count) return "outdated";
    // One statement decides: of two accepting at once, the second's update sees the first's.
    const { count: started } = await tx.mentorPair.updateMany({
      where: { id: opts.pairId, status: "proposed", mentorAcceptedAt: { not: null }, menteeAcceptedAt: { not: null } },
      data: { status: "active", startedAt: opts.now },
    });
    if (!started) return "waiting";
    await enqueueActive(tx, { pairId: opts.pairId, now: opts.now });
    return "active";
  });
}

export type CloseOutcome = "closed" | "not-allowed" | "outdated";

/** The person declines a proposed pair (accepted by them before or not); the other, and its proposer, are told. */
export async function declinePair(db: Db, opts: { userId: number; pairId: number; now: Date }): Promise<CloseOutcome> {
  if (!(await sideOf(db, opts.pairId, opts.userId))) return "not-allowed";
  return db.$transaction(async (tx): Promise<CloseOutcome> => {
    const { count } = await tx.mentorPair.updateMany({ where: { id: opts.pairId, status: "proposed" }, data: { status: "declined", endedAt: opts.now, endedById: opts.userId } });
    if (!count) return "outdated";
    await enqueueClosed(tx, { pairId: opts.pairId, byId: opts.userId, reason: null, meetingsCancelled: 0, now: opts.now });
    return "closed";
  });
}

export type EndOutcome = { kind: "closed"; meetingsCancelled: number } | { kind: "not-allowed" | "outdated" | "bad-reason" };

/**
 * Either of the two ends an active pair with a reason (1 to 500 characters); the other is told why.
 * Its meetings ahead are cancelled with it: an ended pair plans nothing and is reminded of nothing.
 */
export async function endPair(db: Db, opts: { userId: number; pairId: number; reason: string; now: Date }): Promise<EndOutcome> {
  const reason = cleanReason(opts.reason);
  if (reason === null) return { kind: "bad-reason" };
  if (!(await sideOf(db, opts.pairId, opts.userId))) return { kind: "not-allowed" };
  return db.$transaction(async (tx): Promise<EndOutcome> => {
    const { count } = await tx.mentorPair.updateMany({
      where: { id: opts.pairId, status: "active" },
      data: { status: "ended", endedAt: opts.now, endedById: opts.userId, endReason: reason },
    });
    if (!count) return { kind: "outdated" };
    const meetingsCancelled = await cancelMeetingsAhead(tx, { pairId: opts.pairId, now: opts.now });
    await enqueueClosed(tx, { pairId: opts.pairId, byId: opts.userId, reason, meetingsCancelled, now: opts.now });
    return { kind: "closed", meetingsCancelled };
  });
}
