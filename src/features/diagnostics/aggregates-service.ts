// What coordinators and methodologists see of self-diagnosis: per group of people (a school, a
// municipality, the region by municipality) how many finished a questionnaire, the average per
// area, the share with each deficit and the change between the last two rounds. Only numbers of
// groups of at least MIN_GROUP people ever leave here: no names, no answers, no small groups.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import type { Member } from "../../core/member.ts";
import { hasRole } from "../roles/permissions.ts";
import { coordinatorScope } from "../events/coordinator.ts";
import { definitionSchema, type Definition } from "./definition.ts";

/** Fewer people than this and a group's numbers could point at a person: nothing is shown. */
export const MIN_GROUP = 5;

/** Questionnaires with results worth seeing: published or closed (drafts have none). */
const WITH_RESULTS = ["published", "closed"];

export type AreaAggregate = {
  id: string;
  title: Definition["title"];
  /** Mean of the people's latest scores, 0-100, unrounded. */
  average: number;
  /** Percent of the people whose latest score is under the threshold. */
  deficitShare: number;
  /** Mean of (latest − previous) over the people with two rounds; null when left out (see changeHidden). */
  change: number | null;
};

/** Why numbers are not shown: fewer than MIN_GROUP people, or beside the others shown they would give such a group away by subtraction. */
export type Hidden = "few" | "subtraction";

/**
 * A "round" is one finished attempt of a person: their latest counts for the averages, and the
 * change compares it with their previous one, averaged over those who have both (`retakers`).
 * `changeHidden`: why the change is left out, when it is (each area's change is then null).
 */
export type GroupAggregate = { shown: false; why: Hidden } | { shown: true; people: number; retakers: number; areas: AreaAggregate[]; changeHidden: Hidden | null };

export type StaffQuestionnaire = { id: number; title: Definition["title"]; status: string; definition: Definition };

type FinishedAttempt = { userId: number; finishedAt: Date; scores: Record<string, number> };

/** The latest and previous finished attempts of each person, from their attempts in any order. */
function lastTwoRounds(attempts: readonly FinishedAttempt[]): Map<number, FinishedAttempt[]> {
  const byPerson = new Map<number, FinishedAttempt[]>();
  for (const attempt of attempts) {
    const own = byPerson.get(attempt.userId) ?? [];
    own.push(attempt);
    byPerson.set(attempt.userId, own);
  }
  for (const [userId, own] of byPerson) byPerson.set(userId, own.sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime()).slice(0, 2));
  return byPerson;
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** The group's numbers from its people's finished attempts; a group under MIN_GROUP shows nothing. */
export function aggregateAttempts(definition: Definition, attempts: readonly FinishedAttempt[]): GroupAggregate {
  const rounds = [...lastTwoRounds(attempts).values()];
  if (rounds.length < MIN_GROUP) return { shown: false, why: "few" };
  const twice = rounds.filter((own) => own.length === 2);
  // The change of fewer than MIN_GROUP people would be theirs alone: left out like a small group.
  const changeShown = twice.length >= MIN_GROUP;
  const areas = definition.areas.map((area): AreaAggregate => {
    const latest = rounds.flatMap(([last]) => (area.id in last!.scores ? [last!.scores[area.id]!] : []));
    const changes = twice.flatMap(([last, previous]) => (area.id in last!.scores && area.id in previous!.scores ? [last!.scores[area.id]! - previous!.scores[area.id]!] : []));
    return {
      id: area.id,
      title: area.title,
      average: mean(latest),
      deficitShare: latest.length ? (latest.filter((score) => score < definition.deficitThreshold).length / latest.length) * 100 : 0,
      change: changeShown ? mean(changes) : null,
    };
  });
  return { shown: true, people: rounds.length, retakers: twice.length, areas, changeHidden: changeShown ? null : "few" };
}

export async function listStaffQuestionnaires(db: Db): Promise<StaffQuestionnaire[]> {
  const rows = await db.questionnaire.findMany({ where: { status: { in: WITH_RESULTS } }, orderBy: { id: "desc" }, take: 30, select: { id: true, status: true, definition: true } });
  return rows.map((row) => {
    const definition = definitionSchema.parse(JSON.parse(row.definition));
    return { id: row.id, title: definition.title, status: row.status, definition };
  });
}

