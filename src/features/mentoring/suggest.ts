// Mentors for one young teacher: an active offer, a free place (proposed and active pairs take
// one), a subject in common, in the young teacher's municipality (the municipal bank of mentors);
// the same school first. Proposing a pair asks this again, so a button cannot go past the rules.
import type { Db } from "../../db/client.ts";
import { isSubject, SUBJECTS, type Subject } from "../profile/subjects.ts";
import { TAKES_A_PLACE } from "./rules.ts";

export type Suggestion = {
  mentorId: number;
  name: string;
  school: string | null;
  sameSchool: boolean;
  /** The subject the pair would have: the one asked for, else the first they share. */
  subject: Subject;
  mentees: number;
  capacity: number;
};

/** What the young teacher wants a mentor in: the subject of their request, else their profile's subjects. */
async function wantedSubjects(db: Db, menteeId: number): Promise<Subject[]> {
  const [request, own] = await Promise.all([
    db.mentorPair.findFirst({ where: { menteeId, status: "requested" }, select: { subject: true } }),
    db.userSubject.findMany({ where: { userId: menteeId }, select: { subject: true } }),
  ]);
  if (request?.subject && isSubject(request.subject)) return [request.subject];
  const chosen = new Set(own.map(({ subject }) => subject));
  return SUBJECTS.filter((subject) => chosen.has(subject));
}

/** Every mentor who fits, best first; empty for a person with no municipality or no subject. */
export async function suggestMentors(db: Db, menteeId: number): Promise<Suggestion[]> {
  const mentee = await db.user.findUnique({ where: { id: menteeId }, select: { schoolId: true, municipalityId: true } });
  if (!mentee?.municipalityId) return [];
  const wanted = await wantedSubjects(db, menteeId);
  if (!wanted.length) return [];
  const offers = await db.mentorOffer.findMany({
    where: {
      active: true,
      userId: { not: menteeId },
      user: { municipalityId: mentee.municipalityId, onboardedAt: { not: null } },
      subjects: { some: { subject: { in: wanted } } },
    },
    select: {
      userId: true,
      capacity: true,
      subjects: { select: { subject: true } },
      user: { select: { fullName: true, schoolId: true, school: { select: { name: true } }, _count: { select: { mentoring: { where: { status: { in: TAKES_A_PLACE } } } } } } },
    },
  });
  const suggestions = offers.flatMap(({ userId, capacity, subjects, user }): Suggestion[] => {
    const mentees = user._count.mentoring;
    const theirs = new Set(subjects.map(({ subject }) => subject));
    const subject = wanted.find((each) => theirs.has(each));
    if (mentees >= capacity || !subject) return [];
    const sameSchool = mentee.schoolId !== null && user.schoolId === mentee.schoolId;
    return [{ mentorId: userId, name: user.fullName ?? "—", school: user.school?.name ?? null, sameSchool, subject, mentees, capacity }];
  });
  // The same school, then the fewest mentees already (the load spread), then by name.
  return suggestions.sort((a, b) => Number(b.sameSchool) - Number(a.sameSchool) || a.mentees - b.mentees || a.name.localeCompare(b.name, "ru") || a.mentorId - b.mentorId);
}
