// Approved practices as everyone finds them: by subject, by competency area, by words, and for
// the deficits of a person's route. The newest approved first throughout.
import { providerOf, type Db } from "../../db/client.ts";
import { sqlParams } from "../../db/sql.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { searchCondition } from "./search.ts";

export const PER_PAGE = 7;
/** Practices the route offers per deficit. */
const ROUTE_PER_AREA = 3;

const APPROVED = { status: "approved" } as const;
const NEWEST: Prisma.PracticeOrderByWithRelationInput[] = [{ reviewedAt: "desc" }, { id: "desc" }];

export type PracticeLine = { id: number; title: string; author: string | null; classLevel: string | null };
export type PracticePage = { items: PracticeLine[]; page: number; pages: number; total: number };

const LINE = { id: true, title: true, authorName: true, classLevel: true, author: { select: { fullName: true } } } as const;
type LineRow = { id: number; title: string; authorName: string | null; classLevel: string | null; author: { fullName: string | null } | null };
const lineOf = (row: LineRow): PracticeLine => ({ id: row.id, title: row.title, author: row.author?.fullName ?? row.authorName, classLevel: row.classLevel });

const clampPage = (page: number, total: number) => Math.min(Math.max(0, page), Math.max(0, Math.ceil(total / PER_PAGE) - 1));
const pages = (total: number) => Math.max(1, Math.ceil(total / PER_PAGE));

/** How many approved practices each subject (or area) has, those with none left out. */
export async function approvedCounts(db: Db, by: "subject" | "area"): Promise<Map<string, number>> {
  const groups = await db.practice.groupBy({ by: [by], where: APPROVED, _count: { _all: true } });
  return new Map(groups.flatMap((group) => (group[by] === null ? [] : [[group[by], group._count._all] as const])));
}

export function approvedTotal(db: Db): Promise<number> {
  return db.practice.count({ where: APPROVED });
}

/** The page'th of the approved practices of a subject or an area (the page clamped into range). */
export async function approvedPage(db: Db, filter: { subject: string } | { area: string }, page: number): Promise<PracticePage> {
  const where = { ...APPROVED, ...filter };
  const total = await db.practice.count({ where });
  const current = clampPage(page, total);
  const rows = await db.practice.findMany({ where, orderBy: NEWEST, skip: current * PER_PAGE, take: PER_PAGE, select: LINE });
  return { items: rows.map(lineOf), page: current, pages: pages(total), total };
}

/** One page of the approved practices a search finds, the newest first, and how many it finds in all. */
async function searchRows(db: Db, query: string, page: number): Promise<{ ids: number[]; total: number }> {
  const param = sqlParams(db);
  const condition = searchCondition(providerOf(db), query, param);
  const rows = await db.$queryRawUnsafe<{ id: number | bigint; total: number | bigint }[]>(
    `SELECT "id", COUNT(*) OVER () AS "total" FROM "Practice" WHERE "status" = 'approved' AND ${condition.sql}
     ORDER BY "reviewedAt" DESC, "id" DESC LIMIT ${param()} OFFSET ${param()}`,
    ...condition.params,
    PER_PAGE,
    page * PER_PAGE,
  );
  return { ids: rows.map((row) => Number(row.id)), total: rows.length ? Number(rows[0]!.total) : 0 };
}

/**
 * The page'th of the approved practices whose title or description holds every word of the query
 * (search.ts), the newest approved first as in every list. The database looks at all of them and
 * hands over one page of ids with the count, so a bank of any size is searched whole.
 */
export async function searchPage(db: Db, query: string, page: number): Promise<PracticePage> {
  let current = Math.max(0, page);
  let found = await searchRows(db, query, current);
  // A page past the end (an old button; practices withdrawn since): the last one instead.
  if (!found.ids.length && current > 0) {
    current = clampPage(current, (await searchRows(db, query, 0)).total);
    found = await searchRows(db, query, current);
  }
  const rows = await db.practice.findMany({ where: { id: { in: found.ids } }, select: LINE });
  const items = found.ids.flatMap((id) => rows.filter((row) => row.id === id).map(lineOf));
  return { items, page: current, pages: pages(found.total), total: found.total };
}

export type OfferedPractice = { id: number; title: string };

/**
 * For each area, up to three approved practices of it: of the person's subjects first, then
 * any. The route shows them beside its events (../diagnostics/route-screens.ts).
 */
export async function practicesForAreas(db: Db, opts: { areas: readonly string[]; subjects: readonly string[] }): Promise<Map<string, OfferedPractice[]>> {
  const offered = new Map<string, OfferedPractice[]>();
  for (const area of opts.areas) {
    const select = { id: true, title: true } as const;
    const own = await db.practice.findMany({ where: { ...APPROVED, area, subject: { in: [...opts.subjects] } }, orderBy: NEWEST, take: ROUTE_PER_AREA, select });
    const rest = own.length < ROUTE_PER_AREA
      ? await db.practice.findMany({ where: { ...APPROVED, area, id: { notIn: own.map((row) => row.id) } }, orderBy: NEWEST, take: ROUTE_PER_AREA - own.length, select })
      : [];
    offered.set(area, [...own, ...rest]);
  }
  return offered;
}
