import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { RoleScope } from "../../core/member.ts";
import { checkScope, grantRole, holdsRole } from "./service.ts";

/** 144 random bits in 24 URL-safe characters: fits Telegram's 64-character start parameter. */
export function newInviteCode(): string {
  return randomBytes(18).toString("base64url");
}

export function isInviteCode(value: string): boolean {
  return /^[A-Za-z0-9_-]{24}$/.test(value);
}

export const INVITE_USES = [1, 5, 30, 100] as const;
export const INVITE_DAYS = [1, 7, 30] as const;

export async function createInvite(
  db: Db,
  opts: { scope: RoleScope; maxUses: number; expiresAt: Date; createdById: number },
): Promise<{ id: number; code: string }> {
  checkScope(opts.scope);
  return db.invite.create({
    data: {
      code: newInviteCode(),
      role: opts.scope.role,
      municipalityId: opts.scope.municipalityId,
      schoolId: opts.scope.schoolId,
      maxUses: opts.maxUses,
      expiresAt: opts.expiresAt,
      createdById: opts.createdById,
    },
    select: { id: true, code: true },
  });
}

export type InviteRow = {
  id: number;
  code: string;
  scope: RoleScope;
  place: string | null;
  uses: number;
  maxUses: number;
  expiresAt: Date;
};

const activeAt = (db: Db, now: Date) => ({ revokedAt: null, expiresAt: { gt: now }, uses: { lt: db.invite.fields.maxUses } });
const inviteDetails = { municipality: { select: { name: true } }, school: { select: { name: true } } } as const;

/** Invites that can still be redeemed, newest first. */
export async function listActiveInvites(db: Db, now: Date): Promise<InviteRow[]> {
  const invites = await db.invite.findMany({ where: activeAt(db, now), orderBy: { id: "desc" }, include: inviteDetails });
  return invites.map(toInviteRow);
}

/** One invite that can still be redeemed, or null. */
export async function findActiveInvite(db: Db, id: number, now: Date): Promise<InviteRow | null> {
  const invite = await db.invite.findFirst({ where: { id, ...activeAt(db, now) }, include: inviteDetails });
  return invite && toInviteRow(invite);
}

function toInviteRow(invite: {
  id: number;
  code: string;
  role: RoleScope["role"];
  municipalityId: number | null;
  schoolId: number | null;
  uses: number;
  maxUses: number;
  expiresAt: Date;
  municipality: { name: string } | null;
  school: { name: string } | null;
}): InviteRow {
  return {
    id: invite.id,
    code: invite.code,
    scope: { role: invite.role, municipalityId: invite.municipalityId, schoolId: invite.schoolId },
    place: invite.school?.name ?? invite.municipality?.name ?? null,
    uses: invite.uses,
    maxUses: invite.maxUses,
    expiresAt: invite.expiresAt,
  };
}

export async function revokeInvite(db: Db, opts: { id: number; at: Date }): Promise<void> {
  const { count } = await db.invite.updateMany({ where: { id: opts.id, revokedAt: null }, data: { revokedAt: opts.at } });
  if (count === 0) throw new AppError("not-found");
}

/**
 * Redeems an invite for a person: the use is counted by one conditional update, so a code
 * with one use left cannot be spent twice by two people at once. A person who already holds
 * the role keeps the code's uses for others.
 */
export async function redeemInvite(
  db: Db,
  opts: { code: string; userId: number; at: Date },
): Promise<{ scope: RoleScope; granted: boolean }> {
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({ where: { code: opts.code } });
    if (!invite) throw new AppError("invite-invalid");
    const scope: RoleScope = { role: invite.role, municipalityId: invite.municipalityId, schoolId: invite.schoolId };
    if (await holdsRole(tx, opts.userId, scope)) return { scope, granted: false };
    const { count } = await tx.invite.updateMany({
      where: { id: invite.id, revokedAt: null, expiresAt: { gt: opts.at }, uses: { lt: tx.invite.fields.maxUses } },
      data: { uses: { increment: 1 } },
    });
    if (count === 0) {
      if (invite.revokedAt) throw new AppError("invite-revoked");
      if (invite.expiresAt <= opts.at) throw new AppError("invite-expired");
      throw new AppError("invite-used-up");
    }
    await grantRole(tx, { userId: opts.userId, scope, grantedById: invite.createdById });
    return { scope, granted: true };
  });
}
