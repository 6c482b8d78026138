// The mentoring pairs' kinds of nudge. "A meeting is coming up": a day before each meeting of a
// working pair, to both of its people, with its day and time in words (quiet hours may hold it to
// the meeting's own morning, so it never says "tomorrow"), the topic and "✅ The meeting took place"
// (which works once the meeting has begun). "A pair without meetings": 30 days after a working pair began, or after its
// last meeting that took place, with none held since, to the coordinators of the mentee's school
// (else of the mentee's municipality) — once for each such gap, the gap's start being in the key.
import type { Db } from "../../../db/client.ts";
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind, type NudgePerson } from "../../../nudges/kind.ts";
import { MENTORING_DATA } from "../callbacks.ts";
import { MEETING_DATA } from "./callbacks.ts";

const DAY = 24 * 60 * 60_000;
const IDLE_DAYS = 30;
const IDLE = IDLE_DAYS * DAY;

const shifted = (window: { from: Date; to: Date }, by: number) => ({ gt: new Date(window.from.getTime() + by), lte: new Date(window.to.getTime() + by) });

function reachable(db: Db, ids: number[]): Promise<NudgePerson[]> {
  return db.user.findMany({ where: { AND: [REACHABLE, { id: { in: ids } }] }, select: NUDGE_PERSON });
}

const MEETING_SOON = "mentoring-meeting";
const meetingSubject = (meetingId: number) => `meeting:${meetingId}`;
/** The outbox source of a meeting's reminders, as the planner names them. */
export const reminderSource = (meetingId: number) => `nudge:${MEETING_SOON}:${meetingSubject(meetingId)}`;

export const meetingSoonNudge: NudgeKind = {
  name: MEETING_SOON,
  defaultOn: true,
  async find(db, window) {
    const meetings = await db.pairMeeting.findMany({
      where: { heldAt: null, startsAt: shifted(window, DAY), pair: { status: "active" } },
      select: { id: true, pairId: true, topic: true, startsAt: true, pair: { select: { mentorId: true, menteeId: true } } },
    });
    const people = await reachable(db, meetings.flatMap(({ pair }) => [pair.menteeId, ...(pair.mentorId === null ? [] : [pair.mentorId])]));
    return meetings.map((meeting): DueNudge => ({
      subject: meetingSubject(meeting.id),
      dueAt: new Date(meeting.startsAt.getTime() - DAY),
      recipients: people.filter((person) => person.id === meeting.pair.mentorId || person.id === meeting.pair.menteeId),
      notice: {
        key: "nudge-mentoring-meeting",
        args: { topic: meeting.topic, when: { when: meeting.startsAt.toISOString() } },
        buttons: [[{ key: "meetings-held", data: MEETING_DATA.held(meeting.id) }], [{ key: "meetings-open", data: MEETING_DATA.listAsNew(meeting.pairId) }]],
      },
      // Held past its start, a reminder is worth nothing; the one delivered keeps its button.
      expiresAt: meeting.startsAt,
    }));
  },
};

type Mentee = { schoolId: number | null; municipalityId: number | null };
type CoordinatorGrant = { schoolId: number | null; municipalityId: number | null; user: NudgePerson };

/** The reachable coordinators of these mentees' schools and municipalities, in one query: each grant with its holder. */
function coordinatorGrants(db: Db, mentees: Mentee[]): Promise<CoordinatorGrant[]> {
  const known = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id !== null))];
  return db.roleGrant.findMany({
    where: {
      role: "coordinator",
      user: REACHABLE,
      OR: [{ schoolId: { in: known(mentees.map((mentee) => mentee.schoolId)) } }, { municipalityId: { in: known(mentees.map((mentee) => mentee.municipalityId)) } }],
    },
    orderBy: [{ userId: "asc" }, { id: "asc" }],
    select: { schoolId: true, municipalityId: true, user: { select: NUDGE_PERSON } },
  });
}

/** The coordinators of the mentee's school, or when it has none, of the mentee's municipality; never the pair's own two. */
function coordinatorsOf(grants: CoordinatorGrant[], mentee: Mentee, pairPeople: number[]): NudgePerson[] {
  const holders = (granted: (grant: CoordinatorGrant) => boolean) => [
    ...new Map(grants.filter((grant) => granted(grant) && !pairPeople.includes(grant.user.id)).map((grant) => [grant.user.id, grant.user])).values(),
  ];
  const school = mentee.schoolId === null ? [] : holders((grant) => grant.schoolId === mentee.schoolId);
  if (school.length || mentee.municipalityId === null) return school;
  return holders((grant) => grant.municipalityId === mentee.municipalityId);
}

export const idlePairNudge: NudgeKind = {
  name: "mentoring-idle-pair",
  defaultOn: true,
  async find(db, window) {
    // A gap ends in the window when it began IDLE_DAYS before: at the pair's start or at a meeting held then.
    const began = shifted(window, -IDLE);
    const [started, held] = await Promise.all([
      db.mentorPair.findMany({ where: { status: "active", startedAt: began }, select: { id: true } }),
      db.pairMeeting.findMany({ where: { heldAt: { not: null }, startsAt: began, pair: { status: "active" } }, select: { pairId: true } }),
    ]);
    const pairs = await db.mentorPair.findMany({
      where: { id: { in: [...new Set([...started.map((pair) => pair.id), ...held.map((meeting) => meeting.pairId)])] }, status: "active" },
      select: {
        id: true,
        startedAt: true,
        mentor: { select: { id: true, fullName: true } },
        mentee: { select: { id: true, fullName: true, schoolId: true, municipalityId: true } },
        meetings: { where: { heldAt: { not: null } }, orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
      },
    });
    const idle = pairs.flatMap((pair) => {
      const lastHeld = pair.meetings[0]?.startsAt ?? null;
      const since = lastHeld && (!pair.startedAt || lastHeld > pair.startedAt) ? lastHeld : pair.startedAt;
      // A meeting held later than the window's gap began: the pair has met since.
      return since && since > began.gt && since <= began.lte ? [{ ...pair, since, met: since === lastHeld }] : [];
    });
    if (!idle.length) return [];
    // The coordinators of every idle pair at once, not a query or two a pair.
    const grants = await coordinatorGrants(db, idle.map((pair) => pair.mentee));
    return idle.map(({ since, met, ...pair }): DueNudge => ({
      subject: `pair:${pair.id}`,
      dueAt: new Date(since.getTime() + IDLE),
      recipients: coordinatorsOf(grants, pair.mentee, [pair.mentee.id, ...(pair.mentor ? [pair.mentor.id] : [])]),
      notice: {
        key: "nudge-mentoring-idle-pair",
        args: { mentor: pair.mentor?.fullName ?? "—", mentee: pair.mentee.fullName ?? "—", days: IDLE_DAYS, met: met ? "yes" : "no", since: { when: since.toISOString() } },
        buttons: [[{ key: "nudge-mentoring-idle-pair-open", data: MENTORING_DATA.pair(pair.id) }]],
      },
    }));
  },
};

export const MEETING_NUDGES: readonly NudgeKind[] = [meetingSoonNudge, idlePairNudge];
