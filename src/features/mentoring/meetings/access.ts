// Who may see and change a pair's meetings: its mentor and its mentee, read afresh from the
// database on every press, whatever the button says; staff over the mentee (as on the pair's
// screen) only look at the plan. An ended pair keeps its history to look at; only a working
// ("active") pair's meetings change.
import type { Member } from "../../../core/member.ts";
import type { Db, Tx } from "../../../db/client.ts";
import { REGION, mayReportOn } from "../../reports/scope.ts";
import { can } from "../../roles/permissions.ts";

export type PairRole = "mentor" | "mentee";
export type PairPerson = { id: number; telegramId: bigint; fullName: string | null };
type Place = { schoolId: number | null; municipalityId: number | null };
/** The mentee with their place, whose staff may look at the plan. */
export type Pair = { id: number; active: boolean; routeShared: boolean; startedAt: Date | null; mentor: PairPerson; mentee: PairPerson & Place };
/** The pair as one of its two people sees it. */
export type PairAccess = { pair: Pair; role: PairRole; other: PairPerson };
export type Meeting = { id: number; pairId: number; startsAt: Date; topic: string; heldAt: Date | null; note: string | null };

/** Why nothing changed; each has its words in refusals.ts. */
export type Refusal =
  | "not-found"
  | "not-allowed"
  | "pair-inactive"
  | "started"
  | "not-started"
  | "already-held"
  | "not-held"
  | "not-shared"
  | "no-route"
  | "past"
  | "too-far"
  | "topic"
  | "note";

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };
export const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });

const PERSON = { id: true, telegramId: true, fullName: true } as const;
const PAIR = { id: true, status: true, routeShared: true, startedAt: true, mentor: { select: PERSON }, mentee: { select: { ...PERSON, schoolId: true, municipalityId: true } } } as const;
export const MEETING = { id: true, pairId: true, startsAt: true, topic: true, heldAt: true, note: true } as const;

/** Pairs whose meetings can be seen: working ones, and ended ones for their history. */
const SHOWN = new Set(["active", "ended"]);

type PairRow = { id: number; status: string; routeShared: boolean; startedAt: Date | null; mentor: PairPerson | null; mentee: PairPerson & Place };

function pairOf(row: PairRow | null): Pair | null {
  if (!row?.mentor || !SHOWN.has(row.status)) return null;
  return { id: row.id, active: row.status === "active", routeShared: row.routeShared, startedAt: row.startedAt, mentor: row.mentor, mentee: row.mentee };
}

function accessOf(row: PairRow | null, userId: number): Outcome<PairAccess> {
  const pair = pairOf(row);
  if (!pair) return refuse("not-found");
  const role: PairRole | null = pair.mentor.id === userId ? "mentor" : pair.mentee.id === userId ? "mentee" : null;
  if (!role) return refuse("not-allowed");
  return { ok: true, value: { pair, role, other: role === "mentor" ? pair.mentee : pair.mentor } };
}

/** Whoever looks at a plan, with their grants. */
export type Viewer = Pick<Member, "userId" | "onboarded" | "grants" | "bootstrapAdmin">;
/** One of the pair, or staff over the mentee. */
export type PlanViewer = PairRole | "coordinator";

/** Staff whose grants cover the mentee: their school, their municipality, or the region. */
async function oversees(db: Db, viewer: Viewer, mentee: Place): Promise<boolean> {
  if (!can(viewer, "reports.view")) return false;
  if (mentee.schoolId !== null && (await mayReportOn(db, viewer, { kind: "s", id: mentee.schoolId }))) return true;
  if (mentee.municipalityId !== null && (await mayReportOn(db, viewer, { kind: "m", id: mentee.municipalityId }))) return true;
  return mayReportOn(db, viewer, REGION);
}

/** The pair for its plan: its two people, or staff over the mentee, who only look. */
export async function planAccess(db: Db, opts: { pairId: number; viewer: Viewer }): Promise<Outcome<{ pair: Pair; viewer: PlanViewer }>> {
  const pair = pairOf(await db.mentorPair.findUnique({ where: { id: opts.pairId }, select: PAIR }));
  if (!pair) return refuse("not-found");
  if (pair.mentor.id === opts.viewer.userId) return { ok: true, value: { pair, viewer: "mentor" } };
  if (pair.mentee.id === opts.viewer.userId) return { ok: true, value: { pair, viewer: "mentee" } };
  return (await oversees(db, opts.viewer, pair.mentee)) ? { ok: true, value: { pair, viewer: "coordinator" } } : refuse("not-allowed");
}

/** The pair, if the person is one of its two. */
export async function pairAccess(db: Db | Tx, opts: { pairId: number; userId: number }): Promise<Outcome<PairAccess>> {
  const row = await db.mentorPair.findUnique({ where: { id: opts.pairId }, select: PAIR });
  return accessOf(row, opts.userId);
}

/** A meeting with its pair, if the person is one of the pair's two. */
export async function meetingAccess(db: Db | Tx, opts: { meetingId: number; userId: number }): Promise<Outcome<{ meeting: Meeting; access: PairAccess }>> {
  const row = await db.pairMeeting.findUnique({ where: { id: opts.meetingId }, select: { ...MEETING, pair: { select: PAIR } } });
  if (!row) return refuse("not-found");
  const { pair, ...meeting } = row;
  const access = accessOf(pair, opts.userId);
  return access.ok ? { ok: true, value: { meeting, access: access.value } } : access;
}

/** The same, for a change: only a working pair's meetings change. */
export function forChange<T extends { access: PairAccess } | PairAccess>(outcome: Outcome<T>): Outcome<T> {
  if (!outcome.ok) return outcome;
  const pair = "access" in outcome.value ? outcome.value.access.pair : outcome.value.pair;
  return pair.active ? outcome : refuse("pair-inactive");
}
