import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { isYoungTeacher } from "../profile/validation.ts";

/** What an event's audience is matched against. */
export type Person = {
  userId: number;
  municipalityId: number | null;
  schoolId: number | null;
  subjects: string[];
  roles: string[];
  young: boolean;
  /** The zone of the person's municipality, in which they see times; null before they chose one. */
  timezone: string | null;
};

export async function loadPerson(db: Db, userId: number, opts: { bootstrapAdmin: boolean }): Promise<Person | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      municipalityId: true,
      schoolId: true,
      experienceYears: true,
      municipality: { select: { timezone: true } },
      subjects: { select: { subject: true } },
      roles: { select: { role: true } },
    },
  });
  if (!user) return null;
  const roles = new Set<string>(["teacher", ...user.roles.map((grant) => grant.role)]);
  if (opts.bootstrapAdmin) roles.add("admin");
  return {
    userId: user.id,
    municipalityId: user.municipalityId,
    schoolId: user.schoolId,
    subjects: user.subjects.map((row) => row.subject),
    roles: [...roles],
    young: isYoungTeacher(user.experienceYears),
    timezone: user.municipality?.timezone ?? null,
  };
}

/**
 * Events meant for this person. Each kind of condition an event sets must hold: its place (any of
 * its municipalities or schools), its subjects (any), its roles (any), young teachers only.
 */
export function audienceWhere(person: Person): Prisma.EventWhereInput {
  const anyOf = (kinds: string[], values: { kind: string; value: string }[]): Prisma.EventWhereInput => ({
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
