// The two answers to a plan deadline nudge. Each is checked again here: the date must still be
// the measure's, the place among those that answer for it, and the person a coordinator covering
// the place; anything else (an old button, forged data) changes nothing.
import type { RoleScope } from "../../core/member.ts";
import { afterQuietHours, quietHoursOf } from "../../core/quiet-hours.ts";
import type { Db, Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import { NUDGE_PERSON } from "../../nudges/kind.ts";
import type { NudgeSettings } from "../../nudges/planner.ts";
import { DAY_MS, deadlineExpiry, deadlineNotice, deadlineOf, deadlineSource, muteRow, placeNames, type DeadlinePlace } from "./deadline-nudges.ts";

export type DeadlineAnswer = "done" | "already-done" | "queued" | "too-late" | "not-allowed" | "not-found";

type Asker = { userId: number; grants: readonly RoleScope[] };

/** A school coordinator covers their school; a municipality's coordinator the municipality's body and its schools. */
async function covers(db: Db, grants: readonly RoleScope[], place: DeadlinePlace): Promise<boolean> {
  const coordinating = grants.filter((grant) => grant.role === "coordinator");
  if (place.kind === "m") return coordinating.some((grant) => grant.schoolId === null && grant.municipalityId === place.id);
  if (coordinating.some((grant) => grant.schoolId === place.id)) return true;
  const school = await db.school.findUnique({ where: { id: place.id }, select: { municipalityId: true } });
  return school !== null && coordinating.some((grant) => grant.schoolId === null && grant.municipalityId === school.municipalityId);
}

/** The deadline behind a button, when the person may answer it. */
async function answerable(db: Db, measureDateId: number, place: DeadlinePlace, asker: Asker) {
  const deadline = await deadlineOf(db, measureDateId);
  if (!deadline || !deadline.places.some((each) => each.kind === place.kind && each.id === place.id)) return "not-found" as const;
  if (!(await covers(db, asker.grants, place))) return "not-allowed" as const;
  return deadline;
}

const placeLink = (place: DeadlinePlace) => (place.kind === "s" ? { schoolId: place.id } : { municipalityId: place.id });

/**
 * The organisation "done" is recorded for: any linked to the place (done counts per place), or,
 * for a place reached only through a rule ("ОО"), one made for it.
 */
async function organisationOf(tx: Tx, place: DeadlinePlace, placeName: string): Promise<number> {
  const linked = await tx.organisation.findFirst({ where: placeLink(place), orderBy: { id: "asc" }, select: { id: true } });
  if (linked) return linked.id;
  const name = `${placeName} [${place.kind}:${place.id}]`; // unique, and never a name a plan writes
  return (await tx.organisation.upsert({ where: { name }, create: { name, ...placeLink(place) }, update: {}, select: { id: true } })).id;
}

/** "✅ Done": recorded for the place and date, and its queued nudges and reminders called off. */
export async function markDeadlineDone(db: Db, opts: { measureDateId: number; place: DeadlinePlace; asker: Asker; now: Date }): Promise<DeadlineAnswer> {
  const deadline = await answerable(db, opts.measureDateId, opts.place, opts.asker);
  if (typeof deadline === "string") return deadline;
  const placeName = (await placeNames(db, [opts.place])).get(`${opts.place.kind}:${opts.place.id}`) ?? "—";
  try {
    return await db.$transaction(async (tx) => {
      const done = await tx.deadlineDone.findFirst({ where: { measureDateId: opts.measureDateId, organisation: placeLink(opts.place) }, select: { doneAt: true } });
      if (done) return "already-done";
      const organisationId = await organisationOf(tx, opts.place, placeName);
      await tx.deadlineDone.create({ data: { organisationId, measureDateId: opts.measureDateId, doneById: opts.asker.userId, doneAt: opts.now } });
      await tx.outboxMessage.updateMany({ where: { source: deadlineSource(opts.measureDateId, opts.place), status: "pending" }, data: { status: "cancelled" } });
      return "done";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "already-done"; // two coordinators of the place at once
    throw error;
  }
}

/**
 * "⏰ Remind me tomorrow": the same nudge again a day later (after the person's quiet hours), to
 * them alone, through the outbox; not when that falls after the deadline's day.
 */
export async function remindTomorrow(db: Db, opts: { measureDateId: number; place: DeadlinePlace; asker: Asker; now: Date; settings: NudgeSettings }): Promise<DeadlineAnswer> {
  const deadline = await answerable(db, opts.measureDateId, opts.place, opts.asker);
  if (typeof deadline === "string") return deadline;
  const key = `${opts.place.kind}:${opts.place.id}`;
  const done = await db.deadlineDone.count({ where: { measureDateId: opts.measureDateId, organisation: placeLink(opts.place) } });
  if (done) return "already-done";
  const person = await db.user.findUniqueOrThrow({ where: { id: opts.asker.userId }, select: NUDGE_PERSON });
  const zone = person.timezone ?? person.municipality?.timezone ?? opts.settings.defaultTimezone;
  const at = afterQuietHours(new Date(opts.now.getTime() + DAY_MS), zone, quietHoursOf(person, opts.settings.quietHours));
  const expiresAt = deadlineExpiry(deadline.end);
  if (at >= expiresAt) return "too-late";
  const placeName = (await placeNames(db, [opts.place])).get(key) ?? "—";
  const notice = deadlineNotice({ measureDateId: deadline.id, measure: deadline.measure, end: deadline.end, place: opts.place, placeName, left: "again" });
  await db.$transaction((tx) =>
    enqueue(tx, {
      source: deadlineSource(deadline.id, opts.place),
      // One reminder a day: tapping again the same day queues nothing more.
      purpose: `remind:${at.toISOString().slice(0, 10)}`,
      recipients: [{ userId: person.id, telegramId: person.telegramId }],
      notice: { ...notice, buttons: [...(notice.buttons ?? []), muteRow] },
      now: opts.now,
      notBefore: at,
      expiresAt,
    }),
  );
  return "queued";
}
