import type { Db } from "../../db/client.ts";

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
