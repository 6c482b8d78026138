// A teacher's offer to mentor: the subjects, how many mentees, a note for coordinators. Withdrawn
// offers stay for the pairs they made, but are suggested to nobody.
import type { Db } from "../../db/client.ts";
import { isSubject, SUBJECTS, type Subject } from "../profile/subjects.ts";
import { cleanNote, isCapacity, mayMentor, TAKES_A_PLACE } from "./rules.ts";

export type Offer = { active: boolean; capacity: number; note: string | null; subjects: Subject[]; mentees: number };

/** The person's offer with how many places their pairs take now; null when they never offered. */
export async function offerOf(db: Db, userId: number): Promise<Offer | null> {
  const [offer, mentees] = await Promise.all([
    db.mentorOffer.findUnique({ where: { userId }, select: { active: true, capacity: true, note: true, subjects: { select: { subject: true } } } }),
    db.mentorPair.count({ where: { mentorId: userId, status: { in: TAKES_A_PLACE } } }),
  ]);
  if (!offer) return null;
  const chosen = new Set(offer.subjects.map(({ subject }) => subject));
  return { active: offer.active, capacity: offer.capacity, note: offer.note, subjects: SUBJECTS.filter((subject) => chosen.has(subject)), mentees };
}

export type OfferInput = { subjects: readonly string[]; capacity: number; note: string | null };
export type OfferOutcome = "saved" | "not-eligible" | "invalid";

/** Makes or changes the offer (active again if it was withdrawn), after checking the person and the answers afresh. */
export async function saveOffer(db: Db, opts: { userId: number; input: OfferInput; now: Date }): Promise<OfferOutcome> {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { teachingSince: true, onboardedAt: true } });
  if (!user?.onboardedAt || !mayMentor(user.teachingSince, opts.now)) return "not-eligible";
  const { capacity } = opts.input;
  const subjects = [...new Set(opts.input.subjects)];
  const note = opts.input.note === null ? null : cleanNote(opts.input.note);
  if (!subjects.length || !subjects.every(isSubject) || !isCapacity(capacity) || (opts.input.note !== null && note === null)) return "invalid";
  await db.$transaction(async (tx) => {
    const fields = { capacity, note, active: true };
    await tx.mentorOffer.upsert({ where: { userId: opts.userId }, create: { userId: opts.userId, ...fields }, update: fields });
    await tx.mentorSubject.deleteMany({ where: { mentorId: opts.userId } });
    await tx.mentorSubject.createMany({ data: subjects.map((subject) => ({ mentorId: opts.userId, subject })) });
  });
  return "saved";
}

/** Takes the person out of the bank of mentors; their pairs go on. False when there was no active offer. */
export async function withdrawOffer(db: Db, userId: number): Promise<boolean> {
  const { count } = await db.mentorOffer.updateMany({ where: { userId, active: true }, data: { active: false } });
  return count > 0;
}
