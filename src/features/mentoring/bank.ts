// What coordinators read about a scope: its young teachers without a mentor, its pairs (ended ones
// too, for the history) with the meetings held this term, its bank of mentors. The people are the
// scope's as the reports count them (../reports/scope.ts); who may read a scope is checked by the caller.
import { youngSinceYear } from "../../core/teaching.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { halfYearOf, periodOf, type Period } from "../reports/period.ts";
import { scopePeople, type ReportScope } from "../reports/scope.ts";
import { SUBJECTS, type Subject } from "../profile/subjects.ts";
import { TAKES_A_PLACE } from "./rules.ts";

/** The school term meetings are counted in: the reports' half-year (January–June, July–December) now. */
export const termOf = (now: Date, zone: string): Period => periodOf(halfYearOf(now, zone), zone);

const inOrder = (codes: readonly string[]): Subject[] => SUBJECTS.filter((subject) => codes.includes(subject));

/** Young teachers of the scope with no proposed or active pair. */
function youngWhere(scope: ReportScope, now: Date): Prisma.UserWhereInput {
  return { AND: [scopePeople(scope), { teachingSince: { gte: youngSinceYear(now) } }, { mentored: { none: { status: { in: TAKES_A_PLACE } } } }] };
}

export type YoungTeacher = { id: number; name: string; school: string | null; municipality: string | null; teachingSince: number | null; subjects: Subject[]; asked: boolean; askedSubject: string | null };

