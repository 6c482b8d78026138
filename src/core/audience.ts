// Who something is for, answered both ways: which events concern this person, and which people
// this audience reaches. An event or a questionnaire stores its audience as
// rows; rows of one kind are alternatives (any of these schools), kinds together must all match.
import type { Db } from "../db/client.ts";
import type { Prisma } from "../generated/sqlite/client.ts";
import type { Member } from "./member.ts";
import { youngSinceYear } from "./teaching.ts";

/** "municipality" and "school" together say where, the rest say who. */
export const AUDIENCE_KINDS = ["municipality", "school", "subject", "role", "young"] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export type Audience = {
  municipalityIds: number[];
  schoolIds: number[];
  subjects: string[];
  roles: string[];
  youngOnly: boolean;
};

export const EVERYONE: Audience = { municipalityIds: [], schoolIds: [], subjects: [], roles: [], youngOnly: false };

/** What an audience is matched against: the member as the update loaded them. */
export type Person = Pick<Member, "userId" | "municipalityId" | "schoolId" | "subjects" | "roles" | "young" | "timezone">;

export function audienceRows(audience: Audience): { kind: AudienceKind; value: string }[] {
  return [
    ...audience.municipalityIds.map((id) => ({ kind: "municipality" as const, value: String(id) })),
    ...audience.schoolIds.map((id) => ({ kind: "school" as const, value: String(id) })),
    ...audience.subjects.map((subject) => ({ kind: "subject" as const, value: subject })),
    ...audience.roles.map((role) => ({ kind: "role" as const, value: role })),
    ...(audience.youngOnly ? [{ kind: "young" as const, value: "1" }] : []),
  ];
}

/** The rows back into an audience (what audienceRows stored). */
export function audienceFromRows(rows: readonly { kind: string; value: string }[]): Audience {
  return {
    municipalityIds: rows.filter((row) => row.kind === "municipality").map((row) => Number(row.value)),
    schoolIds: rows.filter((row) => row.kind === "school").map((row) => Number(row.value)),
    subjects: rows.filter((row) => row.kind === "subject").map((row) => row.value),
    roles: rows.filter((row) => row.kind === "role").map((row) => row.value),
    youngOnly: rows.some((row) => row.kind === "young"),
  };
}

/**
 * What anything with audience rows (an event, a questionnaire) must satisfy to be meant for this
 * person: a where over its `audience` relation, the same shape for every model that has one.
 */
function meantFor(person: Person) {
  const anyOf = (kinds: string[], values: { kind: string; value: string }[]) => ({
    OR: [{ audience: { none: { kind: { in: kinds } } } }, { audience: { some: { OR: values.length ? values : [{ kind: "-", value: "-" }] } } }],
  });
  const place = [
    ...(person.municipalityId === null ? [] : [{ kind: "municipality", value: String(person.municipalityId) }]),
    ...(person.schoolId === null ? [] : [{ kind: "school", value: String(person.schoolId) }]),
  ];
  return {
    AND: [
      anyOf(["municipality", "school"], place),
      anyOf(["subject"], person.subjects.map((value) => ({ kind: "subject", value }))),
      anyOf(["role"], person.roles.map((value) => ({ kind: "role", value }))),
      ...(person.young ? [] : [{ audience: { none: { kind: "young" } } }]),
    ],
  };
}

/** meantFor's rule on an audience already read: kinds together must all match, any value of one. */
export function isMeantFor(audience: Audience, person: Person): boolean {
  const placed = audience.municipalityIds.length > 0 || audience.schoolIds.length > 0;
  const inPlace =
    (person.municipalityId !== null && audience.municipalityIds.includes(person.municipalityId)) || (person.schoolId !== null && audience.schoolIds.includes(person.schoolId));
  return (
    (!placed || inPlace) &&
    (!audience.subjects.length || audience.subjects.some((subject) => person.subjects.includes(subject))) &&
    (!audience.roles.length || audience.roles.some((role) => person.roles.includes(role))) &&
    (!audience.youngOnly || person.young)
  );
}

/** Events meant for this person (the event's audience rows against the person). */
export function eventsForWhere(person: Person): Prisma.EventWhereInput {
  return meantFor(person);
}

/** Questionnaires meant for this person, by the same rule as events. */
export function questionnairesForWhere(person: Person): Prisma.QuestionnaireWhereInput {
  return meantFor(person);
}

/**
 * The registered people this audience reaches (the other way round), by indexed columns: the
 * municipality and school of the person, their subjects, their roles (everyone is a teacher),
 * the year they began teaching.
 */
export function peopleWhere(audience: Audience, now: Date): Prisma.UserWhereInput {
  const conditions: Prisma.UserWhereInput[] = [{ onboardedAt: { not: null } }];
  if (audience.municipalityIds.length || audience.schoolIds.length) {
    conditions.push({ OR: [{ municipalityId: { in: audience.municipalityIds } }, { schoolId: { in: audience.schoolIds } }] });
  }
  if (audience.subjects.length) conditions.push({ subjects: { some: { subject: { in: audience.subjects } } } });
  if (audience.roles.length && !audience.roles.includes("teacher")) {
    conditions.push({ roles: { some: { role: { in: audience.roles.filter((role) => role !== "teacher") as Prisma.EnumRoleFilter["in"] } } } });
  }
  if (audience.youngOnly) conditions.push({ teachingSince: { gte: youngSinceYear(now) } });
  return { AND: conditions };
}

export function countAudience(db: Db, audience: Audience, now: Date): Promise<number> {
  return db.user.count({ where: peopleWhere(audience, now) });
}

/** One page of the people reached, in id order: pass the last id of a page to get the next. */
export function audiencePage(db: Db, audience: Audience, now: Date, page: { afterId: number; take: number }) {
  return db.user.findMany({
    where: { AND: [peopleWhere(audience, now), { id: { gt: page.afterId } }] },
    orderBy: { id: "asc" },
    take: page.take,
    select: { id: true, telegramId: true },
  });
}
