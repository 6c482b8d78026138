import type { Db, Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { nameKey } from "./names.ts";

export type EntryKind = "municipality" | "school";

/**
 * What can point at a municipality or a school: while anything does, it is merged, not deleted.
 * `invites` counts those that can still be redeemed (spent and revoked ones go with the entry);
 * `events` those aimed at it; `plans` its municipal bodies' plans; `requests` open "my school is
 * not in the list" requests.
 */
export const REFERENCE_KINDS = ["schools", "people", "roles", "invites", "events", "plans", "requests"] as const;

export type References = Record<(typeof REFERENCE_KINDS)[number], number>;

export function isReferenced(references: References): boolean {
  return Object.values(references).some((count) => count > 0);
}

export async function countReferences(db: Db | Tx, kind: EntryKind, id: number, now: Date): Promise<References> {
  const activeInvites = { revokedAt: null, expiresAt: { gt: now }, uses: { lt: db.invite.fields.maxUses } };
  const audience = { kind, value: String(id) };
  if (kind === "school") {
    const [people, roles, invites, events] = await Promise.all([
      db.user.count({ where: { schoolId: id } }),
      db.roleGrant.count({ where: { schoolId: id } }),
      db.invite.count({ where: { schoolId: id, ...activeInvites } }),
      db.eventAudience.count({ where: audience }),
    ]);
    return { schools: 0, people, roles, invites, events, plans: 0, requests: 0 };
  }
  const [schools, people, roles, invites, events, plans, requests] = await Promise.all([
    db.school.count({ where: { municipalityId: id } }),
    db.user.count({ where: { municipalityId: id } }),
    db.roleGrant.count({ where: { municipalityId: id } }),
    db.invite.count({ where: { municipalityId: id, ...activeInvites } }),
    db.eventAudience.count({ where: audience }),
    db.plan.count({ where: { municipalityId: id } }),
    db.schoolRequest.count({ where: { municipalityId: id, status: "open" } }),
  ]);
  return { schools, people, roles, invites, events, plans, requests };
}

/** Deletes an entry nothing points at; AppError("in-use") when something does, "not-found" when it is gone. */
export async function deleteEntry(db: Db, opts: { kind: EntryKind; id: number; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    if (isReferenced(await countReferences(tx, opts.kind, opts.id, opts.now))) throw new AppError("in-use");
    const { count } =
      opts.kind === "school" ? await tx.school.deleteMany({ where: { id: opts.id } }) : await tx.municipality.deleteMany({ where: { id: opts.id } });
    if (count === 0) throw new AppError("not-found");
  });
}

/**
 * Moves everything of one entry into another and deletes it, in one transaction: its people,
 * roles, invites, the events aimed at it and, for a municipality, its schools (a school named
 * like one already in the target is merged into it), plans and requests. A role or an audience
 * that the target already has is dropped rather than doubled.
 */
export async function mergeEntries(db: Db, opts: { kind: EntryKind; fromId: number; intoId: number }): Promise<void> {
  if (opts.fromId === opts.intoId) throw new AppError("merge-into-itself");
  await db.$transaction(
    async (tx) => {
      if (opts.kind === "school") await mergeSchool(tx, opts.fromId, opts.intoId);
      else await mergeMunicipality(tx, opts.fromId, opts.intoId);
    },
    // Merging a city with hundreds of schools outlasts Prisma's 5-second default.
    { timeout: 60_000 },
  );
}

async function mergeSchool(tx: Tx, fromId: number, intoId: number): Promise<void> {
  const into = await tx.school.findUnique({ where: { id: intoId }, select: { municipalityId: true } });
  if (!into || !(await tx.school.findUnique({ where: { id: fromId }, select: { id: true } }))) throw new AppError("not-found");
  await tx.user.updateMany({ where: { schoolId: fromId }, data: { schoolId: intoId, municipalityId: into.municipalityId } });
  await moveGrants(tx, { schoolId: fromId }, { schoolId: intoId }, `s:${intoId}`);
  await tx.invite.updateMany({ where: { schoolId: fromId }, data: { schoolId: intoId } });
  await moveAudience(tx, "school", fromId, intoId);
  await tx.schoolRequest.updateMany({ where: { schoolId: fromId }, data: { schoolId: intoId } });
  await tx.school.delete({ where: { id: fromId } });
}

async function mergeMunicipality(tx: Tx, fromId: number, intoId: number): Promise<void> {
  const found = await tx.municipality.count({ where: { id: { in: [fromId, intoId] } } });
  if (found < 2) throw new AppError("not-found");
  const targetSchools = await tx.school.findMany({ where: { municipalityId: intoId }, select: { id: true, name: true } });
  const twins = new Map(targetSchools.map((school) => [nameKey(school.name), school.id]));
  for (const school of await tx.school.findMany({ where: { municipalityId: fromId }, select: { id: true, name: true } })) {
    const twin = twins.get(nameKey(school.name));
    if (twin === undefined) await tx.school.update({ where: { id: school.id }, data: { municipalityId: intoId } });
    else await mergeSchool(tx, school.id, twin);
  }
  await tx.user.updateMany({ where: { municipalityId: fromId }, data: { municipalityId: intoId } });
  await moveGrants(tx, { municipalityId: fromId }, { municipalityId: intoId }, `m:${intoId}`);
  await tx.invite.updateMany({ where: { municipalityId: fromId }, data: { municipalityId: intoId } });
  await moveAudience(tx, "municipality", fromId, intoId);
  await tx.plan.updateMany({ where: { municipalityId: fromId }, data: { municipalityId: intoId } });
  await tx.schoolRequest.updateMany({ where: { municipalityId: fromId }, data: { municipalityId: intoId } });
  await tx.municipality.delete({ where: { id: fromId } });
}

type Scope = { municipalityId: number } | { schoolId: number };

async function moveGrants(tx: Tx, from: Scope, into: Scope, scopeKey: string): Promise<void> {
  for (const grant of await tx.roleGrant.findMany({ where: from, select: { id: true, userId: true, role: true } })) {
    const held = await tx.roleGrant.findUnique({ where: { userId_role_scopeKey: { userId: grant.userId, role: grant.role, scopeKey } }, select: { id: true } });
    if (held) await tx.roleGrant.delete({ where: { id: grant.id } });
    else await tx.roleGrant.update({ where: { id: grant.id }, data: { ...into, scopeKey } });
  }
}

async function moveAudience(tx: Tx, kind: EntryKind, fromId: number, intoId: number): Promise<void> {
  const rows = await tx.eventAudience.findMany({ where: { kind, value: String(fromId) }, select: { id: true, eventId: true } });
  const already = await tx.eventAudience.findMany({
    where: { kind, value: String(intoId), eventId: { in: rows.map((row) => row.eventId) } },
    select: { eventId: true },
  });
  const aimedAtBoth = new Set(already.map((row) => row.eventId));
  await tx.eventAudience.deleteMany({ where: { id: { in: rows.filter((row) => aimedAtBoth.has(row.eventId)).map((row) => row.id) } } });
  await tx.eventAudience.updateMany({ where: { kind, value: String(fromId) }, data: { value: String(intoId) } });
}
