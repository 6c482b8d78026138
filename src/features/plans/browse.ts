import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { periodSpan } from "./parser/dates.ts";
import { planPeriod } from "./parser/period.ts";
import type { DateSpan } from "./parser/types.ts";

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

/** A plan's header as its screens show it. */
export type PlanHeader = { id: number; title: string; issuer: string | null; number: string | null; date: string | null; period: DateSpan | null };

const headerFields = { id: true, title: true, issuer: true, number: true, date: true } as const;
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The days a plan concerns: from the period its title names ("на 2020–2024 годы", else the year of
 * its date), stretched to its last dated measure when that lies later; null when nothing says.
 */
export function planSpan(plan: { title: string; date: string | null }, lastMeasureDay: Date | null): DateSpan | null {
  const period = planPeriod([plan.title], plan.date ? Number(plan.date.slice(0, 4)) : null);
  const named = period ? periodSpan(period) : null;
  const last = lastMeasureDay ? isoOf(lastMeasureDay) : null;
  if (!named) return last ? { start: last, end: last } : null;
  return last && last > named.end ? { start: named.start, end: last } : named;
}

/** Whether a plan's period is over on `today` (YYYY-MM-DD in the reader's zone). */
export const planExpired = (span: DateSpan | null, today: string): boolean => span !== null && span.end < today;

async function lastMeasureDays(db: Db, planIds: readonly number[]): Promise<Map<number, Date>> {
  const last = await db.$transaction(
    planIds.map((planId) =>
      db.measureDate.findFirst({ where: { measure: { planId, archivedAt: null } }, orderBy: { end: "desc" }, select: { end: true } }),
    ),
  );
  return new Map(planIds.flatMap((planId, index) => (last[index] ? [[planId, last[index].end] as const] : [])));
}

/** Plans as teachers browse them: newest import first. */
export async function listPlans(db: Db, opts: { skip: number; take: number; where: Prisma.PlanWhereInput }): Promise<{ rows: PlanHeader[]; total: number }> {
  const [plans, total] = await db.$transaction([
    db.plan.findMany({ where: opts.where, orderBy: { id: "desc" }, skip: opts.skip, take: opts.take, select: headerFields }),
    db.plan.count({ where: opts.where }),
  ]);
  const last = await lastMeasureDays(db, plans.map((plan) => plan.id));
  return { rows: plans.map((plan) => ({ ...plan, period: planSpan(plan, last.get(plan.id) ?? null) })), total };
}

/** The page of the plans list that shows this plan (newest first). */
export async function planListPosition(db: Db, planId: number, where: Prisma.PlanWhereInput): Promise<number> {
  return db.plan.count({ where: { AND: [where, { id: { gt: planId } }] } });
}

export async function getPlanOverview(db: Db, planId: number) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      ...headerFields,
      region: { select: { name: true } },
      municipality: { select: { name: true } },
      sections: { select: { number: true, title: true }, orderBy: { id: "asc" } },
      _count: { select: { measures: { where: { archivedAt: null } } } },
    },
  });
  if (!plan) return null;
  const { _count, sections, ...header } = plan;
  const last = await lastMeasureDays(db, [plan.id]);
  return { ...header, period: planSpan(header, last.get(plan.id) ?? null), sections, measureCount: _count.measures };
}

/** One page of a plan's measures, in the document's order; `section` null means the whole plan. */
export async function listMeasures(db: Db, opts: { planId: number; section: string | null; skip: number; take: number }) {
  const where = { planId: opts.planId, archivedAt: null, ...(opts.section === null ? {} : { sectionNumber: opts.section }) };
  const [rows, total, plan] = await db.$transaction([
    db.measure.findMany({
      where,
      orderBy: { position: "asc" },
      skip: opts.skip,
      take: opts.take,
      select: { id: true, number: true, title: true, schedule: true, kind: true, dates: { orderBy: { start: "asc" }, select: { start: true, end: true } } },
    }),
    db.measure.count({ where }),
    db.plan.findUnique({ where: { id: opts.planId }, select: { title: true, sections: { where: { number: opts.section ?? "" }, select: { title: true } } } }),
  ]);
  return { rows, total, planTitle: plan?.title ?? null, sectionTitle: plan?.sections[0]?.title ?? null };
}

/** Everything about one measure, for its own screen; archived ones too (an old button may lead there). */
export async function getMeasure(db: Db, measureId: number) {
  const measure = await db.measure.findUnique({
    where: { id: measureId },
    select: {
      id: true,
      planId: true,
      number: true,
      sectionNumber: true,
      position: true,
      title: true,
      schedule: true,
      recurrence: true,
      result: true,
      kind: true,
      archivedAt: true,
      plan: { select: { title: true } },
      executors: { orderBy: { position: "asc" }, select: { byAgreement: true, organisation: { select: { name: true } } } },
      dates: { orderBy: { start: "asc" }, select: { start: true, end: true } },
    },
  });
  if (!measure) return null;
  const section = measure.sectionNumber === null
    ? null
    : await db.planSection.findUnique({ where: { planId_number: { planId: measure.planId, number: measure.sectionNumber } }, select: { number: true, title: true } });
  return { ...measure, section };
}

/** How many measures come before this one in the list it was opened from (its section's, or the whole plan's). */
export async function measuresBefore(db: Db, measure: { planId: number; position: number; sectionNumber: string | null }, inSection: boolean): Promise<number> {
  return db.measure.count({
    where: {
      planId: measure.planId,
      archivedAt: null,
      position: { lt: measure.position },
      ...(inSection && measure.sectionNumber !== null ? { sectionNumber: measure.sectionNumber } : {}),
    },
  });
}
