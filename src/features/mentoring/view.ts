// One pair as its screen shows it, and who may open it: its two people, and coordinators whose
// grants cover the young teacher (their school, their municipality, or the region).
import type { Db } from "../../db/client.ts";
import { mayReportOn } from "../reports/scope.ts";
import { can } from "../roles/permissions.ts";
import type { Period } from "../reports/period.ts";
import type { Coordinator } from "./pairs.ts";
import { OPEN_AS_MENTEE, TAKES_A_PLACE } from "./rules.ts";

const PERSON = { id: true, fullName: true, schoolId: true, municipalityId: true, school: { select: { name: true } } } as const;

export async function loadPair(db: Db, pairId: number, term: Period) {
  return db.mentorPair.findUnique({
    where: { id: pairId },
    select: {
      id: true,
      status: true,
      subject: true,
      createdAt: true,
      startedAt: true,
      endedAt: true,
      endedById: true,
      endReason: true,
      mentorAcceptedAt: true,
      menteeAcceptedAt: true,
      mentor: { select: PERSON },
      mentee: { select: PERSON },
      proposedBy: { select: { fullName: true } },
      _count: { select: { meetings: { where: { heldAt: { not: null }, startsAt: { gte: term.from, lt: term.until } } } } },
    },
  });
}

export type PairView = NonNullable<Awaited<ReturnType<typeof loadPair>>>;

/** "mentor" or "mentee" for one of the two, "coordinator" for staff over the young teacher, else null. */
export async function viewerOf(db: Db, viewer: Coordinator | null, pair: PairView): Promise<"mentor" | "mentee" | "coordinator" | null> {
  if (!viewer?.onboarded) return null;
  if (pair.mentor?.id === viewer.userId) return "mentor";
  if (pair.mentee.id === viewer.userId) return "mentee";
  if (!can(viewer, "reports.view")) return null;
  const { schoolId, municipalityId } = pair.mentee;
  if (schoolId !== null && (await mayReportOn(db, viewer, { kind: "s", id: schoolId }))) return "coordinator";
  if (municipalityId !== null && (await mayReportOn(db, viewer, { kind: "m", id: municipalityId }))) return "coordinator";
  return (await mayReportOn(db, viewer, { kind: "r", id: 0 })) ? "coordinator" : null;
}

/** The last ended pairs a person sees on their mentoring screen. */
const ENDED_SHOWN = 3;

/** The person's pairs: as mentee the one open (or none), as mentor those proposed or active, and the last ended ones. */
export async function myPairs(db: Db, userId: number) {
  const person = { select: { fullName: true } };
  const [asMentee, asMentor, ended] = await Promise.all([
    db.mentorPair.findFirst({
      where: { menteeId: userId, status: { in: OPEN_AS_MENTEE } },
      orderBy: { id: "desc" },
      select: { id: true, status: true, subject: true, mentor: person, menteeAcceptedAt: true },
    }),
    db.mentorPair.findMany({
      where: { mentorId: userId, status: { in: TAKES_A_PLACE } },
      orderBy: [{ status: "asc" }, { id: "asc" }],
      select: { id: true, status: true, subject: true, mentee: person, mentorAcceptedAt: true },
    }),
    // Ended pairs stay reachable from here: their meetings, notes and the reason.
    db.mentorPair.findMany({
      where: { status: "ended", OR: [{ menteeId: userId }, { mentorId: userId }] },
      orderBy: [{ endedAt: "desc" }, { id: "desc" }],
      take: ENDED_SHOWN,
      select: { id: true, menteeId: true, mentor: person, mentee: person },
    }),
  ]);
  return { asMentee, asMentor, ended: ended.map((pair) => ({ id: pair.id, other: (pair.menteeId === userId ? pair.mentor : pair.mentee)?.fullName ?? null })) };
}
