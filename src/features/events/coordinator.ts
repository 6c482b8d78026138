import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import type { RoleScope } from "../../core/member.ts";
import type { EventsWhen } from "./callbacks.ts";

/** A coordinator's people: the teachers of the schools and municipalities their grants name. */
export type CoordinatorScope = { schoolIds: number[]; municipalityIds: number[] };

export function coordinatorScope(grants: readonly RoleScope[]): CoordinatorScope {
  const own = grants.filter((grant) => grant.role === "coordinator");
  return {
    schoolIds: own.flatMap((grant) => (grant.schoolId === null ? [] : [grant.schoolId])),
    municipalityIds: own.flatMap((grant) => (grant.municipalityId === null ? [] : [grant.municipalityId])),
  };
}

/** The statuses that hold a seat or a place in the queue. */
export const SIGNED_UP = ["registered", "waitlisted"];

function signUpsWhere(scope: CoordinatorScope): Prisma.RegistrationWhereInput | null {
  if (!scope.schoolIds.length && !scope.municipalityIds.length) return null;
  return {
    status: { in: SIGNED_UP },
    user: { OR: [{ schoolId: { in: scope.schoolIds } }, { municipalityId: { in: scope.municipalityIds } }] },
  };
}

/**
 * Events the coordinator's people signed up for or wait for, with how many of them: still ahead
 * (or under way) soonest first, or over, latest first. Cancelled ones stay, marked on the screen.
 */
export async function listCoordinatorEvents(db: Db, opts: { scope: CoordinatorScope; when: EventsWhen; now: Date; skip: number; take: number }) {
  const signUps = signUpsWhere(opts.scope);
  if (!signUps) return { rows: [], total: 0 };
  const where: Prisma.EventWhereInput = {
    registrations: { some: signUps },
    endsAt: opts.when === "up" ? { gt: opts.now } : { lte: opts.now },
  };
  const order = opts.when === "up" ? "asc" : "desc";
  const [rows, total] = await db.$transaction([
    db.event.findMany({
      where,
      orderBy: [{ startsAt: order }, { id: order }],
      skip: opts.skip,
      take: opts.take,
      select: { id: true, title: true, startsAt: true, cancelledAt: true, _count: { select: { registrations: { where: signUps } } } },
    }),
    db.event.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...event }) => ({ ...event, people: _count.registrations })), total };
}

/** One page of the coordinator's people at an event, by school, then by name. */
export async function listSignUpsFor(db: Db, opts: { eventId: number; scope: CoordinatorScope; skip: number; take: number }) {
  const signUps = signUpsWhere(opts.scope);
  if (!signUps) return { rows: [], total: 0 };
  const where = { eventId: opts.eventId, ...signUps };
  const [rows, total] = await db.$transaction([
    db.registration.findMany({
      where,
      orderBy: [{ user: { school: { name: "asc" } } }, { user: { fullName: "asc" } }, { id: "asc" }],
      skip: opts.skip,
      take: opts.take,
      select: { status: true, attended: true, user: { select: { fullName: true, school: { select: { name: true } } } } },
    }),
    db.registration.count({ where }),
  ]);
  return { rows, total };
}
