import type { Db } from "../../db/client.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import type { Role } from "../../generated/sqlite/enums.ts";
import { AppError } from "../../errors.ts";
import type { RoleScope } from "../../core/member.ts";

export const ROLES: readonly Role[] = ["coordinator", "methodologist", "admin"];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Keys a grant uniquely whatever its scope (NULLs never collide in a unique index). */
export function scopeKey(scope: Pick<RoleScope, "municipalityId" | "schoolId">): string {
  if (scope.schoolId !== null) return `s:${scope.schoolId}`;
  if (scope.municipalityId !== null) return `m:${scope.municipalityId}`;
  return "";
}

/** A coordinator works for one school or one municipality; the other roles span the region. */
export function checkScope(scope: RoleScope): void {
  const scoped = scope.municipalityId !== null || scope.schoolId !== null;
  if (scope.role === "coordinator" && !scoped) throw new AppError("invalid-scope");
  if (scope.role !== "coordinator" && scoped) throw new AppError("invalid-scope");
}

export async function holdsRole(db: Pick<Db, "roleGrant">, userId: number, scope: RoleScope): Promise<boolean> {
  const key = { userId_role_scopeKey: { userId, role: scope.role, scopeKey: scopeKey(scope) } };
  return (await db.roleGrant.findUnique({ where: key, select: { id: true } })) !== null;
}

/** Grants a role; granting one the person already holds changes nothing. Returns whether it was new. */
export async function grantRole(
  db: Pick<Db, "roleGrant">,
  opts: { userId: number; scope: RoleScope; grantedById: number | null },
): Promise<boolean> {
  checkScope(opts.scope);
  if (await holdsRole(db, opts.userId, opts.scope)) return false;
  await db.roleGrant.create({
    data: {
      userId: opts.userId,
      role: opts.scope.role,
      municipalityId: opts.scope.municipalityId,
      schoolId: opts.scope.schoolId,
      scopeKey: scopeKey(opts.scope),
      grantedById: opts.grantedById,
    },
  });
  return true;
}

export type GrantRow = {
  id: number;
  role: Role;
  userId: number;
  fullName: string | null;
  municipality: string | null;
  school: string | null;
};

export async function listGrants(db: Db, opts: { skip: number; take: number }): Promise<{ rows: GrantRow[]; total: number }> {
  const [grants, total] = await db.$transaction([
    db.roleGrant.findMany({
      orderBy: [{ role: "asc" }, { id: "asc" }],
      skip: opts.skip,
      take: opts.take,
      include: grantDetails,
    }),
    db.roleGrant.count(),
  ]);
  return { total, rows: grants.map(toGrantRow) };
}

const grantDetails = {
  user: { select: { fullName: true } },
  municipality: { select: { name: true } },
  school: { select: { name: true } },
} as const;

function toGrantRow(grant: {
  id: number;
  role: Role;
  userId: number;
  user: { fullName: string | null };
  municipality: { name: string } | null;
  school: { name: string } | null;
}): GrantRow {
  return {
    id: grant.id,
    role: grant.role,
    userId: grant.userId,
    fullName: grant.user.fullName,
    municipality: grant.municipality?.name ?? null,
    school: grant.school?.name ?? null,
  };
}

export async function findGrant(db: Db, grantId: number): Promise<GrantRow | null> {
  const grant = await db.roleGrant.findUnique({ where: { id: grantId }, include: grantDetails });
  return grant && toGrantRow(grant);
}

/**
 * Revokes one grant and, in the same transaction, queues a message telling its holder; a grant
 * already gone (another admin got there first) is not found and nobody is told twice.
 */
export async function revokeGrant(db: Db, opts: { grantId: number; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const grant = await tx.roleGrant.findUnique({
      where: { id: opts.grantId },
      select: { role: true, user: { select: { id: true, telegramId: true } }, municipality: { select: { name: true } }, school: { select: { name: true } } },
    });
    const { count } = await tx.roleGrant.deleteMany({ where: { id: opts.grantId } });
    if (!grant || count === 0) throw new AppError("not-found");
    await enqueue(tx, {
      source: `role-grant:${opts.grantId}`,
      purpose: "revoked",
      recipients: [{ userId: grant.user.id, telegramId: grant.user.telegramId }],
      notice: {
        key: "role-revoked-notice",
        args: { role: { key: `role-${grant.role}` }, place: grant.school?.name ?? grant.municipality?.name ?? { key: "admin-place-region" } },
      },
      now: opts.now,
    });
  });
}
