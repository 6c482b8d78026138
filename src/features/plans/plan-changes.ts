/**
 * What saving a parsed plan would change in the stored one: the same comparison drives the
 * preview ("this plan exists: +1 new, 1 changed, 1 to archive") and the save itself.
 */
import { createHash } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { ParsedMeasure, ParsedPlan } from "./parser/types.ts";

export type SaveReport = { created: number; updated: number; unchanged: number; removed: number };

/** A stored measure as the comparison needs it. */
export type StoredMeasure = { id: number; number: string; contentHash: string; archivedAt: Date | null; position: number };

/** Where a stored measure comes from: the plan's table, or a deadline the order's text sets. */
export type MeasureSource = "table" | "order";

export type MeasureWrite =
  | { kind: "create"; number: string; position: number; measure: ParsedMeasure; source: MeasureSource; contentHash: string }
  | { kind: "update"; id: number; number: string; position: number; measure: ParsedMeasure; source: MeasureSource; contentHash: string }
  /** Unchanged, but a row added or removed above it moved it: an edit of order, not of content. */
  | { kind: "move"; id: number; position: number };

export type PlanChanges = { writes: MeasureWrite[]; report: SaveReport; vanished: StoredMeasure[] };

/**
 * The same plan across imports: issuer, number and date when the document has them, else its
 * title (with the issuer, so two bodies' plans of one name stay apart).
 */
export function planIdentity(plan: Pick<ParsedPlan["plan"], "title" | "issuer" | "number" | "date">): string {
  const clean = (text: string | null) => (text ?? "").toLocaleLowerCase("ru").replace(/\s+/g, " ").trim();
  return plan.number && plan.date ? `doc:${clean(plan.issuer)}|${clean(plan.number)}|${plan.date}` : `title:${clean(plan.issuer)}|${clean(plan.title)}`;
}

/** A document may repeat a number (a warning says so); the repeats get "#2", "#3" to stay apart. */
export function uniqueNumbers(measures: readonly ParsedMeasure[]): string[] {
  const seen = new Map<string, number>();
  return measures.map((measure) => {
    const count = (seen.get(measure.number) ?? 0) + 1;
    seen.set(measure.number, count);
    return count === 1 ? measure.number : `${measure.number}#${count}`;
  });
}

/**
 * A digest of what the document says about a measure; its place in the list is not part of it.
 * Columns a plan lacks are left out, so measures saved before those columns were read keep their digest.
 */
export function measureHash(measure: ParsedMeasure): string {
  const { number: _number, form, audience, documentKind, ...content } = measure;
  const extra = Object.fromEntries(Object.entries({ form, audience, documentKind }).filter(([, value]) => value !== null));
  return createHash("sha256").update(JSON.stringify({ ...content, ...extra })).digest("base64url");
}

/** The rows a plan stores: its table's measures, then the order's obligations. */
function measuresToStore(parsed: ParsedPlan): { measure: ParsedMeasure; source: MeasureSource }[] {
  return [...parsed.measures.map((measure) => ({ measure, source: "table" as const })), ...parsed.obligations.map((measure) => ({ measure, source: "order" as const }))];
}

/**
 * Measures are matched by number: an unchanged one is not written (only moved if its place
 * changed), a changed one is rewritten, a new one added, and one the document no longer has is
 * archived (never deleted, so the events made from it keep their link).
 */
export function planChanges(stored: readonly StoredMeasure[], parsed: ParsedPlan): PlanChanges {
  const byNumber = new Map(stored.map((row) => [row.number, row]));
  const rows = measuresToStore(parsed);
  const numbers = uniqueNumbers(rows.map((row) => row.measure));
  const report: SaveReport = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  const writes: MeasureWrite[] = [];
  for (const [position, { measure, source }] of rows.entries()) {
    const number = numbers[position]!;
    const contentHash = measureHash(measure);
    const before = byNumber.get(number);
    byNumber.delete(number);
    if (before && before.contentHash === contentHash && before.archivedAt === null) {
      report.unchanged++;
      if (before.position !== position) writes.push({ kind: "move", id: before.id, position });
    } else if (before) {
      report.updated++;
      writes.push({ kind: "update", id: before.id, number, position, measure, source, contentHash });
    } else {
      report.created++;
      writes.push({ kind: "create", number, position, measure, source, contentHash });
    }
  }
  const vanished = [...byNumber.values()].filter((row) => row.archivedAt === null);
  report.removed = vanished.length;
  return { writes, report, vanished };
}

export const storedMeasureFields = { id: true, number: true, contentHash: true, archivedAt: true, position: true } as const;

/** The stored plan a document would update, and how; null when the document is a new plan. */
export type PlanUpdate = {
  planId: number;
  /** The version the preview was made against; Save refuses if the plan has changed since. */
  updatedAt: Date;
  lastSavedBy: string | null;
  /** The stored plan is archived: saving returns it from the archive. */
  archived: boolean;
  report: SaveReport;
  /** Numbers of the measures to change or archive that events were made from. */
  linkedNumbers: string[];
  /** Numbers of the measures saving would change, and of those it would archive, in the document's order. */
  changedNumbers: string[];
  removedNumbers: string[];
};

export async function previewPlanUpdate(db: Db, parsed: ParsedPlan): Promise<PlanUpdate | null> {
  const plan = await db.plan.findUnique({
    where: { identityKey: planIdentity(parsed.plan) },
    select: { id: true, updatedAt: true, archivedAt: true, importedBy: { select: { fullName: true } }, measures: { select: storedMeasureFields } },
  });
  if (!plan) return null;
  const { writes, report, vanished } = planChanges(plan.measures, parsed);
  const touched = [...writes.flatMap((write) => (write.kind === "update" ? [write.id] : [])), ...vanished.map((row) => row.id)];
  const linked = touched.length
    ? await db.event.findMany({ where: { measureId: { in: touched }, cancelledAt: null }, distinct: ["measureId"], select: { measureId: true } })
    : [];
  const linkedIds = new Set(linked.map((row) => row.measureId));
  const linkedNumbers = plan.measures.filter((row) => linkedIds.has(row.id)).sort((a, b) => a.position - b.position).map((row) => row.number);
  return { planId: plan.id, updatedAt: plan.updatedAt, lastSavedBy: plan.importedBy?.fullName ?? null, archived: plan.archivedAt !== null, report, linkedNumbers,
    changedNumbers: writes.flatMap((write) => (write.kind === "update" ? [write.number] : [])),
    removedNumbers: [...vanished].sort((a, b) => a.position - b.position).map((row) => row.number),
  };
}
