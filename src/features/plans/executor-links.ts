// A plan's executors mapped to the directory, so that the coordinators of a school or of a
// municipality get the plan's deadlines. A school is found by its name, a municipality's education
// body by the words for it; both are stored on the Organisation when the plan is saved. Executors
// named for many ("ОО", "МОУО") or for the issuer's own body ("Управление образования") are a rule,
// not a link: the same words mean other places in another plan, so they are resolved against each
// plan's territory when deadlines are planned (executorPlaces). What matches nothing is listed for
// a methodologist to link by hand.
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { bestNamed, foldForMatching } from "./territory-names.ts";

/** Executors that stand for several bodies, or for the plan's own municipality's body. */
export type ExecutorRule = "every-school" | "every-body" | "issuer-body";

const EDUCATION_BODY = /(?:управлени|комитет|отдел|департамент)[а-я]*\s+(?:по\s+)?(?:вопросам\s+)?образовани/;
const EVERY_BODY = /(?<![а-я])(?:моуо|муо|омсу)(?![а-я])|органы\s+местного\s+самоуправления|органы\s+управления\s+образованием|муниципальные\s+органы/;
const EVERY_SCHOOL = /(?<![а-я])(?:оо|оу|школы)(?![а-я])|(?:обще)?образовательн(?:ые|ых)\s+(?:организаци|учреждени)/;
// Colleges, kindergartens and institutes are not the directory's schools.
const NOT_SCHOOLS = /профессиональн|дошкольн|высш|дополнительн/;

/** The rule an executor's name stands for, or null for the name of one body. */
export function executorRule(name: string): ExecutorRule | null {
  if (name.includes("«")) return null; // a proper name in quotes is one body
  const folded = foldForMatching(name);
  if (EVERY_BODY.test(folded)) return "every-body";
  if (EVERY_SCHOOL.test(folded) && !NOT_SCHOOLS.test(folded)) return "every-school";
  if (EDUCATION_BODY.test(folded)) return "issuer-body";
  return null;
}

const SCHOOL_WORDS: [RegExp, string][] = [
  [/средн(?:яя|ей)\s+общеобразовательн(?:ая|ой)\s+школ[аы]/g, "сош"],
  [/основн(?:ая|ой)\s+общеобразовательн(?:ая|ой)\s+школ[аы]/g, "оош"],
  [/начальн(?:ая|ой)\s+общеобразовательн(?:ая|ой)\s+школ[аы]/g, "нош"],
];
// "МБОУ", "МАОУ", "БОУ", "КОУ": the legal form before a name, which plans and the directory write differently.
const LEGAL_FORM = /^(?:[а-я]{0,3}оу|омр)$/;

/**
 * What a school's name comes to once its legal form and spelling are set aside: "МБОУ «Таврическая
 * средняя общеобразовательная школа №1»" and "БОУ «Таврическая СОШ № 1»" are both "таврическая сош № 1".
 */
export function schoolKey(name: string): string {
  const quoted = /«([^«»]+)»/.exec(name)?.[1];
  let text = (quoted ?? name).toLocaleLowerCase("ru").replaceAll("ё", "е");
  for (const [words, short] of SCHOOL_WORDS) text = text.replace(words, short);
  const words = text.replace(/№\s*/g, "№ ").replace(/["'“”„.,;:()]/g, " ").split(/\s+/).filter(Boolean);
  if (!quoted) while (words.length > 1 && LEGAL_FORM.test(words[0]!)) words.shift();
  return words.join(" ");
}

/** The directory within a plan's territory, as linking reads it. */
export type TerritoryDirectory = {
  municipalities: { id: number; name: string; schools: { id: number; name: string }[] }[];
  regions: { id: number; name: string }[];
};

export type ExecutorLink = { schoolId: number } | { municipalityId: number };

/**
 * Where one executor's name points in the territory: a school whose name comes to the same (one
 * only, or one in the municipality the name mentions), or the education body of a municipality it
 * names. Null when neither: a rule, a regional body, or a name for a methodologist to link.
 */
export function matchExecutor(name: string, directory: TerritoryDirectory): ExecutorLink | null {
  const rule = executorRule(name);
  if (rule === "every-school" || rule === "every-body") return null;
  const named = bestNamed(name, directory.municipalities);
  // "Управление образования Администрации Таврического района": that municipality's body.
  if (rule === "issuer-body") return named ? { municipalityId: named.id } : null;
  const key = schoolKey(name);
  const schools = directory.municipalities.flatMap((municipality) => municipality.schools.filter((school) => schoolKey(school.name) === key).map((school) => ({ ...school, municipality })));
  const school = schools.length === 1 ? schools[0] : schools.find((each) => each.municipality.id === named?.id);
  return school ? { schoolId: school.id } : null;
}

/** A body of the region itself (its ministry, its institute): no school's or municipality's coordinator answers for it. */
export function isRegionalBody(name: string, directory: TerritoryDirectory): boolean {
  return bestNamed(name, directory.regions) !== null && bestNamed(name, directory.municipalities) === null;
}

type PlanTerritory = { regionId: number | null; municipalityId: number | null };

/** Municipalities a plan concerns: its own, its region's, or (territory unknown) all of them. */
export function territoryWhere(plan: PlanTerritory): Prisma.MunicipalityWhereInput {
  if (plan.municipalityId !== null) return { id: plan.municipalityId };
  if (plan.regionId !== null) return { regionId: plan.regionId };
  return {};
}

async function territoryDirectory(db: Db | Tx, plan: PlanTerritory): Promise<TerritoryDirectory> {
  const [municipalities, regions] = await Promise.all([
    db.municipality.findMany({ where: territoryWhere(plan), select: { id: true, name: true, schools: { select: { id: true, name: true } } } }),
    db.region.findMany({ select: { id: true, name: true } }),
  ]);
  return { municipalities, regions };
}

const unlinked = { schoolId: null, municipalityId: null } as const;
const executorOf = (planId: number): Prisma.OrganisationWhereInput => ({ measures: { some: { measure: { planId, archivedAt: null } } } });

/**
 * After a save: each executor of the plan not linked yet is linked where its name points. A link
 * once made (on import or by hand) is kept: the organisation is one row whatever plans name it.
 */
export async function linkPlanExecutors(db: Db, planId: number): Promise<number> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { regionId: true, municipalityId: true } });
  if (!plan) return 0;
  const organisations = await db.organisation.findMany({ where: { ...unlinked, ...executorOf(planId) }, select: { id: true, name: true } });
  if (!organisations.length) return 0;
  const directory = await territoryDirectory(db, plan);
  let linked = 0;
  for (const organisation of organisations) {
    const link = matchExecutor(organisation.name, directory);
    if (link) linked += (await db.organisation.updateMany({ where: { id: organisation.id, ...unlinked }, data: link })).count;
  }
  return linked;
}

