// A kind of nudge (an event reminder, registration closing, a plan deadline…) is one small
// module of a feature: it finds what falls due in a window by indexed queries; the planner does
// the rest (preferences, quiet hours, exactly once, the outbox).
import type { Db } from "../db/client.ts";
import type { Notice } from "../messaging/notice.ts";

/** What the planner needs of each recipient: select it with NUDGE_PERSON. */
export type NudgePerson = {
  id: number;
  telegramId: bigint;
  timezone: string | null;
  quietFrom: number | null;
  quietUntil: number | null;
  municipality: { timezone: string } | null;
};

/** The Prisma `select` of a recipient. */
export const NUDGE_PERSON = {
  id: true,
  telegramId: true,
  timezone: true,
  quietFrom: true,
  quietUntil: true,
  municipality: { select: { timezone: true } },
} as const;

/** Blocked people get nothing. */
export const REACHABLE = { blockedAt: null, onboardedAt: { not: null } } as const;

export type DueNudge = {
  /** What it is about ("event:12", "measure-date:40:org:3"): with the kind, the due moment and the person, sent once. */
  subject: string;
  dueAt: Date;
  recipients: NudgePerson[];
  notice: Notice;
  /** Worth nothing after this (the event has begun): dropped rather than sent late. */
  expiresAt?: Date;
  /** Exempt from quiet hours: none of today's kinds is (an event at 07:30 gets no hour-before reminder: it would be held past the start). */
  ignoresQuietHours?: boolean;
};

export type NudgeKind = {
  /** Stable: stored in people's preferences and in the outbox keys. */
  name: string;
  /** Whether people get it without asking; an opt-in kind (the weekly digest) only after they switch it on. */
  defaultOn: boolean;
  /** Everything of this kind due in (from, to]. */
  find(db: Db, window: { from: Date; to: Date }): Promise<DueNudge[]>;
};
