import type { Db } from "../../db/client.ts";
import { isSubject, type Subject } from "./subjects.ts";
import { cancel } from "../events/registration.ts";
import { teachingSinceYear } from "../../core/teaching.ts";
import { anonymiseImportedPlans } from "../plans/anonymise.ts";
import { anonymiseOrganisedEvents } from "./anonymise-events.ts";

/** The version of the consent text, recorded with each consent; bump it when the text changes. */
export const CONSENT_VERSION = "2026-11-24";

/** Records consent: the person exists in the database from this moment on. */
export async function recordConsent(db: Db, opts: { telegramId: bigint; lang: string; at: Date }): Promise<number> {
  const fields = { lang: opts.lang, consentVersion: CONSENT_VERSION, consentAt: opts.at };
  const user = await db.user.upsert({
    where: { telegramId: opts.telegramId },
    create: { telegramId: opts.telegramId, ...fields },
    update: fields,
    select: { id: true },
  });
  return user.id;
}

/** A profile as flows and screens use it; plain JSON, so conversations can store it. */
export type Profile = {
  userId: number;
  lang: string;
  fullName: string | null;
  municipality: { id: number; name: string; timezone: string } | null;
  school: { id: number; name: string } | null;
  /** They named a school the list lacks and wait for the admins to add it. */
  schoolRequested: boolean;
  subjects: Subject[];
  /** The year they began teaching. */
  teachingSince: number | null;
  onboarded: boolean;
};

export async function getProfile(db: Db, userId: number): Promise<Profile | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      municipality: { select: { id: true, name: true, timezone: true } },
      school: { select: { id: true, name: true } },
      subjects: { select: { subject: true } },
      schoolRequests: { where: { status: "open" }, select: { id: true }, take: 1 },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    lang: user.lang,
    fullName: user.fullName,
    municipality: user.municipality,
    school: user.school,
    schoolRequested: user.schoolRequests.length > 0,
    subjects: user.subjects.map((row) => row.subject).filter(isSubject),
    teachingSince: user.teachingSince,
    onboarded: user.onboardedAt !== null,
  };
}

export type ProfilePatch = {
  lang?: string;
  fullName?: string;
  place?: { municipalityId: number; schoolId: number };
  /** Years taught, as the person says it now; stored as the year they began. */
  experienceYears?: number;
};

export async function updateProfile(db: Db, userId: number, patch: ProfilePatch, now: Date): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: {
      lang: patch.lang,
      fullName: patch.fullName,
      municipalityId: patch.place?.municipalityId,
      schoolId: patch.place?.schoolId,
      teachingSince: patch.experienceYears === undefined ? undefined : teachingSinceYear(patch.experienceYears, now),
    },
  });
}

export async function setSubjects(db: Db, userId: number, subjects: readonly Subject[]): Promise<void> {
  await db.$transaction([
    db.userSubject.deleteMany({ where: { userId } }),
    db.userSubject.createMany({ data: [...new Set(subjects)].map((subject) => ({ userId, subject })) }),
  ]);
}

/** The first field onboarding still has to ask, in the order it asks them. */
export function nextMissingField(profile: Profile): "name" | "place" | "subjects" | "experience" | null {
  if (!profile.fullName) return "name";
  // A school the directory lacks does not hold onboarding up: the admins add it later.
  if (!profile.municipality || (!profile.school && !profile.schoolRequested)) return "place";
  if (profile.subjects.length === 0) return "subjects";
  if (profile.teachingSince === null) return "experience";
  return null;
}

export async function completeOnboarding(db: Db, userId: number, at: Date): Promise<void> {
  await db.user.updateMany({ where: { id: userId, onboardedAt: null }, data: { onboardedAt: at } });
}

/**
 * Withdraws consent: the person's row and everything hanging from it (subjects, roles, queued
 * messages) go, and so does any half-finished conversation kept for their chat. Their seats of
 * events ahead are given back first, so the people waiting move up (and are told through the
 * outbox); their registrations stay without a person, for the anonymous counts reports need.
 */
export async function deleteUserData(
  db: Db,
  opts: {
    telegramId: bigint;
    conversationKey: string;
    now: Date;
    /** What the organiser line of their events says instead of their name. */
    anonymousOrganiser?: string;
  },
): Promise<{ userId: number; eventId: number }[]> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { telegramId: opts.telegramId },
      // Seats of events still ahead are given back; what has happened stays, without the person.
      select: { id: true, fullName: true, registrations: { where: { status: { in: ["registered", "waitlisted"] }, event: { startsAt: { gt: opts.now } } }, select: { eventId: true } } },
    });
    const promoted: { userId: number; eventId: number }[] = [];
    for (const { eventId } of user?.registrations ?? []) {
      const result = await cancel(tx, { eventId, userId: user!.id, now: opts.now });
      if (result.promoted) promoted.push({ userId: result.promoted.userId, eventId });
    }
    if (user) await anonymiseImportedPlans(tx, user.id);
    if (user) await anonymiseOrganisedEvents(tx, { userId: user.id, fullName: user.fullName, placeholder: opts.anonymousOrganiser ?? "—" });
    await tx.user.deleteMany({ where: { telegramId: opts.telegramId } });
    await tx.conversationState.deleteMany({ where: { key: opts.conversationKey } });
    return promoted;
  });
}
