// What counts as training: a course-kind event the person attended (with the event's hours), or
// a course they entered themselves once a coordinator confirmed it. "Trained in the last 3 years"
// is computed from these, never asked.
import { DateTime } from "luxon";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";

export const TRAINING_KIND = "course";

/** How far back training still counts for the indicator. */
export const TRAINED_WITHIN_YEARS = 3;

export const TRAINING_STATUSES = ["pending", "confirmed", "declined"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** The first moment that still counts for "trained within 3 years" as of `at`. */
export function trainedSince(at: Date): Date {
  return DateTime.fromJSDate(at, { zone: "utc" }).minus({ years: TRAINED_WITHIN_YEARS }).toJSDate();
}

/** Sign-ups that are training: attended course-kind events not cancelled, ending as `endsAt` filters. */
export const attendedCourses = (endsAt?: Prisma.DateTimeFilter): Prisma.RegistrationWhereInput => ({ attended: true, event: { kind: TRAINING_KIND, cancelledAt: null, endsAt } });

/** Distinct people of a group's rows, by a query grouped on userId. */
const userIds = (rows: readonly { userId: number | null }[]) => rows.flatMap((row) => (row.userId === null ? [] : [row.userId]));

/**
 * The people (of those `people` selects) with training that ended in [since, until): an attended
 * course or a confirmed record. Read from the training side, grouped by person: a probe per person
 * from the region's 20,000 would take seconds on SQLite.
 */
export async function trainedPeople(db: Db, opts: { people: Prisma.UserWhereInput; since: Date; until: Date }): Promise<Set<number>> {
  const [attended, entered] = await Promise.all([
    db.registration.groupBy({
      by: ["userId"],
      where: { ...attendedCourses({ gte: opts.since, lt: opts.until }), user: opts.people },
    }),
    db.trainingRecord.groupBy({ by: ["userId"], where: { status: "confirmed", endsOn: { gte: opts.since, lt: opts.until }, user: opts.people } }),
  ]);
  return new Set([...userIds(attended), ...userIds(entered)]);
}
