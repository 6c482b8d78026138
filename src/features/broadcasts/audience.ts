// Who an announcement reaches: the shared audience (place, subjects, roles, young teachers), plus
// the people of one event, limited to the author's scope, less those who blocked the bot or muted
// announcements of this kind (counted apart, so the author knows why the number is smaller).
import type { Audience } from "../../core/audience.ts";
import { EVERYONE, peopleWhere } from "../../core/audience.ts";
import type { Member } from "../../core/member.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { z } from "zod";

/** A methodologist's or admin's announcement is the region's; a coordinator's is their municipality's or school's. */
export type Scope = { kind: "regional" } | { kind: "municipal"; municipalityIds: number[]; schoolIds: number[] };

export type EventFilter = { id: number; attended: boolean };
export type BroadcastAudience = Audience & { event: EventFilter | null };

export const EVERYBODY: BroadcastAudience = { ...EVERYONE, event: null };

export const broadcastAudienceSchema = z.object({
  municipalityIds: z.array(z.number().int()),
  schoolIds: z.array(z.number().int()),
  subjects: z.array(z.string()),
  roles: z.array(z.string()),
  youngOnly: z.boolean(),
  event: z.object({ id: z.number().int(), attended: z.boolean() }).nullable(),
});

/** The scope an author sends in, or null when they may not send announcements at all. */
export function scopeOf(member: Pick<Member, "onboarded" | "grants" | "bootstrapAdmin"> | null): Scope | null {
  if (!member?.onboarded) return null;
  if (member.bootstrapAdmin || member.grants.some((grant) => grant.role === "methodologist" || grant.role === "admin")) return { kind: "regional" };
  const coordinating = member.grants.filter((grant) => grant.role === "coordinator");
  if (!coordinating.length) return null;
  return {
    kind: "municipal",
    municipalityIds: coordinating.flatMap((grant) => (grant.municipalityId !== null && grant.schoolId === null ? [grant.municipalityId] : [])),
    schoolIds: coordinating.flatMap((grant) => (grant.schoolId !== null ? [grant.schoolId] : [])),
  };
}

/** Everyone the audience names within the scope, blocked and muted people included. */
export function audienceWhere(audience: BroadcastAudience, scope: Scope, now: Date): Prisma.UserWhereInput {
  const conditions: Prisma.UserWhereInput[] = [peopleWhere(audience, now)];
  if (scope.kind === "municipal") {
    conditions.push({ OR: [{ municipalityId: { in: scope.municipalityIds } }, { schoolId: { in: scope.schoolIds } }] });
  }
  if (audience.event) {
    const registration = audience.event.attended ? { attended: true } : { status: "registered" };
    conditions.push({ registrations: { some: { eventId: audience.event.id, ...registration } } });
  }
  return { AND: conditions };
}

const mutedWhere = (scope: Scope): Prisma.UserWhereInput => (scope.kind === "regional" ? { muteRegional: true } : { muteMunicipal: true });

/** Those who will get it: not blocked, not muted. */
export function recipientsWhere(audience: BroadcastAudience, scope: Scope, now: Date): Prisma.UserWhereInput {
  return { AND: [audienceWhere(audience, scope, now), { blockedAt: null }, { NOT: mutedWhere(scope) }] };
}

export type Reach = { recipients: number; blocked: number; muted: number };

/** How many the audience reaches, and how many of it are left out because they blocked the bot or muted this kind. */
export async function countReach(db: Db, audience: BroadcastAudience, scope: Scope, now: Date): Promise<Reach> {
  const named = audienceWhere(audience, scope, now);
  const [recipients, blocked, muted] = await Promise.all([
    db.user.count({ where: recipientsWhere(audience, scope, now) }),
    db.user.count({ where: { AND: [named, { blockedAt: { not: null } }] } }),
    db.user.count({ where: { AND: [named, { blockedAt: null }, mutedWhere(scope)] } }),
  ]);
  return { recipients, blocked, muted };
}
