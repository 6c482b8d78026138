// A known world for mentoring in the autumn of 2026: schools A and B of municipality M, school C
// elsewhere; a young maths teacher in A; mentors of maths in A (one free place, one full, one with
// a place of three taken), in B, in C and a withdrawn one; a Russian teacher in A (no shared subject).
import type { Db } from "../../../src/db/client.ts";
import type { AppHarness, FakeUser } from "../../support/harness.ts";
import { CONSENT_VERSION } from "../../../src/features/profile/service.ts";

/** 30 November 2026, 12:00 in Omsk: the second half-year of 2026, the term meetings count in. */
export const NOW = new Date("2026-11-30T06:00:00Z");
const YEAR = 2026;

let nextTelegramId = 8_700_000_000;

type Place = { id: number; municipalityId: number };

export async function person(db: Db, fullName: string, place: Place | null, opts: { years: number | null; subjects?: string[]; lang?: string }) {
  return db.user.create({
    data: {
      telegramId: BigInt(nextTelegramId++),
      lang: opts.lang ?? "ru",
      consentVersion: CONSENT_VERSION,
      consentAt: NOW,
      fullName,
      schoolId: place?.id ?? null,
      municipalityId: place?.municipalityId ?? null,
      teachingSince: opts.years === null ? null : YEAR - opts.years,
      onboardedAt: NOW,
      subjects: { create: (opts.subjects ?? []).map((subject) => ({ subject })) },
    },
  });
}

export async function offer(db: Db, userId: number, opts: { subjects: string[]; capacity: number; active?: boolean; note?: string }) {
  await db.mentorOffer.create({
    data: { userId, capacity: opts.capacity, active: opts.active ?? true, note: opts.note ?? null, subjects: { create: opts.subjects.map((subject) => ({ subject })) } },
  });
}

/** A staff member with no school of their own, with one grant. */
export async function staff(db: Db, fullName: string, grant: { role: "coordinator" | "methodologist"; schoolId?: number; municipalityId?: number }) {
  const row = await person(db, fullName, null, { years: null });
  const scopeKey = grant.schoolId ? `s:${grant.schoolId}` : grant.municipalityId ? `m:${grant.municipalityId}` : "";
  await db.roleGrant.create({ data: { userId: row.id, role: grant.role, schoolId: grant.schoolId ?? null, municipalityId: grant.municipalityId ?? null, scopeKey } });
  return row;
}

export async function makeMentoringWorld(db: Db) {
  const schoolA = await db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const schoolB = await db.school.findFirstOrThrow({ where: { municipalityId: schoolA.municipalityId, id: { not: schoolA.id } }, orderBy: { id: "asc" } });
  const schoolC = await db.school.findFirstOrThrow({ where: { municipalityId: { not: schoolA.municipalityId } }, orderBy: { id: "asc" } });

  const yana = await person(db, "Молодая Яна Олеговна", schoolA, { years: 1, subjects: ["math", "informatics"] });
  const anna = await person(db, "Опытная Анна Ивановна", schoolA, { years: 12, subjects: ["math"] });
  const zoya = await person(db, "Занятая Зоя Петровна", schoolA, { years: 20, subjects: ["math"] });
  const galina = await person(db, "Полная Галина Сергеевна", schoolA, { years: 15, subjects: ["math"] });
  const vera = await person(db, "Словесник Вера Николаевна", schoolA, { years: 9, subjects: ["russian"] });
  const boris = await person(db, "Соседний Борис Ильич", schoolB, { years: 8, subjects: ["math", "physics"] });
  const elena = await person(db, "Ушедшая Елена Викторовна", schoolB, { years: 10, subjects: ["math"] });
  const dmitry = await person(db, "Дальний Дмитрий Андреевич", schoolC, { years: 11, subjects: ["math"] });
  // Young teachers already paired, who fill Zoya's one place and Galina's only one.
  const olga = await person(db, "Подопечная Ольга", schoolA, { years: 2, subjects: ["math"] });
  const ivan = await person(db, "Подопечный Иван", schoolA, { years: 0, subjects: ["math"] });

  await offer(db, anna.id, { subjects: ["math"], capacity: 1 });
  await offer(db, zoya.id, { subjects: ["math", "physics"], capacity: 3 });
  await offer(db, galina.id, { subjects: ["math"], capacity: 1 });
  await offer(db, vera.id, { subjects: ["russian"], capacity: 5 });
  await offer(db, boris.id, { subjects: ["physics", "math"], capacity: 2 });
  await offer(db, elena.id, { subjects: ["math"], capacity: 2, active: false });
  await offer(db, dmitry.id, { subjects: ["math"], capacity: 4 });
  const started = new Date("2026-09-01T03:00:00Z");
  await db.mentorPair.create({ data: { mentorId: zoya.id, menteeId: olga.id, status: "active", subject: "math", mentorAcceptedAt: started, menteeAcceptedAt: started, startedAt: started } });
  await db.mentorPair.create({ data: { mentorId: galina.id, menteeId: ivan.id, status: "proposed", subject: "math" } });

  return { schoolA, schoolB, schoolC, yana, anna, zoya, galina, vera, boris, elena, dmitry, olga, ivan };
}

export type MentoringWorld = Awaited<ReturnType<typeof makeMentoringWorld>>;

/** A person of the world in the chat, at the main menu. */
export async function atMenu(h: AppHarness, row: { telegramId: bigint }): Promise<FakeUser> {
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return u;
}
