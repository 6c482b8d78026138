import type { Db } from "../../db/client.ts";
import { findMunicipality, findSchool, listMunicipalities, listSchools, type MunicipalityInfo, type SchoolInfo, type SchoolWithMunicipality } from "./service.ts";

/** What the admin's directory screens read; no grammY here. */

export type MunicipalityRow = MunicipalityInfo & { schools: number };

/** Every municipality in the order people pick them in, with how many schools each has. */
export async function listMunicipalitiesWithCounts(db: Db): Promise<MunicipalityRow[]> {
  const [municipalities, counts] = await Promise.all([
    listMunicipalities(db),
    db.school.groupBy({ by: ["municipalityId"], _count: { _all: true } }),
  ]);
  const schools = new Map(counts.map((row) => [row.municipalityId, row._count._all]));
  return municipalities.map((m) => ({ ...m, schools: schools.get(m.id) ?? 0 }));
}

export type MunicipalityCard = MunicipalityInfo & { schools: SchoolInfo[]; people: number };

export async function readMunicipalityCard(db: Db, id: number): Promise<MunicipalityCard | null> {
  const municipality = await findMunicipality(db, id);
  if (!municipality) return null;
  const [schools, people] = await Promise.all([listSchools(db, id), db.user.count({ where: { municipalityId: id } })]);
  return { ...municipality, schools, people };
}

export type SchoolCard = SchoolWithMunicipality & { people: number };

export async function readSchoolCard(db: Db, id: number): Promise<SchoolCard | null> {
  const school = await findSchool(db, id);
  if (!school) return null;
  return { ...school, people: await db.user.count({ where: { schoolId: id } }) };
}
