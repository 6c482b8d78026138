// How pairs begin: a coordinator proposes one for a young teacher of their scope (or picks the
// mentor a young teacher asked for), or the young teacher asks. The scope in a button only
// chooses the list: each call checks the asker's grants and the person against it afresh.
import type { Member } from "../../core/member.ts";
import { isYoungTeacher } from "../../core/teaching.ts";
import type { Db } from "../../db/client.ts";
import { isSubject } from "../profile/subjects.ts";
import { mayReportOn, scopePeople, type ReportScope } from "../reports/scope.ts";
import { can } from "../roles/permissions.ts";
import { enqueueProposed, enqueueRequest, recipient } from "./notices.ts";
import { OPEN_AS_MENTEE } from "./rules.ts";
import { suggestMentors } from "./suggest.ts";

export type Coordinator = Pick<Member, "userId" | "onboarded" | "grants" | "bootstrapAdmin">;

/** Whether the asker coordinates this scope and the person is one of its people (as the reports count them). */
export async function mayCoordinate(db: Db, asker: Coordinator | null, scope: ReportScope, personId: number): Promise<boolean> {
  if (!can(asker, "reports.view") || !(await mayReportOn(db, asker, scope))) return false;
  return (await db.user.count({ where: { AND: [{ id: personId }, scopePeople(scope)] } })) > 0;
}

export type ProposeOutcome = { kind: "proposed"; pairId: number } | { kind: "not-allowed" | "not-young" | "has-pair" | "mentor-unavailable" };

/**
 * A pair of a young teacher of the scope and one of the mentors suggested for them, waiting for
 * both to accept. A young teacher's request becomes this pair (they accepted by asking).
 */
export async function proposePair(db: Db, opts: { coordinator: Coordinator; scope: ReportScope; menteeId: number; mentorId: number; now: Date }): Promise<ProposeOutcome> {
  if (!(await mayCoordinate(db, opts.coordinator, opts.scope, opts.menteeId))) return { kind: "not-allowed" };
  const mentee = await db.user.findUniqueOrThrow({ where: { id: opts.menteeId }, select: { teachingSince: true } });
  if (!isYoungTeacher(mentee.teachingSince, opts.now)) return { kind: "not-young" };
  const suggestion = (await suggestMentors(db, opts.menteeId)).find((each) => each.mentorId === opts.mentorId);
  if (!suggestion) return { kind: "mentor-unavailable" };
  return db.$transaction(async (tx): Promise<ProposeOutcome> => {
    const open = await tx.mentorPair.findFirst({ where: { menteeId: opts.menteeId, status: { in: OPEN_AS_MENTEE } }, select: { id: true, status: true } });
    if (open && open.status !== "requested") return { kind: "has-pair" };
    const fields = { mentorId: opts.mentorId, status: "proposed", subject: suggestion.subject, proposedById: opts.coordinator.userId };
    let pairId: number;
    if (open) {
      const { count } = await tx.mentorPair.updateMany({ where: { id: open.id, status: "requested" }, data: fields });
      if (!count) return { kind: "has-pair" };
      pairId = open.id;
    } else {
      pairId = (await tx.mentorPair.create({ data: { ...fields, menteeId: opts.menteeId, createdAt: opts.now }, select: { id: true } })).id;
    }
    await enqueueProposed(tx, { pairId, menteeAsked: open !== null, now: opts.now });
    return { kind: "proposed", pairId };
  });
}

export type RequestOutcome = { kind: "requested"; coordinators: number } | { kind: "not-young" | "has-pair" | "bad-subject" };

/**
 * A young teacher asks for a mentor, in a subject or any: the request waits for a coordinator of
 * their school, or of their municipality when the school has none; those are told.
 */
export async function requestMentor(db: Db, opts: { userId: number; subject: string | null; now: Date }): Promise<RequestOutcome> {
  if (opts.subject !== null && !isSubject(opts.subject)) return { kind: "bad-subject" };
  const user = await db.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { teachingSince: true, schoolId: true, municipalityId: true } });
  if (!isYoungTeacher(user.teachingSince, opts.now)) return { kind: "not-young" };
  const grants = await db.roleGrant.findMany({
    where: { role: "coordinator", userId: { not: opts.userId }, user: { onboardedAt: { not: null } }, OR: [{ schoolId: user.schoolId ?? -1 }, { municipalityId: user.municipalityId ?? -1 }] },
    orderBy: { id: "asc" },
    select: { schoolId: true, municipalityId: true, user: { select: { id: true, telegramId: true } } },
  });
  const ofSchool = grants.filter((grant) => grant.schoolId !== null);
  const coordinators = (ofSchool.length ? ofSchool : grants).map((grant) => ({
    ...recipient(grant.user),
    scope: grant.schoolId !== null ? { kind: "s" as const, id: grant.schoolId } : { kind: "m" as const, id: grant.municipalityId! },
  }));
  return db.$transaction(async (tx): Promise<RequestOutcome> => {
    if (await tx.mentorPair.count({ where: { menteeId: opts.userId, status: { in: OPEN_AS_MENTEE } } })) return { kind: "has-pair" };
    const { id } = await tx.mentorPair.create({ data: { menteeId: opts.userId, status: "requested", subject: opts.subject, menteeAcceptedAt: opts.now, createdAt: opts.now }, select: { id: true } });
    await enqueueRequest(tx, { pairId: id, coordinators, now: opts.now });
    return { kind: "requested", coordinators: new Set(coordinators.map((each) => each.userId)).size };
  });
}

/** The young teacher takes back a request no coordinator has answered yet. */
export async function cancelRequest(db: Db, opts: { userId: number; pairId: number; now: Date }): Promise<"cancelled" | "not-allowed" | "outdated"> {
  const pair = await db.mentorPair.findUnique({ where: { id: opts.pairId }, select: { menteeId: true } });
  if (pair?.menteeId !== opts.userId) return "not-allowed";
  const { count } = await db.mentorPair.updateMany({
    where: { id: opts.pairId, status: "requested" },
    data: { status: "declined", endedAt: opts.now, endedById: opts.userId },
  });
  return count ? "cancelled" : "outdated";
}
