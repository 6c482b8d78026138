import { createHash } from "node:crypto";
import { notePlanSaved } from "./browse.ts";
import type { Db, Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { ParsedMeasure, ParsedPlan } from "./parser/types.ts";

export type SaveReport = { created: number; updated: number; unchanged: number; removed: number };
export type SaveResult = { planId: number; report: SaveReport; removedNumbers: string[] };

/**
 * The same plan across imports: issuer, number and date when the document has them, else its
 * title (with the issuer, so two bodies' plans of one name stay apart).
 */
export function planIdentity(plan: ParsedPlan["plan"]): string {
  const clean = (text: string | null) => (text ?? "").toLocaleLowerCase("ru").replace(/\s+/g, " ").trim();
  return plan.number && plan.date ? `doc:${clean(plan.issuer)}|${clean(plan.number)}|${plan.date}` : `title:${clean(plan.issuer)}|${clean(plan.title)}`;
}

/** "(по согласованию)" marks a body that takes part by agreement; the body itself is the rest. */
export function splitExecutor(executor: string): { name: string; byAgreement: boolean } {
  const byAgreement = /\(\s*по согласованию\s*\)/i.test(executor);
  const name = executor.replace(/\(\s*по согласованию\s*\)/gi, "").replace(/\s+/g, " ").trim();
  return { name: name || executor.trim(), byAgreement };
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

/** A digest of what the document says about a measure; its place in the list is not part of it. */
export function measureHash(measure: ParsedMeasure): string {
  const { number: _number, ...content } = measure;
  return createHash("sha256").update(JSON.stringify(content)).digest("base64url");
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Saves a parsed plan in one transaction. A plan seen before is updated in place: measures are
 * matched by number; unchanged ones are not written at all, changed ones are rewritten, new ones
 * added, and vanished ones archived (never deleted, so nothing that refers to them breaks).
 */
export async function savePlan(
  db: Db,
  parsed: ParsedPlan,
  opts: { sourceName: string; importedById: number | null; at: Date; preview?: { id: number; userId: number } },
): Promise<SaveResult> {
  const result = await db.$transaction(
    async (tx) => {
      // The preview is used up by the save that succeeds, and only by it: a failed save keeps it.
      if (opts.preview) {
        const { count } = await tx.pendingImport.deleteMany({ where: opts.preview });
        if (count === 0) throw new AppError("not-found");
      }
      const header = {
        title: parsed.plan.title,
        issuer: parsed.plan.issuer,
        number: parsed.plan.number,
        date: parsed.plan.date,
        sourceName: opts.sourceName,
        importedById: opts.importedById,
      };
      const plan = await tx.plan.upsert({
        where: { identityKey: planIdentity(parsed.plan) },
        create: { identityKey: planIdentity(parsed.plan), ...header },
        update: header,
        select: { id: true },
      });
      await tx.planSection.deleteMany({ where: { planId: plan.id } });
      const sections = parsed.sections.filter((section, index) => parsed.sections.findIndex((other) => other.number === section.number) === index);
      await tx.planSection.createMany({ data: sections.map((section) => ({ planId: plan.id, ...section })) });

      const organisationIds = await ensureOrganisations(tx, parsed.measures);
      const existing = new Map(
        (await tx.measure.findMany({ where: { planId: plan.id }, select: { id: true, number: true, contentHash: true, archivedAt: true, position: true } })).map(
          (row) => [row.number, row],
        ),
      );
      const report: SaveReport = { created: 0, updated: 0, unchanged: 0, removed: 0 };
      const numbers = uniqueNumbers(parsed.measures);

      for (const [position, measure] of parsed.measures.entries()) {
        const number = numbers[position]!;
        const contentHash = measureHash(measure);
        const before = existing.get(number);
        existing.delete(number);
        if (before && before.contentHash === contentHash && before.archivedAt === null) {
          // A row added or removed above it moves it down or up the list: an edit of order, not of content.
          if (before.position !== position) await tx.measure.update({ where: { id: before.id }, data: { position } });
          report.unchanged++;
          continue;
        }
        const fields = {
          sectionNumber: measure.section,
          position,
          title: measure.title,
          schedule: measure.schedule,
          recurrence: measure.recurrence,
          result: measure.result,
          kind: measure.kind,
          contentHash,
          archivedAt: null,
        };
        const children = {
          executors: {
            create: measure.executors.map((executor, index) => {
              const { name, byAgreement } = splitExecutor(executor);
              return { organisationId: organisationIds.get(name)!, position: index, byAgreement };
            }).filter((row, index, rows) => rows.findIndex((other) => other.organisationId === row.organisationId) === index),
          },
          dates: { create: measure.dates.map((span) => ({ start: day(span.start), end: day(span.end) })) },
          areas: { create: [...new Set(measure.areas)].map((area) => ({ area })) },
        };
        if (before) {
          await tx.measureExecutor.deleteMany({ where: { measureId: before.id } });
          await tx.measureDate.deleteMany({ where: { measureId: before.id } });
          await tx.measureArea.deleteMany({ where: { measureId: before.id } });
          await tx.measure.update({ where: { id: before.id }, data: { ...fields, ...children } });
          report.updated++;
        } else {
          await tx.measure.create({ data: { planId: plan.id, number, ...fields, ...children } });
          report.created++;
        }
      }

      const vanished = [...existing.values()].filter((row) => row.archivedAt === null);
      if (vanished.length) {
        await tx.measure.updateMany({ where: { id: { in: vanished.map((row) => row.id) } }, data: { archivedAt: opts.at } });
      }
      report.removed = vanished.length;
      return { planId: plan.id, report, removedNumbers: vanished.map((row) => row.number) };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  notePlanSaved(db);
  return result;
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
