// The territory a plan concerns, from its issuer: a municipal body's plan concerns its
// municipality, a regional ministry's or institute's plan its region. Teachers are shown the
// plans of their municipality and of its region; staff browse them all.
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import type { Member } from "../../core/member.ts";
import { can } from "../roles/permissions.ts";
import { bestNamed } from "./territory-names.ts";

/** Where a plan applies; both ids null when its issuer names no place the directory knows. */
export type Territory = {
  regionId: number | null;
  municipalityId: number | null;
  regionName: string | null;
  municipalityName: string | null;
};

export const UNKNOWN_TERRITORY: Territory = { regionId: null, municipalityId: null, regionName: null, municipalityName: null };

/**
 * The issuer's territory: a municipality named in it (with the municipality's region), else a
 * region named in it. "Управление образования Администрации Оконешниковского муниципального
 * района Омской области" names both: the district is the more precise answer.
 */
export async function resolveTerritory(db: Db | Tx, issuer: string | null): Promise<Territory> {
  if (!issuer?.trim()) return UNKNOWN_TERRITORY;
  const municipalities = await db.municipality.findMany({ select: { id: true, name: true, region: { select: { id: true, name: true } } } });
  const municipality = bestNamed(issuer, municipalities);
  if (municipality) {
    return {
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      regionId: municipality.region?.id ?? null,
      regionName: municipality.region?.name ?? null,
    };
  }
  const region = bestNamed(issuer, await db.region.findMany({ select: { id: true, name: true } }));
  return region ? { ...UNKNOWN_TERRITORY, regionId: region.id, regionName: region.name } : UNKNOWN_TERRITORY;
}

/** The two columns of Plan that hold a territory. */
export function territoryColumns(territory: Territory): { regionId: number | null; municipalityId: number | null } {
  return { regionId: territory.regionId, municipalityId: territory.municipalityId };
}

/**
 * Plans that concern a person of this municipality: the municipality's own, its region's, and
 * those whose territory is unknown. An unknown one is shown rather than hidden: the preview has
 * told the methodologist, and a plan nobody sees is worse than one shown too widely.
 */
export function plansConcerningWhere(municipalityId: number | null): Prisma.PlanWhereInput {
  const unknown: Prisma.PlanWhereInput = { regionId: null, municipalityId: null };
  if (municipalityId === null) return unknown;
  return {
    OR: [
      unknown,
      { municipalityId },
      { municipalityId: null, region: { municipalities: { some: { id: municipalityId } } } },
    ],
  };
}

/** What the plan list shows this person: methodologists and admins see every plan. */
export function plansBrowsedWhere(member: Member | null): Prisma.PlanWhereInput {
  if (can(member, "plans.import")) return {};
  return plansConcerningWhere(member?.municipalityId ?? null);
}

/**
 * Fills in the territory of plans saved before territories existed (or before the directory knew
 * their issuer's place). Cheap: it reads only plans with no territory and an issuer.
 */
export async function resolveMissingTerritories(db: Db): Promise<number> {
  const plans = await db.plan.findMany({ where: { regionId: null, municipalityId: null, issuer: { not: null } }, select: { id: true, issuer: true, updatedAt: true } });
  let resolved = 0;
  for (const plan of plans) {
    const territory = await resolveTerritory(db, plan.issuer);
    if (territory.regionId === null && territory.municipalityId === null) continue;
    // Only while still unknown (a save in between has set it), and keeping updatedAt: a held
    // preview compares it, and the plan's content has not changed.
    const { count } = await db.plan.updateMany({
      where: { id: plan.id, regionId: null, municipalityId: null },
      data: { ...territoryColumns(territory), updatedAt: plan.updatedAt },
    });
    resolved += count;
  }
  return resolved;
}

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "Оконешниковский муниципальный район (Омская область)", "Омская область", or that it is unknown. Not escaped. */
export function territoryText(t: Translate, territory: Pick<Territory, "regionName" | "municipalityName">): string {
  if (territory.municipalityName) {
    const name = territory.regionName ? `${territory.municipalityName} (${territory.regionName})` : territory.municipalityName;
    return t("plan-territory", { name });
  }
  if (territory.regionName) return t("plan-territory", { name: territory.regionName });
  return t("plan-territory-unknown");
}

/** The same in an import preview, where an unknown territory is explained before anyone saves. */
export function previewTerritoryText(t: Translate, territory: Territory, issuer: string | null): string {
  const known = territory.regionName !== null || territory.municipalityName !== null;
  if (known) return territoryText(t, territory);
  // Which of the two it is tells the methodologist what to fix: the document, or the directory.
  return issuer?.trim() ? t("plan-preview-territory-not-found", { issuer: issuer.trim() }) : t("plan-preview-territory-unknown");
}
