// A teacher's own training: courses attended through the bot and courses they entered, and what of
// them counts. No grammY here; the screens, the conversation and the reports' training export call
// these with the database and the clock, so a teacher and a report never count differently.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { attendedCourses, trainedSince, type TrainingStatus } from "./rules.ts";
import { checkInput, todayIn, type Check, type TrainingInput } from "./validation.ts";

/** One line of the list. Events count once attended; records once a coordinator confirmed them; either once ended. */
export type TrainingItem =
  | { source: "event"; id: number; title: string; provider: string; hours: number | null; startsAt: Date; endsAt: Date }
  | {
      source: "record";
      id: number;
      title: string;
      provider: string;
      hours: number;
      /** Calendar days, stored at midnight UTC. */
      startsOn: Date;
      endsOn: Date;
      status: TrainingStatus;
      certificateNumber: string | null;
    };

export type TrainingSummary = {
  /** The latest first. */
  items: TrainingItem[];
  /** Hours of what counts and ended within the last 3 years (courses without hours add none). */
  recentHours: number;
  /** Whether anything counted ended within the last 3 years: "trained in the last 3 years". */
  trained: boolean;
  /** The latest course that counts, however long ago. */
  lastCounted: TrainingItem | null;
};

/** The end as stored, which the rules compare: an event's moment, a record's day at midnight UTC. */
const endOf = (item: TrainingItem) => (item.source === "event" ? item.endsAt : item.endsOn);
const counts = (item: TrainingItem) => item.source === "event" || item.status === "confirmed";
const latestFirst = (a: TrainingItem, b: TrainingItem) => endOf(b).getTime() - endOf(a).getTime() || b.id - a.id;

/** A person's courses: attended course events and every record they entered; with `endedBy`, only those ended by then. */
function coursesWhere(endedBy: Date | undefined) {
  const ended = endedBy && { lte: endedBy };
  return { attended: attendedCourses(ended), entered: { endsOn: ended } satisfies Prisma.TrainingRecordWhereInput };
}

/** Each person's courses, the latest first; with `endedBy`, only those ended by then (a report as of a half-year's end). */
export async function coursesOf(db: Db, opts: { userIds: number[]; endedBy?: Date }): Promise<Map<number, TrainingItem[]>> {
  const where = coursesWhere(opts.endedBy);
  const people = { in: opts.userIds };
  const [attended, records] = await Promise.all([
    db.registration.findMany({
      where: { ...where.attended, userId: people },
      select: { userId: true, event: { select: { id: true, title: true, organiser: true, hours: true, startsAt: true, endsAt: true } } },
    }),
    db.trainingRecord.findMany({
      where: { ...where.entered, userId: people },
      select: { id: true, userId: true, title: true, provider: true, hours: true, startsOn: true, endsOn: true, status: true, certificateNumber: true },
    }),
  ]);
  const byUser = new Map<number, TrainingItem[]>();
  const add = (userId: number, item: TrainingItem) => {
    const own = byUser.get(userId);
    if (own) own.push(item);
    else byUser.set(userId, [item]);
  };
  for (const { userId, event } of attended) {
    if (userId !== null) add(userId, { source: "event", id: event.id, title: event.title, provider: event.organiser, hours: event.hours, startsAt: event.startsAt, endsAt: event.endsAt });
  }
  for (const { userId, status, ...record } of records) add(userId, { source: "record", ...record, status: status as TrainingStatus });
  for (const items of byUser.values()) items.sort(latestFirst);
  return byUser;
}

/** How many courses `coursesOf` gives the people `people` selects: a report's row count before its pages are read. */
export async function courseCount(db: Db, opts: { people: Prisma.UserWhereInput; endedBy?: Date }): Promise<number> {
  const where = coursesWhere(opts.endedBy);
  const [attended, entered] = await Promise.all([
    db.registration.count({ where: { ...where.attended, user: opts.people } }),
    db.trainingRecord.count({ where: { ...where.entered, user: opts.people } }),
  ]);
  return attended + entered;
}

/**
 * What of a person's courses (the latest first) counts as of `at`: attended or confirmed, and ended
 * by then; a course still running counts once it ends, as in the region's indicator.
 */
export function summarise(items: TrainingItem[], at: Date): TrainingSummary {
  const counted = items.filter((item) => counts(item) && endOf(item) <= at);
  const since = trainedSince(at);
  const recent = counted.filter((item) => endOf(item) >= since);
  return { items, recentHours: recent.reduce((sum, item) => sum + (item.hours ?? 0), 0), trained: recent.length > 0, lastCounted: counted[0] ?? null };
}

/** Everything a person has, with what counts for the last 3 years as of `now`. */
export async function listTraining(db: Db, opts: { userId: number; now: Date }): Promise<TrainingSummary> {
  const items = (await coursesOf(db, { userIds: [opts.userId] })).get(opts.userId) ?? [];
  return summarise(items, opts.now);
}

/** A calendar day as stored: its midnight in UTC. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** Stores a course the teacher entered, awaiting a coordinator; every rule is checked again here. */
export async function addTrainingRecord(db: Db, opts: { userId: number; input: TrainingInput; now: Date; zone: string }): Promise<Check<number>> {
  const checked = checkInput(opts.input, todayIn(opts.now, opts.zone));
  if (!checked.ok) return checked;
  const { startsOn, endsOn, ...fields } = checked.value;
  const record = await db.trainingRecord.create({
    data: { ...fields, userId: opts.userId, startsOn: dayStart(startsOn), endsOn: dayStart(endsOn), status: "pending", createdAt: opts.now },
    select: { id: true },
  });
  return { ok: true, value: record.id };
}

/** "deleted"; "confirmed" when a coordinator confirmed it (reports count it, so it stays); "not-found". */
export type DeleteOutcome = "deleted" | "confirmed" | "not-found";

/** Deletes one of the person's own records, only while it is pending or declined. */
export async function deleteTrainingRecord(db: Db, opts: { userId: number; recordId: number }): Promise<DeleteOutcome> {
  const { count } = await db.trainingRecord.deleteMany({ where: { id: opts.recordId, userId: opts.userId, status: { in: ["pending", "declined"] } } });
  if (count) return "deleted";
  const left = await db.trainingRecord.count({ where: { id: opts.recordId, userId: opts.userId } });
  return left ? "confirmed" : "not-found";
}

/** One of the person's own records, for the "Delete?" question. */
export function ownRecord(db: Db, opts: { userId: number; recordId: number }) {
  return db.trainingRecord.findFirst({ where: { id: opts.recordId, userId: opts.userId }, select: { id: true, title: true, status: true } });
}
