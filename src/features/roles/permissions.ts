import type { Role } from "../../generated/sqlite/enums.ts";

export type RoleScope = { role: Role; municipalityId: number | null; schoolId: number | null };

/** A consented person as the permission check sees them. */
export type Actor = {
  userId: number;
  telegramId: bigint;
  lang: string;
  onboarded: boolean;
  grants: RoleScope[];
  /** Listed in BOT_ADMIN_IDS: an admin whatever the database says. */
  bootstrapAdmin: boolean;
};

export type Permission =
  | "directory.manage"
  | "roles.manage"
  | "invites.manage"
  | "reports.view"
  | "plans.import"
  | "events.manage"
  | "broadcasts.send";

const ROLES_WITH: Record<Permission, readonly Role[]> = {
  "directory.manage": ["admin"],
  "roles.manage": ["admin"],
  "invites.manage": ["admin"],
  "reports.view": ["coordinator", "methodologist", "admin"],
  "plans.import": ["methodologist", "admin"],
  "events.manage": ["methodologist", "admin"],
  "broadcasts.send": ["methodologist", "admin"],
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
