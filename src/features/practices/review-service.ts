// Methodologists review submitted practices one at a time: approve, send back with a comment, or
// reject. Each decision re-checks the role and the practice's state, and tells the author through
// the outbox in the same transaction.
import type { Db } from "../../db/client.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import { can } from "../roles/permissions.ts";
import { PRACTICE_DATA } from "./callbacks.ts";
import type { Reader } from "./card-service.ts";
import { checkComment, REVIEW_PERMISSION } from "./rules.ts";

const SUBMITTED = { status: "submitted" } as const;

export function submittedCount(db: Db): Promise<number> {
  return db.practice.count({ where: SUBMITTED });
}

/** The index'th submitted practice, the longest waiting first (the index clamped into range), and how many wait. */
export async function submittedAt(db: Db, index: number): Promise<{ practiceId: number | null; index: number; total: number }> {
  const total = await submittedCount(db);
  const current = Math.min(Math.max(0, index), Math.max(0, total - 1));
  const [row] = await db.practice.findMany({ where: SUBMITTED, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], skip: current, take: 1, select: { id: true } });
  return { practiceId: row?.id ?? null, index: row ? current : 0, total };
}

export type Decision = "approved" | "returned" | "rejected";
export type ReviewOutcome = Decision | "already-reviewed" | "own" | "not-allowed" | "not-found" | "comment";

const NOTICES: Record<Decision, string> = {
  approved: "practice-approved-notice",
  returned: "practice-returned-notice",
  rejected: "practice-rejected-notice",
};

/** Why the reviewer may not decide on the practice now, or null when they may. */
export async function decisionRefusal(db: Db, opts: { reviewer: Reader; practiceId: number }): Promise<ReviewOutcome | null> {
  if (!can(opts.reviewer, REVIEW_PERMISSION)) return "not-allowed";
  const practice = await db.practice.findUnique({ where: { id: opts.practiceId }, select: { status: true, authorId: true } });
  if (!practice) return "not-found";
  if (practice.authorId === opts.reviewer.userId) return "own";
  return practice.status === "submitted" ? null : "already-reviewed";
}

/**
 * Decides on a submitted practice. Sending back needs a comment (what to correct); rejecting may
 * have one. Only once: a practice decided on since (by anyone) stays as it is.
 */
export async function reviewPractice(
  db: Db,
  opts: { reviewer: Reader; practiceId: number; decision: Decision; comment: string | null; now: Date },
): Promise<ReviewOutcome> {
  const refusal = await decisionRefusal(db, opts);
  if (refusal) return refusal;
  const comment = opts.comment === null ? null : checkComment(opts.comment);
  if ((opts.decision === "returned" && !comment) || (comment && !comment.ok)) return "comment";
  const practice = await db.practice.findUniqueOrThrow({ where: { id: opts.practiceId }, select: { id: true, title: true, author: { select: { id: true, telegramId: true } } } });
  const text = comment?.ok ? comment.value : null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.practice.updateMany({
      where: { id: practice.id, status: "submitted" },
      data: { status: opts.decision, reviewComment: text, reviewedById: opts.reviewer.userId, reviewedAt: opts.now, updatedAt: opts.now },
    });
    if (!count) return "already-reviewed";
    if (practice.author) {
      await enqueue(tx, {
        source: `practice:${practice.id}`,
        // Sent back and resubmitted several times: each decision is a message of its own.
        purpose: `${opts.decision}:${opts.now.getTime()}`,
        recipients: [{ userId: practice.author.id, telegramId: practice.author.telegramId }],
        notice: {
          key: NOTICES[opts.decision],
          args: { title: practice.title, comment: text ?? "", commented: text ? "yes" : "no" },
          buttons: [[{ key: "practice-mine", data: PRACTICE_DATA.mine(0) }]],
        },
        now: opts.now,
      });
    }
    return opts.decision;
  });
}
