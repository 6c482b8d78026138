// Whose numbers a report covers. A school coordinator holds their school, a municipal one their
// municipality (and its schools), methodologists and admins the whole region. The scope comes in
// a button, so every use checks it again against the asker's grants and the directory.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import type { Member } from "../../core/member.ts";
import { staffViewOf, maySeeMunicipality, maySeeSchool } from "../diagnostics/aggregates-service.ts";

export type ReportScope = { kind: "r"; id: 0 } | { kind: "m"; id: number } | { kind: "s"; id: number };

export const REGION: ReportScope = { kind: "r", id: 0 };

type Asker = Pick<Member, "onboarded" | "grants" | "bootstrapAdmin"> | null;

/** The scopes a person's grants give them directly, widest first: the region, their municipalities, their schools. */
export function ownScopes(member: Asker): ReportScope[] {
  const view = staffViewOf(member);
  return [
    ...(view.region ? [REGION] : []),
    ...view.municipalityIds.map((id): ReportScope => ({ kind: "m", id })),
    ...view.schoolIds.map((id): ReportScope => ({ kind: "s", id })),
  ];
}

/** Whether the asker may see this scope (a municipality's schools are seen by its coordinator too). */
export async function mayReportOn(db: Db, member: Asker, scope: ReportScope): Promise<boolean> {
  const view = staffViewOf(member);
  if (!view.region && !view.schoolIds.length && !view.municipalityIds.length) return false;
  if (scope.kind === "r") return view.region;
  if (scope.kind === "m") return maySeeMunicipality(view, scope.id) && (await db.municipality.count({ where: { id: scope.id } })) > 0;
  return (await db.school.count({ where: { id: scope.id } })) > 0 && (await maySeeSchool(db, view, scope.id));
}

/** The people a scope's reports count: everyone registered (by `at`, when given) whose profile places them in it. */
export function scopePeople(scope: ReportScope, at?: Date): Prisma.UserWhereInput {
  const registered: Prisma.UserWhereInput = { onboardedAt: at ? { not: null, lte: at } : { not: null } };
  if (scope.kind === "m") return { ...registered, municipalityId: scope.id };
  if (scope.kind === "s") return { ...registered, schoolId: scope.id };
  return registered;
}

/** The scope's name as the directory has it; the region's is the caller's word for it. */
export async function scopeName(db: Db, scope: ReportScope, regionWord: string): Promise<string | null> {
  if (scope.kind === "r") return regionWord;
  const place =
    scope.kind === "m"
      ? await db.municipality.findUnique({ where: { id: scope.id }, select: { name: true } })
      : await db.school.findUnique({ where: { id: scope.id }, select: { name: true } });
  return place?.name ?? null;
}

/** When the scope's first person registered: no report reaches back before it. */
export async function firstRegistered(db: Db, scope: ReportScope): Promise<Date | null> {
  const { _min } = await db.user.aggregate({ where: scopePeople(scope), _min: { onboardedAt: true } });
  return _min.onboardedAt;
}
