// Mentors for one young teacher: an active offer, a free place (proposed and active pairs take
// one), a subject in common (any, when they asked for a mentor in any subject), in the young
// teacher's municipality (the municipal bank of mentors); the same school first. Proposing a pair asks this again, so a button cannot go past the rules.
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

/**
 * What the young teacher wants a mentor in, the preferred first: the subject of their request;
 * for a request in any subject, their profile's subjects and then every other; with no request,
 * their profile's subjects. `preferred` counts the leading ones that are theirs.
 */
async function wantedSubjects(db: Db, menteeId: number): Promise<{ wanted: Subject[]; preferred: number }> {
  const [request, own] = await Promise.all([
    db.mentorPair.findFirst({ where: { menteeId, status: "requested" }, select: { subject: true } }),
    db.userSubject.findMany({ where: { userId: menteeId }, select: { subject: true } }),
  ]);
  if (request?.subject && isSubject(request.subject)) return { wanted: [request.subject], preferred: 1 };
  const chosen = new Set(own.map(({ subject }) => subject));
  const theirs = SUBJECTS.filter((subject) => chosen.has(subject));
  if (!request) return { wanted: theirs, preferred: theirs.length };
  return { wanted: [...theirs, ...SUBJECTS.filter((subject) => !chosen.has(subject))], preferred: theirs.length };
}

/** Every mentor who fits, best first; empty for a person with no municipality, or no subject and no request. */
export async function suggestMentors(db: Db, menteeId: number): Promise<Suggestion[]> {
  const mentee = await db.user.findUnique({ where: { id: menteeId }, select: { schoolId: true, municipalityId: true } });
  if (!mentee?.municipalityId) return [];
  const { wanted, preferred } = await wantedSubjects(db, menteeId);
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
  const suggestions = offers.flatMap(({ userId, capacity, subjects, user }) => {
    const mentees = user._count.mentoring;
    const theirs = new Set(subjects.map(({ subject }) => subject));
    const at = wanted.findIndex((each) => theirs.has(each));
    if (mentees >= capacity || at < 0) return [];
    const sameSchool = mentee.schoolId !== null && user.schoolId === mentee.schoolId;
    const suggestion: Suggestion = { mentorId: userId, name: user.fullName ?? "—", school: user.school?.name ?? null, sameSchool, subject: wanted[at]!, mentees, capacity };
    return [{ ...suggestion, inTheirSubject: at < preferred }];
  });
  // The same school, then a subject of the young teacher's own, then the fewest mentees already
  // (the load spread), then by name.
  return suggestions
    .sort(
      (a, b) =>
        Number(b.sameSchool) - Number(a.sameSchool) ||
        Number(b.inTheirSubject) - Number(a.inTheirSubject) ||
        a.mentees - b.mentees ||
        a.name.localeCompare(b.name, "ru") ||
        a.mentorId - b.mentorId,
    )
    .map(({ inTheirSubject: _, ...suggestion }) => suggestion);
}
