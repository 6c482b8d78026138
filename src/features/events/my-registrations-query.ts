// "My registrations" in one statement: a tap there read the counts, the two halves and their
// events separately (eight statements); the place in the queue and the total come along here.
import type { Db } from "../../db/client.ts";
import { sqlParams } from "../../db/sql.ts";

export const MY_REGISTRATIONS_PER_PAGE = 8;

export type MyRegistration = {
  status: "registered" | "waitlisted";
  attended: boolean;
  /** A contest's result the organiser entered: "prize-winner" or "winner" (null: took part). */
  result: string | null;
  past: boolean;
  /** The real place in the waiting list (people still waiting ahead + 1), when waiting. */
  place: number | null;
  event: { id: number; title: string; startsAt: Date; cancelledAt: Date | null };
};

type Row = {
  status: string;
  attended: unknown;
  result: string | null;
  eventId: number | bigint;
  title: string;
  startsAt: unknown;
  cancelledAt: unknown;
  past: number | bigint;
  place: number | bigint | null;
  total: number | bigint;
};

/** Raw statements return dates as the driver holds them: a Date, an ISO text or milliseconds. */
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(value as string | number));

async function readPage(db: Db, opts: { userId: number; now: Date; page: number }): Promise<{ rows: Row[] }> {
  const p = sqlParams(db);
  const [ahead1, user, ahead2, over, ahead3, ahead4, limit, offset] = [p(), p(), p(), p(), p(), p(), p(), p()];
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT r."status", r."attended", r."result", e."id" AS "eventId", e."title", e."startsAt", e."cancelledAt",
       CASE WHEN e."endsAt" > ${ahead1} THEN 0 ELSE 1 END AS "past",
       CASE WHEN r."status" = 'waitlisted' THEN
         (SELECT COUNT(*) FROM "Registration" w WHERE w."eventId" = r."eventId" AND w."status" = 'waitlisted' AND w."waitlistPosition" < r."waitlistPosition") + 1
       END AS "place",
       COUNT(*) OVER () AS "total"
     FROM "Registration" r JOIN "Event" e ON e."id" = r."eventId"
     WHERE r."userId" = ${user}
       AND ((e."endsAt" > ${ahead2} AND r."status" IN ('registered', 'waitlisted')) OR (e."endsAt" <= ${over} AND r."status" = 'registered'))
     ORDER BY "past", CASE WHEN e."endsAt" > ${ahead3} THEN e."startsAt" END, CASE WHEN e."endsAt" > ${ahead4} THEN r."id" END,
       e."startsAt" DESC, r."id" DESC
     LIMIT ${limit} OFFSET ${offset}`,
    opts.now, opts.userId, opts.now, opts.now, opts.now, opts.now, MY_REGISTRATIONS_PER_PAGE, opts.page * MY_REGISTRATIONS_PER_PAGE,
  );
  return { rows };
}

/**
 * One page of a person's sign-ups: first what is still ahead (registered or waiting, soonest
 * first), then what is over (with a seat, latest first). One numbering of pages runs through
 * both, so every past sign-up is reachable by paging; a page past the end shows the last one.
 */
export async function listMyRegistrations(db: Db, opts: { userId: number; now: Date; page: number }) {
  let page = Math.max(0, opts.page);
  let { rows } = await readPage(db, { ...opts, page });
  if (rows.length === 0 && page > 0) {
    const total = await db.registration.count({
      where: {
        userId: opts.userId,
        OR: [
          { status: { in: ["registered", "waitlisted"] }, event: { endsAt: { gt: opts.now } } },
          { status: "registered", event: { endsAt: { lte: opts.now } } },
        ],
      },
    });
    page = Math.max(0, Math.ceil(total / MY_REGISTRATIONS_PER_PAGE) - 1);
    ({ rows } = await readPage(db, { ...opts, page }));
  }
  const total = rows.length ? Number(rows[0]!.total) : 0;
  const items: MyRegistration[] = rows.map((row) => ({
    status: row.status as MyRegistration["status"],
    attended: row.attended === true || Number(row.attended) === 1,
    result: row.result,
    past: Number(row.past) === 1,
    place: row.place === null ? null : Number(row.place),
    event: { id: Number(row.eventId), title: row.title, startsAt: asDate(row.startsAt), cancelledAt: row.cancelledAt === null ? null : asDate(row.cancelledAt) },
  }));
  return { items, total, page, pages: Math.max(1, Math.ceil(total / MY_REGISTRATIONS_PER_PAGE)) };
}
