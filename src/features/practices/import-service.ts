// Practices imported from a spreadsheet go in approved: a methodologist vouches for the file. One
// with the title and author of a practice imported before updates it instead of doubling it;
// practices teachers submitted themselves are theirs, and an import never touches them.
import type { Db } from "../../db/client.ts";
import { fold, type ImportedPractice } from "./import-rows.ts";

const keyOf = (practice: { title: string; authorName: string | null }) => `${fold(practice.title)}\n${fold(practice.authorName ?? "")}`;

/** Imported practices already there, by title and author. */
async function importedIds(db: Pick<Db, "practice">): Promise<Map<string, number>> {
  const rows = await db.practice.findMany({ where: { authorId: null }, select: { id: true, title: true, authorName: true }, orderBy: { id: "asc" } });
  return new Map(rows.map((row) => [keyOf(row), row.id]));
}

export type ImportCounts = { added: number; updated: number };

/** What importing would do now: how many practices are new and how many update one (a row repeated in the file counts once). */
export async function previewImport(db: Db, practices: readonly ImportedPractice[]): Promise<ImportCounts> {
  const known = await importedIds(db);
  const keys = new Set(practices.map(keyOf));
  const updated = [...keys].filter((key) => known.has(key)).length;
  return { added: keys.size - updated, updated };
}

/** Adds and updates, in one transaction; the importer stands as their reviewer. A row repeated in the file: the last copy wins. */
export async function importPractices(db: Db, opts: { practices: readonly ImportedPractice[]; importerId: number; now: Date }): Promise<ImportCounts> {
  const latest = new Map(opts.practices.map((practice) => [keyOf(practice), practice]));
  const reviewed = { status: "approved", reviewComment: null, reviewedById: opts.importerId, reviewedAt: opts.now, updatedAt: opts.now };
  return db.$transaction(
    async (tx) => {
      const known = await importedIds(tx);
      const added = [...latest].filter(([key]) => !known.has(key)).map(([, practice]) => ({ ...practice, ...reviewed, createdAt: opts.now }));
      await tx.practice.createMany({ data: added });
      const updates = [...latest].flatMap(([key, practice]) => {
        const id = known.get(key);
        return id === undefined ? [] : [{ id, practice }];
      });
      for (const { id, practice } of updates) await tx.practice.update({ where: { id }, data: { ...practice, ...reviewed } });
      return { added: added.length, updated: updates.length };
    },
    // A file of a region's bank, updated row by row, can outlast Prisma's 5-second default.
    { timeout: 60_000, maxWait: 60_000 },
  );
}
