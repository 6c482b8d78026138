// One practice as a person may read it: an approved one by everyone, any other by its author and
// the methodologists. Opening an approved practice counts its reader once (not its author).
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Member } from "../../core/member.ts";
import { can } from "../roles/permissions.ts";
import { REVIEW_PERMISSION, type PracticeStatus } from "./rules.ts";

export type Reader = Pick<Member, "userId" | "onboarded" | "grants" | "bootstrapAdmin">;

export type PracticeCard = {
  id: number;
  title: string;
  description: string;
  subject: string | null;
  area: string | null;
  classLevel: string | null;
  link: string | null;
  fileId: string | null;
  fileName: string | null;
  status: PracticeStatus;
  reviewComment: string | null;
  authorId: number | null;
  author: string | null;
  school: string | null;
  views: number;
  /** The reader wrote it. */
  own: boolean;
};

/** The practice if this reader may see it; null for one that is not there or not theirs to see. */
export async function readablePractice(db: Db, opts: { practiceId: number; reader: Reader }): Promise<PracticeCard | null> {
  const row = await db.practice.findUnique({
    where: { id: opts.practiceId },
    include: { author: { select: { fullName: true, school: { select: { name: true } } } }, _count: { select: { views: true } } },
  });
  if (!row) return null;
  const own = row.authorId !== null && row.authorId === opts.reader.userId;
  if (row.status !== "approved" && !own && !can(opts.reader, REVIEW_PERMISSION)) return null;
  const { author, _count, authorName, status, createdAt: _created, updatedAt: _updated, reviewedById: _by, reviewedAt: _at, ...fields } = row;
  return { ...fields, status: status as PracticeStatus, author: author?.fullName ?? authorName, school: author?.school?.name ?? null, views: _count.views, own };
}

/**
 * Counts the reader as one who opened an approved practice, once (the author's own look does not
 * count); the card comes back with its count including them.
 */
export async function recordView(db: Db, opts: { card: PracticeCard; userId: number; now: Date }): Promise<PracticeCard> {
  if (opts.card.status !== "approved" || opts.card.own) return opts.card;
  const key = { practiceId: opts.card.id, userId: opts.userId };
  if (await db.practiceView.findUnique({ where: { practiceId_userId: key }, select: { userId: true } })) return opts.card;
  try {
    await db.practiceView.create({ data: { ...key, viewedAt: opts.now } });
  } catch (error) {
    // The same person's second tap, answered by another instance at the same moment: counted there.
    if (!isUniqueViolation(error)) throw error;
    return opts.card;
  }
  return { ...opts.card, views: opts.card.views + 1 };
}
