import type { Db } from "../../db/client.ts";

/** While no plan exists, the database is asked again at most this often (another instance may import one). */
const NO_PLANS_RECHECK_MS = 30_000;
const plansSeen = new WeakMap<Db, { exists: boolean; checkedAt: number }>();

/**
 * Whether the main menu offers "Plans". Plans are never deleted, so once one exists the answer
 * stays yes without a query; every menu drawn would count them otherwise.
 */
export async function plansExist(db: Db, now: Date): Promise<boolean> {
  const seen = plansSeen.get(db);
  if (seen?.exists || (seen && now.getTime() - seen.checkedAt < NO_PLANS_RECHECK_MS)) return seen.exists;
  const exists = (await db.plan.count({ take: 1 })) > 0;
  plansSeen.set(db, { exists, checkedAt: now.getTime() });
  return exists;
}

const lastDates = new WeakMap<Db, { end: Date | null; checkedAt: number }>();

/**
 * Whether any plan measure's date reaches `from` or later, so "Upcoming" may skip the measures
 * query: most of the time the plans loaded lie in the past. Asked again every 30 s (another
 * instance may import a plan), at once after a save through this client.
 */
export async function planDatesReach(db: Db, from: Date, now: Date): Promise<boolean> {
  let seen = lastDates.get(db);
  if (!seen || now.getTime() - seen.checkedAt >= NO_PLANS_RECHECK_MS) {
    const last = await db.measureDate.findFirst({ where: { measure: { archivedAt: null } }, orderBy: { end: "desc" }, select: { end: true } });
    seen = { end: last?.end ?? null, checkedAt: now.getTime() };
    lastDates.set(db, seen);
  }
  return seen.end !== null && seen.end >= from;
}

/** A plan was saved through this client: the menu offers "Plans", and its dates count at once. */
export function notePlanSaved(db: Db): void {
  plansSeen.set(db, { exists: true, checkedAt: 0 });
  lastDates.delete(db);
}

/** Plans as teachers browse them: newest import first, archived measures left out. */
export async function listPlans(db: Db, opts: { skip: number; take: number }) {
  const [rows, total] = await db.$transaction([
    db.plan.findMany({ orderBy: { id: "desc" }, skip: opts.skip, take: opts.take, select: { id: true, title: true } }),
    db.plan.count(),
  ]);
  return { rows, total };
}

export async function getPlanOverview(db: Db, planId: number) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      title: true,
      issuer: true,
      number: true,
      date: true,
      sections: { select: { number: true, title: true }, orderBy: { id: "asc" } },
      _count: { select: { measures: { where: { archivedAt: null } } } },
    },
  });
  if (!plan) return null;
  const { _count, ...rest } = plan;
  return { ...rest, measureCount: _count.measures };
}

/** One page of a plan's measures, in the document's order; `section` null means the whole plan. */
export async function listMeasures(db: Db, opts: { planId: number; section: string | null; skip: number; take: number }) {
  const where = { planId: opts.planId, archivedAt: null, ...(opts.section === null ? {} : { sectionNumber: opts.section }) };
  const [rows, total] = await db.$transaction([
    db.measure.findMany({
      where,
      orderBy: { position: "asc" },
      skip: opts.skip,
      take: opts.take,
      select: {
        id: true,
        number: true,
        title: true,
        schedule: true,
        kind: true,
        executors: { orderBy: { position: "asc" }, select: { byAgreement: true, organisation: { select: { name: true } } } },
      },
    }),
    db.measure.count({ where }),
  ]);
  return { rows, total };
}
