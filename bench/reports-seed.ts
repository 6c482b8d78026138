// The region the reports bench measures: teachers spread over the bundled directory's schools,
// the half-year's events of every kind (courses with hours, contests with levels), registrations
// with attendance and contest results, courses entered by teachers, finished self-diagnoses.
import { CONSENT_VERSION } from "../src/features/profile/service.ts";
import type { Db } from "../src/db/client.ts";
import { ensureDefaultQuestionnaire } from "../src/features/diagnostics/default.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import type { Period } from "../src/features/reports/period.ts";

const EVENTS = 300;
const KINDS = ["webinar", "seminar", "course", "contest", "conference"];
const LEVELS = ["school", "municipal", "regional", "federal"];

export type Seeded = { municipalityId: number; schoolId: number };

export async function seedRegion(db: Db, opts: { teachers: number; registrations: number; period: Period; now: Date; zone: string }): Promise<Seeded> {
  const { teachers: TEACHERS, registrations: REGISTRATIONS, period: PERIOD, now: NOW, zone: ZONE } = opts;
  await ensureBundledDirectory(db, { defaultTimezone: ZONE });
  const schools = await db.school.findMany({ select: { id: true, municipalityId: true }, orderBy: { id: "asc" } });
  for (let i = 0; i < TEACHERS; i += 5000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(5000, TEACHERS - i) }, (_, j) => {
        const school = schools[(i + j) % schools.length]!;
        return { telegramId: BigInt(6_000_000_000 + i + j), fullName: `Учитель ${i + j}`, consentVersion: CONSENT_VERSION, consentAt: NOW, onboardedAt: NOW, lang: "ru", municipalityId: school.municipalityId, schoolId: school.id, teachingSince: 2005 + ((i + j) % 20) };
      }),
    });
  }
  const people = await db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const span = PERIOD.until.getTime() - PERIOD.from.getTime();
  await db.event.createMany({
    data: Array.from({ length: EVENTS }, (_, i) => {
      const kind = KINDS[i % KINDS.length]!;
      const startsAt = new Date(PERIOD.from.getTime() + Math.floor((span * i) / EVENTS));
      return { title: `Событие ${i}`, kind, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), organiser: "ИРО", hours: kind === "course" ? 36 : null, level: kind === "contest" ? LEVELS[i % LEVELS.length]! : null };
    }),
  });
  const events = await db.event.findMany({ select: { id: true, kind: true }, orderBy: { id: "asc" } });
  for (let i = 0; i < REGISTRATIONS; i += 5000) {
    await db.registration.createMany({
      data: Array.from({ length: Math.min(5000, REGISTRATIONS - i) }, (_, j) => {
        const n = i + j;
        const event = events[n % events.length]!;
        const attended = n % 5 < 3;
        return { eventId: event.id, userId: people[(n * 7) % people.length]!.id, status: n % 20 === 0 ? "waitlisted" : "registered", attended, result: attended && event.kind === "contest" ? (["winner", "prize-winner", null] as const)[n % 3] : null };
      }),
    });
  }
  await db.trainingRecord.createMany({
    data: Array.from({ length: 3000 }, (_, i) => ({ userId: people[(i * 11) % people.length]!.id, title: "Курсы ПК", provider: "ИРО", hours: 72, startsOn: new Date("2025-02-01"), endsOn: new Date("2025-02-20"), status: i % 4 ? "confirmed" : "pending" })),
  });
  await ensureDefaultQuestionnaire(db, NOW);
  const questionnaire = await db.questionnaire.findFirstOrThrow({ select: { id: true, definition: true } });
  const areas = (JSON.parse(questionnaire.definition) as { areas: { id: string }[] }).areas.map((area) => area.id);
  await db.attempt.createMany({
    data: Array.from({ length: 5000 }, (_, i) => ({
      questionnaireId: questionnaire.id,
      userId: people[(i * 3) % people.length]!.id,
      startedAt: NOW,
      finishedAt: NOW,
      scores: JSON.stringify(Object.fromEntries(areas.map((area, k) => [area, (i * 13 + k * 29) % 100]))),
    })),
  });
  const school = schools[0]!;
  return { municipalityId: school.municipalityId, schoolId: school.id };
}
