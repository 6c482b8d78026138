import type { Db } from "../../src/db/client.ts";
import { loadMember, type Member } from "../../src/core/member.ts";
import { CONSENT_VERSION } from "../../src/features/profile/service.ts";

// Apart from the harness's default user ids (7_000_000_001 and up), so the two never meet.
let nextTelegramId = 8_000_000_000;

/** A registered teacher with a complete profile in the first school of the directory. */
export async function createTeacher(db: Db, overrides: { telegramId?: number; fullName?: string; lang?: string } = {}) {
  const school = await db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const telegramId = BigInt(overrides.telegramId ?? nextTelegramId++);
  return db.user.create({
    data: {
      telegramId,
      lang: overrides.lang ?? "ru",
      consentVersion: CONSENT_VERSION,
      consentAt: new Date(),
      fullName: overrides.fullName ?? "Петрова Анна Ивановна",
      municipalityId: school.municipalityId,
      schoolId: school.id,
      teachingSince: new Date().getUTCFullYear() - 5,
      onboardedAt: new Date(),
      subjects: { create: [{ subject: "math" }] },
    },
  });
}

/** The member as an update by this person would load them (no bootstrap admins). */
export async function memberOf(db: Db, userId: number): Promise<Member> {
  const member = await loadMember(db, { id: userId }, { adminIds: [], now: new Date() });
  if (!member) throw new Error(`no user ${userId}`);
  return member;
}
