// A plan as methodologists manage it: where it came from and what hangs on it; archived (kept and
// readable, but sending no deadline nudges and offering no events) or brought back; deleted.
import type { Db, Tx } from "../../db/client.ts";
import { notePlansChanged } from "./browse.ts";
import { DEADLINE_SOURCE_PREFIX } from "./deadline-nudges.ts";

/** What deleting the plan would touch, counted over all its measures (those dropped by an update too). */
export type PlanFootprint = {
  /** Current measures, and those of them with dates. */
  measures: number;
  dated: number;
  /** Events made from its measures: they stay, without the link. */
  events: number;
  /** Coordinators' "done" marks on its dates: they go with the dates. */
  doneMarks: number;
  /** Items of teachers' saved routes taken from its measures: they stay, shown as cancelled. */
  routeItems: number;
};

const countDated = (db: Db | Tx, planId: number) => db.measure.count({ where: { planId, archivedAt: null, dates: { some: {} } } });
const countEvents = (db: Db | Tx, planId: number) => db.event.count({ where: { measure: { planId } } });

async function footprintOf(db: Db | Tx, planId: number): Promise<PlanFootprint> {
  const ofPlan = { measure: { planId } };
  const [measures, dated, events, doneMarks, routeItems] = await Promise.all([
    db.measure.count({ where: { planId, archivedAt: null } }),
    countDated(db, planId),
    countEvents(db, planId),
    db.deadlineDone.count({ where: { measureDate: ofPlan } }),
    db.routeItem.count({ where: ofPlan }),
  ]);
  return { measures, dated, events, doneMarks, routeItems };
}

/** The plan's title, archiving and footprint, for "delete?"; null when gone. */
export async function planRecord(db: Db, planId: number) {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, title: true, archivedAt: true } });
  if (!plan) return null;
  return { ...plan, footprint: await footprintOf(db, planId) };
}

export type CardRecord = { importedBy: string | null; archivedBy: string | null; dated: number; events: number };

/**
 * What a plan's card adds for those who manage it to the row the card has read: the names of who
 * imported and who archived it (one statement for both), its dated measures and the events made from it.
 */
export async function cardRecord(db: Db, plan: { id: number; importedById: number | null; archivedById: number | null }): Promise<CardRecord> {
  const ids = [plan.importedById, plan.archivedById].filter((id): id is number => id !== null);
  const [people, dated, events] = await Promise.all([
    ids.length ? db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } }) : [],
    countDated(db, plan.id),
    countEvents(db, plan.id),
  ]);
  const nameOf = (id: number | null) => people.find((person) => person.id === id)?.fullName ?? null;
  return { importedBy: nameOf(plan.importedById), archivedBy: nameOf(plan.archivedById), dated, events };
}

/**
 * Calls off the plan's nudges and reminders already queued (held for the morning, or "remind me
 * tomorrow"). Few are queued at any time, so they are read and matched to the plan's dates here.
 */
async function cancelQueuedDeadlines(tx: Tx, planId: number): Promise<void> {
  const queued = await tx.outboxMessage.findMany({ where: { status: "pending", source: { startsWith: DEADLINE_SOURCE_PREFIX } }, select: { id: true, source: true } });
  const dateIdOf = (source: string) => Number(source.slice(DEADLINE_SOURCE_PREFIX.length).split(":")[0]);
  const dateIds = [...new Set(queued.map((row) => dateIdOf(row.source)))];
  if (!dateIds.length) return;
  const planDates = await tx.measureDate.findMany({ where: { id: { in: dateIds }, measure: { planId } }, select: { id: true } });
  const ofPlan = new Set(planDates.map((row) => row.id));
  const ids = queued.filter((row) => ofPlan.has(dateIdOf(row.source))).map((row) => row.id);
  if (ids.length) await tx.outboxMessage.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { status: "cancelled" } });
}

export type ManageOutcome = "done" | "unchanged" | "not-found";

/**
 * Sets or clears the archive mark, keeping updatedAt: an import preview compares it, and the
 * plan's content has not changed. A save landing between the read and the write makes the write
 * match nothing; it is then made again over the saved plan, whose updatedAt it keeps instead.
 */
async function markArchived(db: Db, planId: number, mark: { at: Date; byId: number } | null): Promise<ManageOutcome> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await db.$transaction(async (tx): Promise<ManageOutcome | "retry"> => {
      const plan = await tx.plan.findUnique({ where: { id: planId }, select: { updatedAt: true, archivedAt: true } });
      if (!plan) return "not-found";
      if ((plan.archivedAt !== null) === (mark !== null)) return "unchanged";
      const { count } = await tx.plan.updateMany({
        where: { id: planId, updatedAt: plan.updatedAt, archivedAt: plan.archivedAt },
        data: { archivedAt: mark?.at ?? null, archivedById: mark?.byId ?? null, updatedAt: plan.updatedAt },
      });
      if (!count) return "retry";
      // Archived: what is queued for its dates is called off with the nudges still to come.
      if (mark) await cancelQueuedDeadlines(tx, planId);
      return "done";
    });
    if (outcome === "retry" && attempt < 5) continue;
    if (outcome === "retry") throw new Error(`Plan ${planId} kept changing while being archived or restored`);
    notePlansChanged(db);
    return outcome;
  }
}

/** Archives a current plan ("unchanged" when it already is). */
export const archivePlan = (db: Db, opts: { planId: number; byId: number; at: Date }): Promise<ManageOutcome> =>
  markArchived(db, opts.planId, { at: opts.at, byId: opts.byId });

/** Brings an archived plan back ("unchanged" when it is not archived): its deadlines are nudged again from now on. */
export const restorePlan = (db: Db, planId: number): Promise<ManageOutcome> => markArchived(db, planId, null);

/**
 * Deletes the plan with its sections, measures, dates and the coordinators' "done" marks on them
 * (all Cascade). Events made from its measures stay, their measureId set to null by the database
 * (Event.measure is SetNull), as are route items'. Null when the plan is already gone.
 */
export async function deletePlan(db: Db, planId: number): Promise<PlanFootprint | null> {
  const footprint = await db.$transaction(async (tx) => {
    if (!(await tx.plan.count({ where: { id: planId } }))) return null;
    const footprint = await footprintOf(tx, planId);
    await cancelQueuedDeadlines(tx, planId);
    const { count } = await tx.plan.deleteMany({ where: { id: planId } });
    return count ? footprint : null;
  });
  notePlansChanged(db);
  return footprint;
}
