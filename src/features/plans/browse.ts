import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { periodSpan } from "./parser/dates.ts";
import { planPeriod } from "./parser/period.ts";
import type { DateSpan } from "./parser/types.ts";

/** How long an answer about the plans stored is trusted: another instance may import, archive or delete one meanwhile. */
const RECHECK_MS = 30_000;
const plansSeen = new WeakMap<Db, { exists: boolean; checkedAt: number }>();

/**
 * Whether the main menu offers "Plans" (archived ones count: they stay readable). Asked again at
 * most every 30 s, so drawing menus does not count plans each time; at once after a change
 * through this client.
 */
export async function plansExist(db: Db, now: Date): Promise<boolean> {
  const seen = plansSeen.get(db);
  if (seen && now.getTime() - seen.checkedAt < RECHECK_MS) return seen.exists;
  const exists = (await db.plan.count({ take: 1 })) > 0;
  plansSeen.set(db, { exists, checkedAt: now.getTime() });
  return exists;
}

const lastDates = new WeakMap<Db, { end: Date | null; checkedAt: number }>();

/**
 * Whether any current plan measure's date reaches `from` or later, so "Upcoming" may skip the
 * measures query: most of the time the plans loaded lie in the past. Asked again every 30 s,
 * at once after a change through this client.
 */
export async function planDatesReach(db: Db, from: Date, now: Date): Promise<boolean> {
  let seen = lastDates.get(db);
  if (!seen || now.getTime() - seen.checkedAt >= RECHECK_MS) {
    const last = await db.measureDate.findFirst({ where: { measure: { archivedAt: null, plan: { archivedAt: null } } }, orderBy: { end: "desc" }, select: { end: true } });
    seen = { end: last?.end ?? null, checkedAt: now.getTime() };
    lastDates.set(db, seen);
  }
  return seen.end !== null && seen.end >= from;
}

/** A plan was saved, archived, restored or deleted through this client: the answers above are asked again. */
export function notePlansChanged(db: Db): void {
  plansSeen.delete(db);
  lastDates.delete(db);
}

/** Current plans, or the archived ones: two lists. */
export type Shelf = "current" | "archive";

export const onShelf = (where: Prisma.PlanWhereInput, shelf: Shelf): Prisma.PlanWhereInput => ({
  AND: [where, { archivedAt: shelf === "archive" ? { not: null } : null }],
});

/**
 * A plan's header as its screens show it: `period` the days it covers, in words on screen;
 * `span` that period stretched to its last dated measure, after which the plan is over.
 */
export type PlanHeader = {
  id: number;
  title: string;
  issuer: string | null;
  number: string | null;
  date: string | null;
  archivedAt: Date | null;
  period: DateSpan | null;
  span: DateSpan | null;
};

const headerFields = { id: true, title: true, issuer: true, number: true, date: true, archivedAt: true, periodStart: true, periodEnd: true } as const;
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The days a plan covers, as saved from its document; for a plan saved before periods were kept,
 * from its title ("на 2020–2024 годы", else the year of its date); null when nothing says.
 */
export function planPeriodOf(plan: { title: string; date: string | null; periodStart: string | null; periodEnd: string | null }): DateSpan | null {
  if (plan.periodStart && plan.periodEnd) return { start: plan.periodStart, end: plan.periodEnd };
  const period = planPeriod([plan.title], plan.date ? Number(plan.date.slice(0, 4)) : null);
  return period ? periodSpan(period) : null;
}

/** The period stretched to the last dated measure when that lies later. */
export function planSpan(period: DateSpan | null, lastMeasureDay: Date | null): DateSpan | null {
  const last = lastMeasureDay ? isoOf(lastMeasureDay) : null;
  if (!period) return last ? { start: last, end: last } : null;
  return last && last > period.end ? { start: period.start, end: last } : period;
}

/** Whether a plan is over on `today` (YYYY-MM-DD in the reader's zone). */
export const planExpired = (span: DateSpan | null, today: string): boolean => span !== null && span.end < today;

async function lastMeasureDays(db: Db, planIds: readonly number[]): Promise<Map<number, Date>> {
  const last = await db.$transaction(
    planIds.map((planId) =>
      db.measureDate.findFirst({ where: { measure: { planId, archivedAt: null } }, orderBy: { end: "desc" }, select: { end: true } }),
    ),
  );
  return new Map(planIds.flatMap((planId, index) => (last[index] ? [[planId, last[index].end] as const] : [])));
}

type HeaderRow = Omit<PlanHeader, "period" | "span"> & { periodStart: string | null; periodEnd: string | null };

function headerOf({ periodStart, periodEnd, ...plan }: HeaderRow, lastMeasureDay: Date | null): PlanHeader {
  const period = planPeriodOf({ ...plan, periodStart, periodEnd });
  return { ...plan, period, span: planSpan(period, lastMeasureDay) };
}

/** One shelf's plans as people browse them, newest import first, and how many the other shelf holds. */
export async function listPlans(db: Db, opts: { shelf: Shelf; skip: number; take: number; where: Prisma.PlanWhereInput }) {
  const where = onShelf(opts.where, opts.shelf);
  const [plans, total, otherShelf] = await db.$transaction([
    db.plan.findMany({ where, orderBy: { id: "desc" }, skip: opts.skip, take: opts.take, select: headerFields }),
    db.plan.count({ where }),
    db.plan.count({ where: onShelf(opts.where, opts.shelf === "archive" ? "current" : "archive") }),
  ]);
  const last = await lastMeasureDays(db, plans.map((plan) => plan.id));
  return { rows: plans.map((plan) => headerOf(plan, last.get(plan.id) ?? null)), total, otherShelf };
}

/** How many plans come before this one on its shelf's list (newest first). */
export async function planListPosition(db: Db, plan: { id: number; archivedAt: Date | null }, where: Prisma.PlanWhereInput): Promise<number> {
  return db.plan.count({ where: { AND: [onShelf(where, plan.archivedAt ? "archive" : "current"), { id: { gt: plan.id } }] } });
}

/**
 * A plan for its card, in one read of its row: `record` (its file, its saves, who imported and who
 * archived it) is shown only to those who manage plans (manage-screens.ts), and costs no statement more.
 */
export async function getPlanOverview(db: Db, planId: number) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      ...headerFields,
      sourceName: true,
      createdAt: true,
      updatedAt: true,
      importedById: true,
      archivedById: true,
      region: { select: { name: true } },
      municipality: { select: { name: true } },
      sections: { select: { number: true, title: true }, orderBy: { id: "asc" } },
      _count: { select: { measures: { where: { archivedAt: null } } } },
    },
  });
  if (!plan) return null;
  const { _count, sections, region, municipality, sourceName, createdAt, updatedAt, importedById, archivedById, ...header } = plan;
  const last = await lastMeasureDays(db, [plan.id]);
  const record = { sourceName, createdAt, updatedAt, importedById, archivedById };
  return { ...headerOf(header, last.get(plan.id) ?? null), region, municipality, sections, measureCount: _count.measures, record };
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
      form: true,
      audience: true,
      documentKind: true,
      kind: true,
      archivedAt: true,
      plan: { select: { title: true, archivedAt: true } },
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