/** All of them, those who asked for a mentor first, then by school and name (a scope has tens, a region hundreds). */
export async function youngWithoutMentor(db: Db, scope: ReportScope, now: Date): Promise<YoungTeacher[]> {
  const rows = await db.user.findMany({
    where: youngWhere(scope, now),
    orderBy: [{ school: { name: "asc" } }, { fullName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fullName: true,
      teachingSince: true,
      school: { select: { name: true } },
      municipality: { select: { name: true } },
      subjects: { select: { subject: true } },
      mentored: { where: { status: "requested" }, select: { subject: true }, take: 1 },
    },
  });
  const young = rows.map(({ id, fullName, teachingSince, school, municipality, subjects, mentored }): YoungTeacher => ({
    id,
    name: fullName ?? "—",
    school: school?.name ?? null,
    municipality: municipality?.name ?? null,
    teachingSince,
    subjects: inOrder(subjects.map(({ subject }) => subject)),
    asked: mentored.length > 0,
    askedSubject: mentored[0]?.subject ?? null,
  }));
  return [...young.filter((each) => each.asked), ...young.filter((each) => !each.asked)];
}

const PERSON = { fullName: true, school: { select: { name: true } }, municipality: { select: { name: true } } } as const;

/** The scope's pairs (a pair is the scope's when its young teacher is). */
const ofScope = (scope: ReportScope, status: Prisma.MentorPairWhereInput): Prisma.MentorPairWhereInput => ({ AND: [status, { mentee: scopePeople(scope) }] });

/** Pairs with the meetings held in the term, in the order given, a slice of them when asked. */
async function pairRows(db: Db, opts: { where: Prisma.MentorPairWhereInput; orderBy: Prisma.MentorPairOrderByWithRelationInput[]; term: Period; skip?: number; take?: number }) {
  // A meeting counts for the term it was held in, by its own date (as the pair's plan and the idle nudge count it).
  const held = { heldAt: { not: null }, startsAt: { gte: opts.term.from, lt: opts.term.until } };
  const rows = await db.mentorPair.findMany({
    where: opts.where,
    orderBy: opts.orderBy,
    ...(opts.skip === undefined ? {} : { skip: opts.skip }),
    ...(opts.take === undefined ? {} : { take: opts.take }),
    select: {
      id: true,
      status: true,
      subject: true,
      createdAt: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      mentorAcceptedAt: true,
      menteeAcceptedAt: true,
      mentor: { select: PERSON },
      mentee: { select: PERSON },
      meetings: { where: held, orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
      _count: { select: { meetings: { where: held } } },
    },
  });
  return rows.map(({ meetings, _count, ...pair }) => ({ ...pair, held: _count.meetings, lastHeld: meetings[0]?.startsAt ?? null }));
}

/** Working pairs first, then those waiting for consent (the statuses' order), each by the young teacher's name. */
const BY_STATUS_AND_NAME: Prisma.MentorPairOrderByWithRelationInput[] = [{ status: "asc" }, { mentee: { fullName: "asc" } }, { id: "asc" }];

/** The scope's pairs in the given statuses and, with `endedSince`, those ended since then; with the meetings held in the term. */
export async function scopePairs(db: Db, scope: ReportScope, opts: { term: Period; statuses: readonly string[]; endedSince?: Date }) {
  const status: Prisma.MentorPairWhereInput = opts.endedSince
    ? { OR: [{ status: { in: [...opts.statuses] } }, { status: "ended", endedAt: { gte: opts.endedSince } }] }
    : { status: { in: [...opts.statuses] } };
  return pairRows(db, { where: ofScope(scope, status), orderBy: BY_STATUS_AND_NAME, term: opts.term });
}

const OPEN: Prisma.MentorPairWhereInput = { status: { in: [...TAKES_A_PLACE] } };
const ENDED: Prisma.MentorPairWhereInput = { status: "ended" };

/**
 * A page of the coordinators' list of the scope's pairs: working and waiting ones first, then the
 * ended ones, the latest ended first, so the history follows what goes on now. `total` counts both.
 */
export async function scopePairsPage(db: Db, scope: ReportScope, opts: { term: Period; skip: number; take: number }) {
  const [open, ended] = await Promise.all([db.mentorPair.count({ where: ofScope(scope, OPEN) }), db.mentorPair.count({ where: ofScope(scope, ENDED) })]);
  const rows = opts.skip < open ? await pairRows(db, { where: ofScope(scope, OPEN), orderBy: BY_STATUS_AND_NAME, term: opts.term, skip: opts.skip, take: opts.take }) : [];
  const left = opts.take - rows.length;
  if (left > 0 && ended > 0) {
    const endedOrder: Prisma.MentorPairOrderByWithRelationInput[] = [{ endedAt: "desc" }, { id: "desc" }];
    rows.push(...(await pairRows(db, { where: ofScope(scope, ENDED), orderBy: endedOrder, term: opts.term, skip: Math.max(0, opts.skip - open), take: left })));
  }
  return { rows, total: open + ended };
}

export type ScopePair = Awaited<ReturnType<typeof pairRows>>[number];

/** The scope's active offers, by school and name, with the places their pairs take. */
export async function scopeMentors(db: Db, scope: ReportScope, opts: { skip?: number; take?: number } = {}) {
  const where: Prisma.MentorOfferWhereInput = { active: true, user: scopePeople(scope) };
  const [rows, total] = await Promise.all([
    db.mentorOffer.findMany({
      where,
      orderBy: [{ user: { school: { name: "asc" } } }, { user: { fullName: "asc" } }, { userId: "asc" }],
      ...(opts.skip === undefined ? {} : { skip: opts.skip }),
      ...(opts.take === undefined ? {} : { take: opts.take }),
      select: {
        userId: true,
        capacity: true,
        note: true,
        subjects: { select: { subject: true } },
        user: { select: { ...PERSON, _count: { select: { mentoring: { where: { status: { in: TAKES_A_PLACE } } } } } } },
      },
    }),
    db.mentorOffer.count({ where }),
  ]);
  return {
    rows: rows.map(({ userId, capacity, note, subjects, user }) => ({
      userId,
      name: user.fullName ?? "—",
      school: user.school?.name ?? null,
      municipality: user.municipality?.name ?? null,
      subjects: inOrder(subjects.map(({ subject }) => subject)),
      capacity,
      mentees: user._count.mentoring,
      note,
    })),
    total,
  };
}

/** The figures at the top of the coordinators' screen. */
export async function scopeSummary(db: Db, scope: ReportScope, opts: { now: Date; term: Period }) {
  const mentee = { mentee: scopePeople(scope) };
  const [young, asked, active, pending, ended, mentors, held] = await Promise.all([
    db.user.count({ where: youngWhere(scope, opts.now) }),
    db.user.count({ where: { AND: [youngWhere(scope, opts.now), { mentored: { some: { status: "requested" } } }] } }),
    db.mentorPair.count({ where: { status: "active", ...mentee } }),
    db.mentorPair.count({ where: { status: "proposed", ...mentee } }),
    db.mentorPair.count({ where: { status: "ended", ...mentee } }),
    scopeMentors(db, scope),
    db.pairMeeting.count({ where: { heldAt: { not: null }, startsAt: { gte: opts.term.from, lt: opts.term.until }, pair: mentee } }),
  ]);
  const free = mentors.rows.reduce((sum, mentor) => sum + Math.max(0, mentor.capacity - mentor.mentees), 0);
  return { young, asked, active, pending, ended, mentors: mentors.total, free, held };
}
