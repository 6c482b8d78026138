import type { Role } from "../../generated/sqlite/enums.ts";
import type { Member } from "../../core/member.ts";

/** What the permission check needs of a member. */
type Actor = Pick<Member, "onboarded" | "grants" | "bootstrapAdmin">;

export type Permission =
  | "directory.manage"
  | "roles.manage"
  | "invites.manage"
  | "reports.view"
  | "plans.import"
  | "events.manage"
  | "broadcasts.send"
  | "diagnostics.manage";

const ROLES_WITH: Record<Permission, readonly Role[]> = {
  "directory.manage": ["admin"],
  "roles.manage": ["admin"],
  "invites.manage": ["admin"],
  "reports.view": ["coordinator", "methodologist", "admin"],
  "plans.import": ["methodologist", "admin"],
  "events.manage": ["methodologist", "admin"],
  "broadcasts.send": ["coordinator", "methodologist", "admin"],
  "diagnostics.manage": ["methodologist", "admin"],
};

export function hasRole(actor: Actor | null, role: Role): boolean {
  if (!actor) return false;
  if (role === "admin" && actor.bootstrapAdmin) return true;
  return actor.grants.some((grant) => grant.role === role);
}

/** The one permission check every guarded action goes through. */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor?.onboarded) return false;
  return ROLES_WITH[permission].some((role) => hasRole(actor, role));
}
