// The person behind an update, loaded once per update with everything handlers, permissions and
// audiences ask of them.
import { providerOf, type Db } from "../db/client.ts";
import { sqlParams } from "../db/sql.ts";
import type { Role } from "../generated/sqlite/enums.ts";
import { isYoungTeacher } from "./teaching.ts";

export type RoleScope = { role: Role; municipalityId: number | null; schoolId: number | null };

/** A consented person (nothing about anyone is stored before consent). */
export type Member = {
  userId: number;
  telegramId: bigint;
  lang: string;
  fullName: string | null;
  onboarded: boolean;
  grants: RoleScope[];
  /** Listed in BOT_ADMIN_IDS: an admin whatever the database says. */
  bootstrapAdmin: boolean;
  municipalityId: number | null;
  municipalityName: string | null;
  schoolId: number | null;
  schoolName: string | null;
  subjects: string[];
  /** "teacher" for everyone, then each granted role; audiences match on these. */
  roles: string[];
  /** The year they began teaching. */
  teachingSince: number | null;
  /** Under three years of teaching, counted from the year they began, as of the update. */
  young: boolean;
  /** The zone they chose in /settings, else their municipality's: they see times in it; null before either. */
  timezone: string | null;
};

type Row = {
  id: number | bigint;
  telegramId: number | bigint;
  lang: string;
  fullName: string | null;
  onboardedAt: unknown;
  municipalityId: number | bigint | null;
  schoolId: number | bigint | null;
  teachingSince: number | bigint | null;
  timezone: string | null;
  municipalityName: string | null;
  schoolName: string | null;
  subjects: string | null;
  grants: string | null;
};

// One statement for the person, their zone, subjects and roles: it runs on every update, and
// Prisma would send one per relation. JSON aggregation is the one thing the dialects spell apart.
const SQL = {
  sqlite: (where: string) => `
    SELECT u.id, u.telegramId, u.lang, u.fullName, u.onboardedAt, u.municipalityId, u.schoolId, u.teachingSince,
      COALESCE(u.timezone, m.timezone) AS timezone, m.name AS municipalityName, sc.name AS schoolName,
      (SELECT json_group_array(subject) FROM (SELECT s.subject FROM UserSubject s WHERE s.userId = u.id ORDER BY s.subject)) AS subjects,
      (SELECT json_group_array(json_object('role', g.role, 'municipalityId', g.municipalityId, 'schoolId', g.schoolId))
         FROM RoleGrant g WHERE g.userId = u.id) AS grants
    FROM User u LEFT JOIN Municipality m ON m.id = u.municipalityId LEFT JOIN School sc ON sc.id = u.schoolId WHERE ${where}`,
  postgresql: (where: string) => `
    SELECT u.id, u."telegramId", u.lang, u."fullName", u."onboardedAt", u."municipalityId", u."schoolId", u."teachingSince",
      COALESCE(u.timezone, m.timezone) AS timezone, m.name AS "municipalityName", sc.name AS "schoolName",
      (SELECT json_agg(s.subject ORDER BY s.subject)::text FROM "UserSubject" s WHERE s."userId" = u.id) AS subjects,
      (SELECT json_agg(json_build_object('role', g.role, 'municipalityId', g."municipalityId", 'schoolId', g."schoolId"))::text
         FROM "RoleGrant" g WHERE g."userId" = u.id) AS grants
    FROM "User" u LEFT JOIN "Municipality" m ON m.id = u."municipalityId" LEFT JOIN "School" sc ON sc.id = u."schoolId" WHERE ${where}`,
};

const toNumber = (value: number | bigint | null) => (value === null ? null : Number(value));

/** One query, whichever way the person is known. */
export async function loadMember(
  db: Db,
  who: { telegramId: bigint } | { id: number },
  opts: { adminIds: readonly bigint[]; now: Date },
): Promise<Member | null> {
  const provider = providerOf(db);
  const column = "telegramId" in who ? (provider === "postgresql" ? 'u."telegramId"' : "u.telegramId") : "u.id";
  const [user] = await db.$queryRawUnsafe<Row[]>(SQL[provider](`${column} = ${sqlParams(db)()}`), "telegramId" in who ? who.telegramId : who.id);
  if (!user) return null;
  const telegramId = BigInt(user.telegramId);
  const grants = (JSON.parse(user.grants ?? "[]") as (RoleScope | null)[]).filter((grant): grant is RoleScope => grant !== null);
  const bootstrapAdmin = opts.adminIds.includes(telegramId);
  const roles = new Set<string>(["teacher", ...grants.map((grant) => grant.role)]);
  if (bootstrapAdmin) roles.add("admin");
  return {
    userId: Number(user.id),
    telegramId,
    lang: user.lang,
    fullName: user.fullName,
    onboarded: user.onboardedAt !== null,
    grants,
    bootstrapAdmin,
    municipalityId: toNumber(user.municipalityId),
    municipalityName: user.municipalityName,
    schoolId: toNumber(user.schoolId),
    schoolName: user.schoolName,
    subjects: (JSON.parse(user.subjects ?? "[]") as (string | null)[]).filter((subject): subject is string => subject !== null),
    roles: [...roles],
    teachingSince: toNumber(user.teachingSince),
    young: isYoungTeacher(toNumber(user.teachingSince), opts.now),
    timezone: user.timezone,
  };
}
