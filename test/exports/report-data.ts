// A small known world for the report exports, in the second half of 2026: school A and school B
// of municipality M, school C elsewhere; two teachers in A (one whose name is a formula), one in
// B, one in C; a course, a webinar, a contest, a cancelled webinar and an event still ahead in the
// half-year, one in the half-year before; training records; and a questionnaire eight people took.
import type { Db } from "../../src/db/client.ts";
import type { EventKind } from "../../src/features/events/kinds.ts";
import { CONSENT_VERSION } from "../../src/features/profile/service.ts";
import { createQuestionnaire } from "../features/diagnostics/take-support.ts";
import { makeEvent } from "../support/events.ts";

/** 10 December 2026, 11:00 in Omsk. */
export const NOW = new Date("2026-12-10T05:00:00Z");
export const H2_2026 = 20262;
export const FORMULA_NAME = '=HYPERLINK("http://evil.example";"Нажмите")';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Place = { id: number; name: string; municipalityId: number };

let nextTelegramId = 8_500_000_000;

async function person(db: Db, fullName: string, place: Place | null, extra: { teachingSince?: number; subjects?: string[]; lang?: string } = {}) {
  return db.user.create({
    data: {
      telegramId: BigInt(nextTelegramId++),
      lang: extra.lang ?? "ru",
      consentVersion: CONSENT_VERSION,
      consentAt: NOW,
      fullName,
      schoolId: place?.id ?? null,
      municipalityId: place?.municipalityId ?? null,
      teachingSince: extra.teachingSince ?? null,
      onboardedAt: NOW,
      subjects: { create: (extra.subjects ?? []).map((subject) => ({ subject })) },
    },
  });
}

/** An event that began at `startsAt` (made a week before, as the organiser would have). */
async function pastEvent(db: Db, title: string, kind: EventKind, startsAt: Date, extra: { hours?: number; level?: string; cancelled?: boolean } = {}) {
  const id = await makeEvent(db, { title, kind, startsAt }, new Date(startsAt.getTime() - 7 * DAY));
  await db.event.update({ where: { id }, data: { hours: extra.hours ?? null, level: extra.level ?? null, cancelledAt: extra.cancelled ? startsAt : null } });
  return db.event.findUniqueOrThrow({ where: { id } });
}

async function signUp(db: Db, eventId: number, userId: number, opts: { status?: string; attended?: boolean; result?: string; at: Date }) {
  await db.registration.create({
    data: { eventId, userId, status: opts.status ?? "registered", waitlistPosition: opts.status === "waitlisted" ? 1 : null, attended: opts.attended ?? false, result: opts.result ?? null, createdAt: opts.at },
  });
}