export async function loadStaffQuestionnaire(db: Db, id: number): Promise<StaffQuestionnaire | null> {
  const row = await db.questionnaire.findFirst({ where: { id, status: { in: WITH_RESULTS } }, select: { id: true, status: true, definition: true } });
  if (!row) return null;
  const definition = definitionSchema.parse(JSON.parse(row.definition));
  return { id: row.id, title: definition.title, status: row.status, definition };
}

type Split = { total: GroupAggregate; parts: Map<number, GroupAggregate> };

const FEW: GroupAggregate = { shown: false, why: "few" };
const BY_SUBTRACTION: GroupAggregate = { shown: false, why: "subtraction" };
const hasChange = (aggregate: GroupAggregate) => aggregate.shown && aggregate.changeHidden === null;
const withoutChange = (aggregate: GroupAggregate, why: Hidden): GroupAggregate =>
  aggregate.shown && aggregate.changeHidden === null ? { ...aggregate, changeHidden: why, areas: aggregate.areas.map((area) => ({ ...area, change: null })) } : aggregate;

/**
 * The ids of the parts that may stay shown beside their total. The total minus the shown parts is
 * the rest of the people (hidden parts, people without a place): were they 1-4, subtracting would
 * give their numbers. The smallest shown parts are hidden too until that rest is 0 or 5 and more.
 */
function partsSafeToShow(total: number, shown: { id: number; count: number }[]): Set<number> {
  const kept = [...shown].sort((a, b) => a.count - b.count || a.id - b.id);
  let rest = total - kept.reduce((sum, part) => sum + part.count, 0);
  while (kept.length && rest > 0 && rest < MIN_GROUP) rest += kept.shift()!.count;
  return new Set(kept.map((part) => part.id));
}

/** Applies partsSafeToShow to the people of the parts, then to the people behind their change. */
function protectBySubtraction(total: GroupAggregate, parts: Map<number, GroupAggregate>): Map<number, GroupAggregate> {
  // Under a hidden total every part is smaller still.
  if (!total.shown) return new Map([...parts.keys()].map((id) => [id, FEW]));
  const shown = [...parts].flatMap(([id, part]) => (part.shown ? [{ id, count: part.people }] : []));
  const keep = partsSafeToShow(total.people, shown);
  const withChange = [...parts].flatMap(([id, part]) => (keep.has(id) && part.shown && hasChange(part) ? [{ id, count: part.retakers }] : []));
  const keepChange = hasChange(total) ? partsSafeToShow(total.retakers, withChange) : new Set(withChange.map((part) => part.id));
  return new Map([...parts].map(([id, part]): [number, GroupAggregate] => [id, !part.shown ? part : !keep.has(id) ? BY_SUBTRACTION : keepChange.has(id) ? part : withoutChange(part, "subtraction")]));
}

/**
 * One query for a whole group: its people's finished attempts (by `until`, for a past report),
 * with the place each person is in.
 * The group's total and its split by `partOf` (school or municipality) come from the same rows.
 */
async function aggregateWhere(db: Db, questionnaire: StaffQuestionnaire, people: Prisma.UserWhereInput, partOf: "schoolId" | "municipalityId", until?: Date): Promise<Split> {
  const rows = await db.attempt.findMany({
    where: { questionnaireId: questionnaire.id, finishedAt: until ? { not: null, lte: until } : { not: null }, scores: { not: null }, user: people },
    select: { userId: true, finishedAt: true, scores: true, user: { select: { schoolId: true, municipalityId: true } } },
  });
  const attempts = rows.map((row) => ({ userId: row.userId, finishedAt: row.finishedAt!, scores: JSON.parse(row.scores!) as Record<string, number>, part: row.user[partOf] }));
  return splitAggregates(questionnaire.definition, attempts);
}

/** A group's total and its parts (people without one count in the total only), each part kept from giving the rest away. */
export function splitAggregates(definition: Definition, attempts: readonly (FinishedAttempt & { part: number | null })[]): Split {
  const byPart = new Map<number, FinishedAttempt[]>();
  for (const attempt of attempts) {
    if (attempt.part === null) continue;
    const own = byPart.get(attempt.part) ?? [];
    own.push(attempt);
    byPart.set(attempt.part, own);
  }
  const total = aggregateAttempts(definition, attempts);
  const parts = new Map([...byPart].map(([part, own]) => [part, aggregateAttempts(definition, own)]));
  return { total, parts: protectBySubtraction(total, parts) };
}