/** The plan's executors no coordinator would hear of: not linked, no rule, not the region's own body; by name. */
export async function unlinkedExecutors(db: Db, planId: number): Promise<{ id: number; name: string }[]> {
  // A plan that is gone has no measures, so no executors: its callers have read the plan already.
  const organisations = await db.organisation.findMany({ where: { ...unlinked, ...executorOf(planId) }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  if (!organisations.length) return [];
  // Names only: whether an executor names the region, and no municipality of it.
  const [municipalities, regions] = await Promise.all([db.municipality.findMany({ select: { id: true, name: true } }), db.region.findMany({ select: { id: true, name: true } })]);
  const directory = { municipalities: municipalities.map((municipality) => ({ ...municipality, schools: [] })), regions };
  return organisations.filter((organisation) => !executorRule(organisation.name) && !isRegionalBody(organisation.name, directory));
}

/**
 * Before a save: the executors of a parsed plan that saving would leave unlinked, by name — no
 * organisation of that name is linked already, no rule or regional body, and no school or
 * municipality of the plan's territory that linking on save would find.
 */
export async function executorsWithoutMatch(db: Db, executorNames: readonly string[], plan: PlanTerritory): Promise<string[]> {
  const names = [...new Set(executorNames)].filter((name) => !executorRule(name));
  if (!names.length) return [];
  const linked = await db.organisation.findMany({ where: { name: { in: names }, NOT: unlinked }, select: { name: true } });
  const linkedNames = new Set(linked.map((row) => row.name));
  const directory = await territoryDirectory(db, plan);
  return names.filter((name) => !linkedNames.has(name) && !isRegionalBody(name, directory) && !matchExecutor(name, directory));
}

/** The places a methodologist may link a plan's executor to: the plan's territory (all of it when unknown). */
export async function linkableMunicipalities(db: Db, planId: number): Promise<{ id: number; name: string }[]> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { regionId: true, municipalityId: true } });
  if (!plan) return [];
  return db.municipality.findMany({ where: territoryWhere(plan), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/**
 * A methodologist links one executor of the plan to a school or a municipality's body of the
 * plan's territory. False (nothing changed) when the executor is not the plan's, is linked
 * already, stands for a rule, or the place lies outside the territory: an old or forged button.
 */
export async function linkExecutorByHand(db: Db, opts: { planId: number; organisationId: number; link: ExecutorLink }): Promise<boolean> {
  const plan = await db.plan.findUnique({ where: { id: opts.planId }, select: { regionId: true, municipalityId: true } });
  if (!plan) return false;
  const organisation = await db.organisation.findFirst({ where: { id: opts.organisationId, ...unlinked, ...executorOf(opts.planId) }, select: { name: true } });
  if (!organisation || executorRule(organisation.name)) return false;
  const inTerritory = territoryWhere(plan);
  const place =
    "schoolId" in opts.link
      ? await db.school.count({ where: { id: opts.link.schoolId, municipality: inTerritory } })
      : await db.municipality.count({ where: { AND: [{ id: opts.link.municipalityId }, inTerritory] } });
  if (!place) return false;
  const { count } = await db.organisation.updateMany({ where: { id: opts.organisationId, ...unlinked }, data: opts.link });
  return count === 1;
}
