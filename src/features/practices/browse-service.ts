// Approved practices as everyone finds them: by subject, by competency area, by words, and for
// the deficits of a person's route. The newest approved first throughout.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { matches } from "./search.ts";

export const PER_PAGE = 7;
/** Practices a search reads to match in JS (search.ts): the newest approved, far more than a region's bank holds. */
const SEARCH_CANDIDATES = 5000;
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

/** The page'th of the approved practices whose title or description holds every word of the query. */
export async function searchPage(db: Db, query: string, page: number): Promise<PracticePage> {
  const candidates = await db.practice.findMany({ where: APPROVED, orderBy: NEWEST, take: SEARCH_CANDIDATES, select: { id: true, title: true, description: true } });
  const found = candidates.filter((row) => matches(query, `${row.title}\n${row.description}`)).map((row) => row.id);
  const current = clampPage(page, found.length);
  const ids = found.slice(current * PER_PAGE, (current + 1) * PER_PAGE);
  const rows = await db.practice.findMany({ where: { id: { in: ids } }, select: LINE });
  const items = ids.flatMap((id) => rows.filter((row) => row.id === id).map(lineOf));
  return { items, page: current, pages: pages(found.length), total: found.length };
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
