import type { Db } from "../../db/client.ts";
import { isUniqueViolation, prismaCode } from "../../db/errors.ts";
import { AppError } from "../../errors.ts";
import { canonicalTimezone, cleanName, nameKey } from "./names.ts";
import { DEFAULT_REGION, ensureRegions } from "./regions.ts";

export { filterByName } from "./names.ts";
export { ensureBundledDirectory, importDirectoryCsv } from "./csv-import.ts";
export type { DirectoryImportReport, RejectReason } from "./csv-import.ts";

export type MunicipalityInfo = { id: number; name: string; timezone: string };
export type SchoolInfo = { id: number; name: string };
export type SchoolWithMunicipality = SchoolInfo & { municipalityId: number; municipality: MunicipalityInfo };

const russian = new Intl.Collator("ru");
const municipalityFields = { id: true, name: true, timezone: true } as const;
const schoolFields = { id: true, name: true, municipalityId: true } as const;

// The regional centre ("г. Омск") is where most teachers are, so cities come first.
function isCity(name: string): boolean {
  return name.startsWith("г.");
}

export async function listMunicipalities(db: Db): Promise<MunicipalityInfo[]> {
  const rows = await db.municipality.findMany({ select: municipalityFields });
  return rows.sort((a, b) => Number(isCity(b.name)) - Number(isCity(a.name)) || russian.compare(a.name, b.name));
}

export async function listSchools(db: Db, municipalityId: number): Promise<SchoolInfo[]> {
  const rows = await db.school.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  return rows.sort((a, b) => russian.compare(a.name, b.name));
}

export async function findMunicipality(db: Db, id: number): Promise<MunicipalityInfo | null> {
  return db.municipality.findUnique({ where: { id }, select: municipalityFields });
}

export async function findSchool(db: Db, id: number): Promise<SchoolWithMunicipality | null> {
  return db.school.findUnique({
    where: { id },
    select: { ...schoolFields, municipality: { select: municipalityFields } },
  });
}

/** The municipality other than `exceptId` whose name is this one but for case, spacing, quotes or ё. */
export async function municipalityNamedLike(db: Db, name: string, exceptId?: number): Promise<MunicipalityInfo | null> {
  const key = nameKey(name);
  const rows = await db.municipality.findMany({ select: municipalityFields });
  return rows.find((row) => row.id !== exceptId && nameKey(row.name) === key) ?? null;
}

/** The same for a school among the schools of one municipality. */
export async function schoolNamedLike(db: Db, municipalityId: number, name: string, exceptId?: number): Promise<SchoolInfo | null> {
  const key = nameKey(name);
  const rows = await db.school.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  return rows.find((row) => row.id !== exceptId && nameKey(row.name) === key) ?? null;
}

function refuseClash(clash: { name: string } | null): void {
  if (clash) throw new AppError("duplicate", { name: clash.name });
}

export async function addMunicipality(db: Db, input: { name: string; timezone: string }): Promise<MunicipalityInfo> {
  const name = cleanName(input.name);
  const timezone = canonicalTimezone(input.timezone);
  refuseClash(await municipalityNamedLike(db, name));
  const regionId = await regionForZone(db, timezone);
  return translateErrors(name, () => db.municipality.create({ data: { name, timezone, regionId }, select: municipalityFields }));
}

/**
 * The region a municipality added in the bot joins, so that regional plans reach it: the region
 * of the same time zone (regions here do not share one), else the bundled directory's own.
 */
async function regionForZone(db: Db, timezone: string): Promise<number> {
  const sameZone = await db.region.findFirst({ where: { timezone }, orderBy: { id: "asc" }, select: { id: true } });
  if (sameZone) return sameZone.id;
  const regions = await ensureRegions(db, new Map([[DEFAULT_REGION, timezone]]));
  return regions.get(nameKey(DEFAULT_REGION))!.id;
}

export async function addSchool(
  db: Db,
  input: { municipalityId: number; name: string },
): Promise<SchoolInfo & { municipalityId: number }> {
  const name = cleanName(input.name);
  refuseClash(await schoolNamedLike(db, input.municipalityId, name));
  return translateErrors(name, () =>
    db.school.create({ data: { municipalityId: input.municipalityId, name }, select: schoolFields }),
  );
}

export async function renameMunicipality(db: Db, input: { id: number; name: string }): Promise<MunicipalityInfo> {
  const name = cleanName(input.name);
  refuseClash(await municipalityNamedLike(db, name, input.id));
  return translateErrors(name, () =>
    db.municipality.update({ where: { id: input.id }, data: { name }, select: municipalityFields }),
  );
}

export async function renameSchool(
  db: Db,
  input: { id: number; name: string },
): Promise<SchoolInfo & { municipalityId: number }> {
  const name = cleanName(input.name);
  const school = await db.school.findUnique({ where: { id: input.id }, select: { municipalityId: true } });
  if (!school) throw new AppError("not-found");
  refuseClash(await schoolNamedLike(db, school.municipalityId, name, input.id));
  return translateErrors(name, () => db.school.update({ where: { id: input.id }, data: { name }, select: schoolFields }));
}

// The database has the last word on exact names and existence, so two admins editing at once cannot race.
async function translateErrors<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name });
    // P2025: the record to update is gone; P2003: the school's municipality is gone.
    const code = prismaCode(error);
    if (code === "P2025" || code === "P2003") throw new AppError("not-found");
    throw error;
  }
}
