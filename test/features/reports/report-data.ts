// A known scope for the reports' tests: school A of ten people, four of them trained within three
// years (two attended courses, one course the coordinator confirmed, one course in 2024), one
// course too old, one awaiting confirmation, one declined; one signed up for a course ahead; a
// municipal contest three of them attended (a winner, a prize-winner); five webinar sign-ups, three
// attended. School B of the same municipality has three people, one trained.
import type { Db } from "../../../src/db/client.ts";
import { CONSENT_VERSION } from "../../../src/features/profile/service.ts";

export const NOW = new Date("2026-11-30T06:00:00Z");
/** When the seeded people registered: the first half of 2026 has them, the half-year before does not. */
export const REGISTERED = new Date("2026-03-01T06:00:00Z");
const HOUR = 3_600_000;

let nextTelegramId = 8_600_000_000;

export type School = { id: number; name: string; municipalityId: number };

export async function person(db: Db, school: School, fullName: string, lang = "ru") {
  return db.user.create({
    data: { telegramId: BigInt(nextTelegramId++), lang, consentVersion: CONSENT_VERSION, consentAt: REGISTERED, fullName, municipalityId: school.municipalityId, schoolId: school.id, onboardedAt: REGISTERED, teachingSince: 2015 },
  });
}

async function event(db: Db, title: string, kind: string, startsAt: Date, extra: { level?: string; hours?: number } = {}) {
  return db.event.create({ data: { title, kind, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), organiser: "ИРО", ...extra } });
}

async function signUp(db: Db, eventId: number, userId: number, fields: { attended?: boolean; result?: string | null; status?: string } = {}) {
  await db.registration.create({ data: { eventId, userId, status: fields.status ?? "registered", attended: fields.attended ?? false, result: fields.result ?? null, createdAt: new Date("2026-08-01T00:00:00Z") } });
}

async function record(db: Db, userId: number, status: string, endsOn: Date) {
  await db.trainingRecord.create({ data: { userId, title: "Курсы ПК «Цифровая школа»", provider: "ИРО", hours: 36, startsOn: endsOn, endsOn, status, createdAt: endsOn } });
}

/** Two schools of one municipality (the directory's first with two), and a municipality with none of these people. */
export async function pickPlaces(db: Db) {
  const schools = await db.school.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, municipalityId: true } });
  const byMunicipality = new Map<number, School[]>();
  for (const school of schools) byMunicipality.set(school.municipalityId, [...(byMunicipality.get(school.municipalityId) ?? []), school]);
  const [a, b] = [...byMunicipality.values()].find((list) => list.length >= 2)!;
  const other = [...byMunicipality.keys()].find((id) => id !== a!.municipalityId)!;
  return { a: a!, b: b!, otherMunicipalityId: other };
}

export async function seedSchoolA(db: Db, a: School, b: School, tag: string) {
  const people = [];
  for (let index = 1; index <= 10; index++) people.push(await person(db, a, `Учитель ${tag} ${String(index).padStart(2, "0")}`));
  type Person = (typeof people)[number];
  const [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10] = people as [Person, Person, Person, Person, Person, Person, Person, Person, Person, Person];
  const course2025 = await event(db, `Курсы ${tag} 2025`, "course", new Date("2025-03-10T04:00:00Z"), { hours: 36 });
  const course2024 = await event(db, `Курсы ${tag} 2024`, "course", new Date("2024-02-10T04:00:00Z"), { hours: 72 });
  const course2022 = await event(db, `Курсы ${tag} 2022`, "course", new Date("2022-05-10T04:00:00Z"), { hours: 16 });
  const courseAhead = await event(db, `Курсы ${tag} 2027`, "course", new Date("2027-01-20T04:00:00Z"), { hours: 24 });
  const contest = await event(db, `Конкурс ${tag}`, "contest", new Date("2026-10-05T04:00:00Z"), { level: "municipal" });
  const webinar = await event(db, `Вебинар ${tag}`, "webinar", new Date("2026-09-15T08:00:00Z"));
  await signUp(db, course2025.id, p1.id, { attended: true });
  await signUp(db, course2025.id, p2.id, { attended: true });
  await signUp(db, course2024.id, p4.id, { attended: true });
  await record(db, p3.id, "confirmed", new Date("2026-04-01T00:00:00Z"));
  await signUp(db, course2022.id, p5.id, { attended: true });
  await record(db, p6.id, "pending", new Date("2026-10-01T00:00:00Z"));
  await record(db, p7.id, "declined", new Date("2026-10-01T00:00:00Z"));
  await signUp(db, courseAhead.id, p8.id);
  await signUp(db, contest.id, p1.id, { attended: true, result: "winner" });
  await signUp(db, contest.id, p2.id, { attended: true, result: "prize-winner" });
  await signUp(db, contest.id, p9.id, { attended: true });
  for (const [index, each] of [p1, p2, p3, p4, p5].entries()) await signUp(db, webinar.id, each.id, { attended: index < 3 });
  for (let index = 1; index <= 3; index++) {
    const other = await person(db, b, `Учитель Б ${tag} ${index}`);
    if (index === 1) await signUp(db, course2025.id, other.id, { attended: true });
  }
  return { people, coordinator: p10, course2025 };
}
