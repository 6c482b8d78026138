// A teacher's own training: courses attended through the bot and courses they entered. No grammY
// here; the screens and the conversation call these with the database and the clock.
import type { Db } from "../../db/client.ts";
import { TRAINING_KIND, trainedSince, type TrainingStatus } from "./rules.ts";
import { checkInput, todayIn, type Check, type TrainingInput } from "./validation.ts";

/** One line of the list. Events count once attended; records once a coordinator confirmed them. */
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
};

const endOf = (item: TrainingItem) => (item.source === "event" ? item.endsAt : item.endsOn);
const counts = (item: TrainingItem) => item.source === "event" || item.status === "confirmed";

/** Everything a person has, with what counts for the last 3 years as of `now`. */
export async function listTraining(db: Db, opts: { userId: number; now: Date }): Promise<TrainingSummary> {
  const [attended, records] = await Promise.all([
    db.registration.findMany({
      where: { userId: opts.userId, attended: true, event: { kind: TRAINING_KIND, cancelledAt: null } },
      select: { event: { select: { id: true, title: true, organiser: true, hours: true, startsAt: true, endsAt: true } } },
    }),
    db.trainingRecord.findMany({ where: { userId: opts.userId } }),
  ]);
  const items: TrainingItem[] = [
    ...attended.map(({ event }): TrainingItem => ({ source: "event", id: event.id, title: event.title, provider: event.organiser, hours: event.hours, startsAt: event.startsAt, endsAt: event.endsAt })),
    ...records.map((record): TrainingItem => ({
      source: "record",
      id: record.id,
      title: record.title,
      provider: record.provider,
      hours: record.hours,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
      status: record.status as TrainingStatus,
      certificateNumber: record.certificateNumber,
    })),
  ].sort((a, b) => endOf(b).getTime() - endOf(a).getTime() || b.id - a.id);
  const since = trainedSince(opts.now);
  const recent = items.filter((item) => counts(item) && endOf(item) >= since);
  return { items, recentHours: recent.reduce((sum, item) => sum + (item.hours ?? 0), 0), trained: recent.length > 0 };
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
