import { notePlansChanged } from "./browse.ts";
import type { Db, Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { AppError } from "../../errors.ts";
import type { Translate } from "../../i18n/dates.ts";
import type { ParsedMeasure, ParsedPlan } from "./parser/types.ts";
import { resolveTerritory, territoryColumns } from "./territory.ts";
import { linkPlanExecutors } from "./executor-links.ts";
import { planChanges, planIdentity, storedMeasureFields, type MeasureWrite, type SaveReport } from "./plan-changes.ts";

export { measureHash, planIdentity, uniqueNumbers, type SaveReport } from "./plan-changes.ts";
export type SaveResult = { planId: number; report: SaveReport; removedNumbers: string[] };

/**
 * Measures written per transaction. A region's plan saves in a few of them; a 2,000-measure one
 * in forty short ones, between which everyone else's queries run (SQLite has one writer, and the
 * bot one connection to it, taken in turn).
 */
export const SAVE_CHUNK = 50;

/** "(по согласованию)" marks a body that takes part by agreement; the body itself is the rest. */
export function splitExecutor(executor: string): { name: string; byAgreement: boolean } {
  const byAgreement = /\(\s*по согласованию\s*\)/i.test(executor);
  const name = executor.replace(/\(\s*по согласованию\s*\)/gi, "").replace(/\s+/g, " ").trim();
  return { name: name || executor.trim(), byAgreement };
}

/**
 * The order's own deadlines are browsed as a section of the plan, after the table's. Its stored
 * title is for the database's reader; screens show it in the person's language (sectionTitle).
 */
const ORDER_SECTION = { number: "П", title: "Сроки из текста приказа" };

/** A section's title as a person reads it: the order's own section in their language, others as the plan writes them. */
export function sectionTitle(t: Translate, section: { number: string; title: string }): string {
  return section.number === ORDER_SECTION.number ? t("plans-order-section") : section.title;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type SaveOptions = {
  sourceName: string;
  importedById: number | null;
  at: Date;
  /** The preview being saved: used up by the save, so a second tap saves nothing. */
  preview?: { id: number; userId: number };
  /**
   * The plan's updatedAt when the preview was made (null: it did not exist). If the plan has
   * changed since, nothing is saved and AppError "plan-changed" says so: two methodologists do
   * not silently undo each other's edits. Left out (the CLI), the document simply wins.
   */
  basedOn?: Date | null;
};

/**
 * Saves a parsed plan: a plan seen before is updated in place (see planChanges). The header, the
 * sections and the check against the preview go in one transaction; the measures follow in
 * transactions of SAVE_CHUNK, so a large plan never holds the database for long. A failure
 * between them leaves the plan partly updated; saving the document again completes it, since
 * unchanged measures are recognised and skipped.
 */
export async function savePlan(db: Db, parsed: ParsedPlan, opts: SaveOptions): Promise<SaveResult> {
  const { planId, stored, organisationIds } = await db.$transaction((tx) => saveHeader(tx, parsed, opts), { timeout: 30_000, maxWait: 30_000 });
  const { writes, report, vanished } = planChanges(stored, parsed);
  for (let from = 0; from < writes.length; from += SAVE_CHUNK) {
    const chunk = writes.slice(from, from + SAVE_CHUNK);
    await db.$transaction((tx) => writeMeasures(tx, planId, chunk, organisationIds), { timeout: 30_000, maxWait: 30_000 });
    // A turn of the event loop: a request answered between chunks can ask its next query before the next chunk.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (vanished.length) await db.measure.updateMany({ where: { id: { in: vanished.map((row) => row.id) } }, data: { archivedAt: opts.at } });
  // Its executors' coordinators get its deadlines: each new executor linked to its school or municipality.
  await linkPlanExecutors(db, planId);
  notePlansChanged(db);
  return { planId, report, removedNumbers: vanished.map((row) => row.number) };
}

async function saveHeader(tx: Tx, parsed: ParsedPlan, opts: SaveOptions) {
  // The preview is used up by the save that succeeds, and only by it: a refused save keeps it.
  if (opts.preview) {
    const { count } = await tx.pendingImport.deleteMany({ where: opts.preview });
    if (count === 0) throw new AppError("not-found");
  }
  const identityKey = planIdentity(parsed.plan);
  const header = {
    title: parsed.plan.title,
    issuer: parsed.plan.issuer,
    number: parsed.plan.number,
    date: parsed.plan.date,
    periodStart: parsed.plan.period?.start ?? null,
    periodEnd: parsed.plan.period?.end ?? null,
    sourceName: opts.sourceName,
    importedById: opts.importedById,
    // Who the plan concerns, from its issuer (see territory.ts).
    ...territoryColumns(await resolveTerritory(tx, parsed.plan.issuer)),
  };
  const current = await tx.plan.findUnique({ where: { identityKey }, select: { id: true, updatedAt: true } });
  if (opts.basedOn !== undefined && (current?.updatedAt.getTime() ?? null) !== (opts.basedOn?.getTime() ?? null)) throw new AppError("plan-changed");
  let planId: number;
  if (current) {
    // Conditional, so a save that committed after our read (another instance) is not overwritten.
    // Sent again, an archived plan is current again.
    const { count } = await tx.plan.updateMany({ where: { id: current.id, updatedAt: current.updatedAt }, data: { ...header, archivedAt: null, archivedById: null } });
    if (count === 0) throw new AppError("plan-changed");
    planId = current.id;
  } else {
    try {
      planId = (await tx.plan.create({ data: { identityKey, ...header }, select: { id: true } })).id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("plan-changed");
      throw error;
    }
  }
  await tx.planSection.deleteMany({ where: { planId } });
  const sections = parsed.sections.filter((section, index) => parsed.sections.findIndex((other) => other.number === section.number) === index);
  if (parsed.obligations.length) sections.push(ORDER_SECTION);
  await tx.planSection.createMany({ data: sections.map((section) => ({ planId, ...section })) });
  const organisationIds = await ensureOrganisations(tx, [...parsed.measures, ...parsed.obligations]);
  const stored = await tx.measure.findMany({ where: { planId }, select: storedMeasureFields });
  return { planId, stored, organisationIds };
}

/** One chunk: new measures in one statement, changed ones one each, and the children of both in three. */
async function writeMeasures(tx: Tx, planId: number, writes: readonly MeasureWrite[], organisationIds: Map<string, number>): Promise<void> {
  const fields = (write: Extract<MeasureWrite, { measure: ParsedMeasure }>) => ({
    sectionNumber: write.source === "order" ? ORDER_SECTION.number : write.measure.section,
    position: write.position,
    title: write.measure.title,
    schedule: write.measure.schedule,
    recurrence: write.measure.recurrence,
    result: write.measure.result,
    kind: write.measure.kind,
    form: write.measure.form,
    audience: write.measure.audience,
    documentKind: write.measure.documentKind,
    source: write.source,
    contentHash: write.contentHash,
    archivedAt: null,
  });
  const creates = writes.filter((write) => write.kind === "create");
  const updates = writes.filter((write) => write.kind === "update");
  for (const write of writes) if (write.kind === "move") await tx.measure.update({ where: { id: write.id }, data: { position: write.position } });

  const updatedIds = updates.map((write) => write.id);
  if (updatedIds.length) {
    await tx.measureExecutor.deleteMany({ where: { measureId: { in: updatedIds } } });
    await tx.measureDate.deleteMany({ where: { measureId: { in: updatedIds } } });
    await tx.measureArea.deleteMany({ where: { measureId: { in: updatedIds } } });
    for (const write of updates) await tx.measure.update({ where: { id: write.id }, data: fields(write) });
  }
  const created = creates.length
    ? await tx.measure.createManyAndReturn({ data: creates.map((write) => ({ planId, number: write.number, ...fields(write) })), select: { id: true, number: true } })
    : [];
  const createdIds = new Map(created.map((row) => [row.number, row.id]));
  const written = [...updates.map((write) => ({ id: write.id, measure: write.measure })), ...creates.map((write) => ({ id: createdIds.get(write.number)!, measure: write.measure }))];

  const executors = written.flatMap(({ id, measure }) => {
    const seen = new Set<number>();
    return measure.executors.flatMap((executor, position) => {
      const { name, byAgreement } = splitExecutor(executor);
      const organisationId = organisationIds.get(name)!;
      if (seen.has(organisationId)) return [];
      seen.add(organisationId);
      return [{ measureId: id, organisationId, position, byAgreement }];
    });
  });
  const dates = written.flatMap(({ id, measure }) => measure.dates.map((span) => ({ measureId: id, start: day(span.start), end: day(span.end) })));
  const areas = written.flatMap(({ id, measure }) => [...new Set(measure.areas)].map((area) => ({ measureId: id, area })));
  if (executors.length) await tx.measureExecutor.createMany({ data: executors });
  if (dates.length) await tx.measureDate.createMany({ data: dates });
  if (areas.length) await tx.measureArea.createMany({ data: areas });
}

/** Ids of every executor body the plan names, creating the ones the database does not know yet. */
async function ensureOrganisations(tx: Tx, measures: readonly ParsedMeasure[]): Promise<Map<string, number>> {
  const names = [...new Set(measures.flatMap((measure) => measure.executors.map((executor) => splitExecutor(executor).name)))];
  const known = await tx.organisation.findMany({ where: { name: { in: names } } });
  const missing = names.filter((name) => !known.some((row) => row.name === name));
  if (missing.length) await tx.organisation.createMany({ data: missing.map((name) => ({ name })) });
  const all = missing.length ? await tx.organisation.findMany({ where: { name: { in: names } } }) : known;
  return new Map(all.map((row) => [row.name, row.id]));
}