export async function makeReportWorld(db: Db) {
  const schoolA = await db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const schoolB = await db.school.findFirstOrThrow({ where: { municipalityId: schoolA.municipalityId, id: { not: schoolA.id } }, orderBy: { id: "asc" } });
  const schoolC = await db.school.findFirstOrThrow({ where: { municipalityId: { not: schoolA.municipalityId } }, orderBy: { id: "asc" } });
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: schoolA.municipalityId } });

  const anna = await person(db, "Петрова Анна Ивановна", schoolA, { teachingSince: 2016, subjects: ["physics", "math"] });
  const formula = await person(db, FORMULA_NAME, schoolA);
  const vera = await person(db, "Борисова Вера Николаевна", schoolB);
  const petr = await person(db, "Сидоров Пётр Ильич", schoolC);

  // 15 September 2026, 10:00 in Omsk; 5 October, 15:00; 20 October; 20 November; 20 December; 10 March.
  const course = await pastEvent(db, "Курсы: обновлённые ФГОС", "course", new Date("2026-09-15T04:00:00Z"), { hours: 36 });
  const webinar = await pastEvent(db, "Вебинар по функциональной грамотности", "webinar", new Date("2026-10-05T09:00:00Z"));
  const cancelled = await pastEvent(db, "Отменённый семинар", "seminar", new Date("2026-10-20T09:00:00Z"), { cancelled: true });
  const contest = await pastEvent(db, "Конкурс «Учитель года»", "contest", new Date("2026-11-20T04:00:00Z"), { level: "regional" });
  const ahead = await pastEvent(db, "Семинар наставников", "seminar", new Date("2026-12-20T04:00:00Z"));
  const spring = await pastEvent(db, "Весенний вебинар", "webinar", new Date("2026-03-10T09:00:00Z"));

  const at = (date: string) => new Date(date);
  await signUp(db, course.id, anna.id, { attended: true, at: at("2026-09-01T03:00:00Z") });
  await signUp(db, course.id, formula.id, { status: "cancelled", at: at("2026-09-02T03:00:00Z") });
  await signUp(db, webinar.id, anna.id, { attended: true, at: at("2026-09-20T03:00:00Z") });
  await signUp(db, webinar.id, formula.id, { status: "waitlisted", at: at("2026-09-21T03:00:00Z") });
  await signUp(db, webinar.id, vera.id, { at: at("2026-09-22T03:00:00Z") });
  await signUp(db, webinar.id, petr.id, { at: at("2026-09-23T03:00:00Z") });
  await signUp(db, cancelled.id, anna.id, { at: at("2026-10-01T03:00:00Z") });
  await signUp(db, contest.id, anna.id, { attended: true, result: "winner", at: at("2026-11-01T03:00:00Z") });
  await signUp(db, ahead.id, vera.id, { at: at("2026-12-01T03:00:00Z") });
  await signUp(db, spring.id, anna.id, { attended: true, at: at("2026-03-01T03:00:00Z") });

  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  await db.trainingRecord.createMany({
    data: [
      { userId: anna.id, title: "Цифровая дидактика", provider: "ИРООО", hours: 72, startsOn: day("2025-05-12"), endsOn: day("2025-05-31"), certificateNumber: "552400012345", status: "confirmed" },
      { userId: anna.id, title: "Старый курс", provider: "ИРООО", hours: 24, startsOn: day("2022-06-01"), endsOn: day("2022-06-30"), status: "confirmed" },
      { userId: formula.id, title: "@Курс по ИИ", provider: "Онлайн-школа", hours: 16, startsOn: day("2026-09-20"), endsOn: day("2026-10-01"), status: "pending" },
    ],
  });

  // Six in school B scored subject 80, digital 40; the two of school A 60 and 20: M's average is 75 and 35.
  const questionnaireId = await createQuestionnaire(db, { title: "Проверка умений" });
  await db.questionnaire.update({ where: { id: questionnaireId }, data: { publishedAt: new Date("2026-07-01T00:00:00Z") } });
  const finished = (userId: number, scores: Record<string, number>) =>
    db.attempt.create({ data: { questionnaireId, userId, startedAt: at("2026-10-10T05:00:00Z"), finishedAt: at("2026-10-10T05:30:00Z"), scores: JSON.stringify(scores) } });
  const takers = [];
  for (let index = 1; index <= 6; index++) takers.push(await person(db, `Участница ${index}`, schoolB));
  for (const taker of takers) await finished(taker.id, { subject: 80, digital: 40 });
  for (const own of [anna, formula]) await finished(own.id, { subject: 60, digital: 20 });

  return { schoolA, schoolB, schoolC, municipality, anna, formula, vera, petr, takers, events: { course, webinar, cancelled, contest, ahead, spring } };
}

export type ReportWorld = Awaited<ReturnType<typeof makeReportWorld>>;

/** A staff member with no school of their own (so they are nobody's teacher), with one grant. */
export async function staffMember(db: Db, fullName: string, grant: { role: "coordinator" | "methodologist"; schoolId?: number; municipalityId?: number }, lang = "ru") {
  const row = await person(db, fullName, null, { lang });
  const scopeKey = grant.schoolId ? `s:${grant.schoolId}` : grant.municipalityId ? `m:${grant.municipalityId}` : "";
  await db.roleGrant.create({ data: { userId: row.id, role: grant.role, schoolId: grant.schoolId ?? null, municipalityId: grant.municipalityId ?? null, scopeKey } });
  return row;
}
