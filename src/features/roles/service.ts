import type { Db } from "../../db/client.ts";
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
      include: {
        user: { select: { fullName: true } },
        municipality: { select: { name: true } },
        school: { select: { name: true } },
      },
    }),
    db.roleGrant.count(),
  ]);
  return {
    total,
    rows: grants.map((grant) => ({
      id: grant.id,
      role: grant.role,
      userId: grant.userId,
      fullName: grant.user.fullName,
      municipality: grant.municipality?.name ?? null,
      school: grant.school?.name ?? null,
    })),
  };
}

/** Revokes one grant; a grant already gone is reported as not found. */
export async function revokeGrant(db: Db, grantId: number): Promise<void> {
  const { count } = await db.roleGrant.deleteMany({ where: { id: grantId } });
  if (count === 0) throw new AppError("not-found");
}
