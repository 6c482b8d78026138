// Coordinators confirm the courses teachers entered. The scope in a button only chooses the list:
// each decision checks the record's owner against the reviewer's own grants, read afresh.
import type { Db } from "../../db/client.ts";
import type { Member } from "../../core/member.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import { mayReportOn, scopePeople, type ReportScope } from "../reports/scope.ts";
import { TRAINING_DATA } from "./callbacks.ts";

export type Reviewer = Pick<Member, "userId" | "onboarded" | "grants" | "bootstrapAdmin">;

const pendingIn = (scope: ReportScope) => ({ status: "pending", user: scopePeople(scope) });

/** How many records of the scope's people wait for a coordinator. */
export function pendingTrainingCount(db: Db, scope: ReportScope): Promise<number> {
  return db.trainingRecord.count({ where: pendingIn(scope) });
}

export type PendingRecord = {
  id: number;
  userId: number;
  person: string | null;
  school: string | null;
  municipality: string | null;
  title: string;
  provider: string;
  hours: number;
  startsOn: Date;
  endsOn: Date;
  certificateNumber: string | null;
  hasCertificate: boolean;
};

/** The index'th pending record of the scope, the oldest first (the index clamped into range), and how many there are. */
export async function pendingTrainingAt(db: Db, scope: ReportScope, index: number): Promise<{ record: PendingRecord | null; index: number; total: number }> {
  const total = await pendingTrainingCount(db, scope);
  const current = Math.min(Math.max(0, index), Math.max(0, total - 1));
  const [row] = await db.trainingRecord.findMany({
    where: pendingIn(scope),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: current,
    take: 1,
    select: {
      id: true,
      userId: true,
      title: true,
      provider: true,
      hours: true,
      startsOn: true,
      endsOn: true,
      certificateNumber: true,
      certificateFileId: true,
      user: { select: { fullName: true, school: { select: { name: true } }, municipality: { select: { name: true } } } },
    },
  });
  if (!row) return { record: null, index: 0, total };
  const { user, certificateFileId, ...fields } = row;
  const record: PendingRecord = {
    ...fields,
    person: user.fullName,
    school: user.school?.name ?? null,
    municipality: user.municipality?.name ?? null,
    hasCertificate: certificateFileId !== null,
  };
  return { record, index: current, total };
}

/** Whether the reviewer's grants cover the owner: their school, their municipality, or the region. */
async function mayReview(db: Db, reviewer: Reviewer, owner: { schoolId: number | null; municipalityId: number | null }): Promise<boolean> {
  if (owner.schoolId !== null && (await mayReportOn(db, reviewer, { kind: "s", id: owner.schoolId }))) return true;
  if (owner.municipalityId !== null && (await mayReportOn(db, reviewer, { kind: "m", id: owner.municipalityId }))) return true;
  return mayReportOn(db, reviewer, { kind: "r", id: 0 });
}

export type Decision = "confirmed" | "declined";
export type ReviewOutcome = Decision | "already-reviewed" | "not-allowed" | "own" | "not-found";

/**
 * Confirms or declines a pending record and tells its owner through the outbox, in one
 * transaction. Only once: a record already reviewed (by anyone) stays as it is.
 */
export async function reviewTrainingRecord(db: Db, opts: { reviewer: Reviewer; recordId: number; decision: Decision; now: Date }): Promise<ReviewOutcome> {
  const record = await db.trainingRecord.findUnique({
    where: { id: opts.recordId },
    select: { id: true, title: true, status: true, user: { select: { id: true, telegramId: true, schoolId: true, municipalityId: true } } },
  });
  if (!record) return "not-found";
  if (!(await mayReview(db, opts.reviewer, record.user))) return "not-allowed";
  if (record.user.id === opts.reviewer.userId) return "own";
  if (record.status !== "pending") return "already-reviewed";
  return db.$transaction(async (tx) => {
    const { count } = await tx.trainingRecord.updateMany({
      where: { id: record.id, status: "pending" },
      data: { status: opts.decision, reviewedById: opts.reviewer.userId, reviewedAt: opts.now },
    });
    if (!count) return "already-reviewed";
    await enqueue(tx, {
      source: `training:${record.id}`,
      purpose: "reviewed",
      recipients: [{ userId: record.user.id, telegramId: record.user.telegramId }],
      notice: {
        key: opts.decision === "confirmed" ? "training-confirmed-notice" : "training-declined-notice",
        args: { title: record.title },
        buttons: [[{ key: "training-open", data: TRAINING_DATA.mine(0) }]],
      },
      now: opts.now,
    });
    return opts.decision;
  });
}

/** The certificate's Telegram file id, for a reviewer whose grants cover the record's owner. */
export async function certificateFor(db: Db, opts: { reviewer: Reviewer; recordId: number }): Promise<{ fileId: string } | "not-allowed" | "not-found"> {
  const record = await db.trainingRecord.findUnique({
    where: { id: opts.recordId },
    select: { certificateFileId: true, user: { select: { schoolId: true, municipalityId: true } } },
  });
  if (!record?.certificateFileId) return "not-found";
  if (!(await mayReview(db, opts.reviewer, record.user))) return "not-allowed";
  return { fileId: record.certificateFileId };
}
