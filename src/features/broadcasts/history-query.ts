// What the history of announcements reads: which ones a member may see (methodologists and
// admins all, a coordinator their own), a page of them with their delivered counts, one of them
// with what its audience names.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { copySchema, type MessageCopy } from "../../messaging/copy.ts";
import { broadcastAudienceSchema, type BroadcastAudience, type Scope } from "./audience.ts";

/** Who looks at the history: their scope as an author, and who they are. */
export type Viewer = { scope: Scope; userId: number };

/** A coordinator sees the announcements they wrote; the region's authors see every one. */
export function visibleWhere(viewer: Viewer): Prisma.BroadcastWhereInput {
  return viewer.scope.kind === "regional" ? {} : { authorId: viewer.userId };
}

const NEWEST_FIRST: Prisma.BroadcastOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export type HistoryRow = {
  id: number;
  status: string;
  copy: MessageCopy | null;
  createdAt: Date;
  scheduledAt: Date | null;
  startedAt: Date | null;
  recipients: number;
  sent: number;
};

/** One page of the announcements `where` allows, newest first, each with how many got it so far. */
export async function listBroadcasts(db: Db, where: Prisma.BroadcastWhereInput, page: { skip: number; take: number }): Promise<{ rows: HistoryRow[]; total: number }> {
  const [found, total] = await Promise.all([
    db.broadcast.findMany({
      where,
      orderBy: NEWEST_FIRST,
      ...page,
      select: { id: true, status: true, content: true, createdAt: true, scheduledAt: true, startedAt: true, recipients: true },
    }),
    db.broadcast.count({ where }),
  ]);
  // One grouped count for the page rather than one per announcement.
  const delivered = found.length
    ? await db.outboxMessage.groupBy({ by: ["broadcastId"], where: { broadcastId: { in: found.map((row) => row.id) }, status: "sent" }, _count: { _all: true } })
    : [];
  const sentOf = new Map(delivered.map((group) => [group.broadcastId, group._count._all]));
  const rows = found.map(({ content, ...row }) => ({ ...row, copy: readCopy(content), sent: sentOf.get(row.id) ?? 0 }));
  return { rows, total };
}

export type HistoryEntry = {
  id: number;
  status: string;
  urgent: boolean;
  copy: MessageCopy | null;
  audience: BroadcastAudience | null;
  authorName: string | null;
  createdAt: Date;
  scheduledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
};

/** One announcement, if `where` lets the member see it (a forged or someone else's id is null). */
export async function findBroadcast(db: Db, id: number, where: Prisma.BroadcastWhereInput): Promise<HistoryEntry | null> {
  const found = await db.broadcast.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      id: true,
      status: true,
      urgent: true,
      content: true,
      audience: true,
      createdAt: true,
      scheduledAt: true,
      startedAt: true,
      finishedAt: true,
      author: { select: { fullName: true } },
    },
  });
  if (!found) return null;
  const { content, audience, author, ...rest } = found;
  const parsed = broadcastAudienceSchema.safeParse(safeJson(audience));
  return { ...rest, copy: readCopy(content), audience: parsed.success ? parsed.data : null, authorName: author?.fullName ?? null };
}

/** The names an audience points at by id: places and the event, in the order it names them. */
export async function audienceNames(db: Db, audience: BroadcastAudience): Promise<{ places: string[]; event: string | null }> {
  const [municipalities, schools, event] = await Promise.all([
    audience.municipalityIds.length ? db.municipality.findMany({ where: { id: { in: audience.municipalityIds } }, select: { id: true, name: true } }) : [],
    audience.schoolIds.length ? db.school.findMany({ where: { id: { in: audience.schoolIds } }, select: { id: true, name: true } }) : [],
    audience.event ? db.event.findUnique({ where: { id: audience.event.id }, select: { title: true } }) : null,
  ]);
  const byId = (rows: { id: number; name: string }[], ids: number[]) => ids.flatMap((id) => rows.filter((row) => row.id === id).map((row) => row.name));
  return { places: [...byId(municipalities, audience.municipalityIds), ...byId(schools, audience.schoolIds)], event: event?.title ?? null };
}

/** Content saved by an older or broken version reads as nothing rather than failing the whole list. */
function readCopy(content: string): MessageCopy | null {
  const parsed = copySchema.safeParse(safeJson(content));
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
