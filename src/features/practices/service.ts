// A teacher's own practices: submitting one, sending a returned one again, their list. No grammY
// here; the conversation and the screens call these with the database and the clock.
import type { Db } from "../../db/client.ts";
import { checkInput, type Check, type PracticeInput, type PracticeStatus } from "./rules.ts";

const fieldsOf = (input: PracticeInput) => ({
  title: input.title,
  description: input.description,
  subject: input.subject,
  area: input.area,
  classLevel: input.classLevel,
  link: input.link,
  fileId: input.file?.fileId ?? null,
  fileName: input.file?.fileName ?? null,
});

/** Stores a practice for the methodologists to review; every rule is checked again here. */
export async function submitPractice(db: Db, opts: { authorId: number; input: PracticeInput; now: Date }): Promise<Check<number>> {
  const checked = checkInput(opts.input);
  if (!checked.ok) return checked;
  const practice = await db.practice.create({
    data: { ...fieldsOf(checked.value), authorId: opts.authorId, status: "submitted", createdAt: opts.now, updatedAt: opts.now },
    select: { id: true },
  });
  return { ok: true, value: practice.id };
}

export type ResubmitOutcome = Check<number> | { ok: false; rule: "not-returned" };

/**
 * The author's corrected practice, sent for review again: only their own, only while it is
 * returned to them. The review comment stays, so the methodologist sees what was asked.
 */
export async function resubmitPractice(db: Db, opts: { authorId: number; practiceId: number; input: PracticeInput; now: Date }): Promise<ResubmitOutcome> {
  const checked = checkInput(opts.input);
  if (!checked.ok) return checked;
  const { count } = await db.practice.updateMany({
    where: { id: opts.practiceId, authorId: opts.authorId, status: "returned" },
    data: { ...fieldsOf(checked.value), status: "submitted", updatedAt: opts.now },
  });
  return count ? { ok: true, value: opts.practiceId } : { ok: false, rule: "not-returned" };
}

/** The author's practice sent back to them, as the edit begins from it; null for any other. */
export async function returnedPractice(db: Db, opts: { authorId: number; practiceId: number }): Promise<PracticeInput | null> {
  const row = await db.practice.findFirst({ where: { id: opts.practiceId, authorId: opts.authorId, status: "returned" } });
  if (!row) return null;
  const file = row.fileId ? { fileId: row.fileId, fileName: row.fileName ?? "practice" } : null;
  // Submitted through the bot, so a subject and an area were chosen; the checks on saving hold them to it.
  return { title: row.title, description: row.description, subject: row.subject as PracticeInput["subject"], area: row.area as PracticeInput["area"], classLevel: row.classLevel ?? "", link: row.link, file };
}

export type OwnPractice = { id: number; title: string; status: PracticeStatus; reviewComment: string | null; views: number };

/** The author's practices, the newest first, with their status, the review comment and how many opened each. */
export async function myPractices(db: Db, authorId: number): Promise<OwnPractice[]> {
  const rows = await db.practice.findMany({
    where: { authorId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, status: true, reviewComment: true, _count: { select: { views: true } } },
  });
  return rows.map(({ _count, status, ...row }) => ({ ...row, status: status as PracticeStatus, views: _count.views }));
}