export type NamedAggregate = { id: number; name: string; aggregate: GroupAggregate };

const byName = (a: NamedAggregate, b: NamedAggregate) => a.name.localeCompare(b.name, "ru");

/**
 * A school as the viewer may see it: to one who also sees its municipality, as a part of it (so
 * no subtraction reveals the rest); to its own coordinator, on its own.
 */
export async function schoolAggregate(db: Db, questionnaire: StaffQuestionnaire, schoolId: number, view: StaffView, until?: Date): Promise<(NamedAggregate & { municipalityId: number }) | null> {
  const school = await db.school.findUnique({ where: { id: schoolId }, select: { id: true, name: true, municipalityId: true } });
  if (!school) return null;
  const aggregate = maySeeMunicipality(view, school.municipalityId)
    ? (await municipalityAggregate(db, questionnaire, school.municipalityId, view, until))?.schools.find((each) => each.id === schoolId)?.aggregate
    : (await aggregateWhere(db, questionnaire, { schoolId }, "schoolId", until)).total;
  return { ...school, aggregate: aggregate ?? FEW };
}

/**
 * A municipality's total and its schools where anyone finished it, each under the same rules. To
 * those who see the region it is shown as the region's split left it, and its schools no further.
 */
export async function municipalityAggregate(db: Db, questionnaire: StaffQuestionnaire, municipalityId: number, view: StaffView, until?: Date): Promise<{ municipality: NamedAggregate; schools: NamedAggregate[] } | null> {
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, name: true } });
  if (!municipality) return null;
  let { total, parts } = await aggregateWhere(db, questionnaire, { municipalityId }, "schoolId", until);
  if (view.region) {
    total = (await aggregateWhere(db, questionnaire, {}, "municipalityId", until)).parts.get(municipalityId) ?? FEW;
    // What the region's rule hid of the municipality stays hidden in its schools, for the same reason.
    const above = total;
    if (!above.shown) parts = new Map([...parts].map(([id, part]) => [id, part.shown ? above : part]));
    else if (above.changeHidden) parts = new Map([...parts].map(([id, part]) => [id, withoutChange(part, above.changeHidden!)]));
  }
  const names = await db.school.findMany({ where: { id: { in: [...parts.keys()] } }, select: { id: true, name: true } });
  const schools = names.map((school) => ({ id: school.id, name: school.name, aggregate: parts.get(school.id)! })).sort(byName);
  return { municipality: { id: municipality.id, name: municipality.name, aggregate: total }, schools };
}

/** The region's total and its municipalities where anyone finished it. */
export async function regionAggregate(db: Db, questionnaire: StaffQuestionnaire, until?: Date): Promise<{ total: GroupAggregate; municipalities: NamedAggregate[] }> {
  const { total, parts } = await aggregateWhere(db, questionnaire, {}, "municipalityId", until);
  const names = await db.municipality.findMany({ where: { id: { in: [...parts.keys()] } }, select: { id: true, name: true } });
  return { total, municipalities: names.map((each) => ({ id: each.id, name: each.name, aggregate: parts.get(each.id)! })).sort(byName) };
}

/** Whose numbers a member may see: methodologists and admins the region, coordinators their grants' places. */
export type StaffView = { region: boolean; schoolIds: number[]; municipalityIds: number[] };

export function staffViewOf(member: Pick<Member, "onboarded" | "grants" | "bootstrapAdmin"> | null): StaffView {
  if (!member) return { region: false, schoolIds: [], municipalityIds: [] };
  const region = hasRole(member, "methodologist") || hasRole(member, "admin");
  return { region, ...coordinatorScope(member.grants) };
}

export function maySeeMunicipality(view: StaffView, municipalityId: number): boolean {
  return view.region || view.municipalityIds.includes(municipalityId);
}

/** A school is seen by its own coordinator and by its municipality's (read from the database, never from the button). */
export async function maySeeSchool(db: Db, view: StaffView, schoolId: number): Promise<boolean> {
  if (view.region || view.schoolIds.includes(schoolId)) return true;
  if (!view.municipalityIds.length) return false;
  const school = await db.school.findUnique({ where: { id: schoolId }, select: { municipalityId: true } });
  return school !== null && view.municipalityIds.includes(school.municipalityId);
}
