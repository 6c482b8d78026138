// Coordinators and methodologists see self-diagnosis results of groups (issue #12, point 6): known
// scores of six people in a school give known averages, deficit shares and change between rounds;
// a group of four shows only the privacy line, and so does a group whose numbers would give such a
// group away by subtraction; a forged school id and a teacher are refused. The rules are checked
// apart from Telegram first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { CONSENT_VERSION } from "../../../src/features/profile/service.ts";
import { AGGREGATE_DATA } from "../../../src/features/diagnostics/aggregates-callbacks.ts";
import { aggregateAttempts, loadStaffQuestionnaire, municipalityAggregate, regionAggregate, schoolAggregate, splitAggregates, type StaffQuestionnaire, type StaffView } from "../../../src/features/diagnostics/aggregates-service.ts";
import { definitionSchema } from "../../../src/features/diagnostics/definition.ts";
import { createQuestionnaire, SMALL_DEFINITION } from "./take-support.ts";

let t: TestDb;
let h: AppHarness;
let questionnaire: StaffQuestionnaire;
/** The same people of A and B only, so the municipality minus A would be B's four. */
let withoutOthers: StaffQuestionnaire;
/**
 * Municipality M: school A (6 finished, 5 of them twice), B (4), B2 (1). School C (2) in another
 * municipality, D (3) in a third. M is 11 of the region's 16; each rest is 5, so nothing gives a
 * group under five away.
 */
type School = { id: number; name: string; municipalityId: number };
let schoolA: School;
let schoolB: School;
let schoolB2: School;
let schoolC: School;
let schoolD: School;
let municipality: { id: number; name: string };

const TITLE = "Skills check";
const LATEST = new Date("2030-11-01T05:00:00Z");
const PREVIOUS = new Date("2030-06-01T05:00:00Z");
const OLDEST = new Date("2030-01-10T05:00:00Z");

// subject average (80+70+60+90+50+40)/6 = 65; digital (40+50+70+30+60+55)/6 = 50.8.
// Under 60: subject 2 of 6 = 33.3 %, digital 4 of 6 = 66.7 %.
const SCHOOL_A_LATEST = [
  { subject: 80, digital: 40 },
  { subject: 70, digital: 50 },
  { subject: 60, digital: 70 },
  { subject: 90, digital: 30 },
  { subject: 50, digital: 60 },
  { subject: 40, digital: 55 },
];
// Changes of the first five: subject +10, 0, +10, +5, 0 → +5; digital +10, +10, 0, −5, +12 → +5.4.
const SCHOOL_A_PREVIOUS = [
  { subject: 70, digital: 30 },
  { subject: 70, digital: 40 },
  { subject: 50, digital: 70 },
  { subject: 85, digital: 35 },
  { subject: 50, digital: 48 },
];

let personCounter = 9_000_000_000;

async function person(school: { id: number; municipalityId: number }, lang = "ru") {
  return t.db.user.create({
    data: { telegramId: BigInt(personCounter++), lang, consentVersion: CONSENT_VERSION, consentAt: new Date(), fullName: "Тестова Ольга", municipalityId: school.municipalityId, schoolId: school.id, onboardedAt: new Date() },
  });
}

async function finished(userId: number, at: Date, scores: Record<string, number>, questionnaireId = questionnaire.id) {
  await t.db.attempt.create({ data: { questionnaireId, userId, startedAt: at, finishedAt: at, scores: JSON.stringify(scores) } });
}

async function staff(lang: "ru" | "en", grant: { role: "coordinator" | "methodologist"; schoolId?: number; municipalityId?: number }): Promise<FakeUser> {
  const row = await createTeacher(t.db, { lang, fullName: "Координатова Вера" });
  const scopeKey = grant.schoolId ? `s:${grant.schoolId}` : grant.municipalityId ? `m:${grant.municipalityId}` : "";
  await t.db.roleGrant.create({ data: { userId: row.id, role: grant.role, schoolId: grant.schoolId ?? null, municipalityId: grant.municipalityId ?? null, scopeKey } });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

/** A button label as the screens cut it. */
const label = (name: string) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  questionnaire = (await loadStaffQuestionnaire(t.db, await createQuestionnaire(t.db, { title: TITLE })))!;
  withoutOthers = (await loadStaffQuestionnaire(t.db, await createQuestionnaire(t.db, { title: "Two schools" })))!;
  schoolA = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const inM = await t.db.school.findMany({ where: { municipalityId: schoolA.municipalityId, id: { not: schoolA.id } }, orderBy: { id: "asc" }, take: 2 });
  [schoolB, schoolB2] = inM as [School, School];
  schoolC = await t.db.school.findFirstOrThrow({ where: { municipalityId: { not: schoolA.municipalityId } }, orderBy: { id: "asc" } });
  schoolD = await t.db.school.findFirstOrThrow({ where: { municipalityId: { notIn: [schoolA.municipalityId, schoolC.municipalityId] } }, orderBy: { id: "asc" } });
  municipality = await t.db.municipality.findUniqueOrThrow({ where: { id: schoolA.municipalityId } });
  for (const [index, latest] of SCHOOL_A_LATEST.entries()) {
    const { id: userId } = await person(schoolA);
    await finished(userId, LATEST, latest);
    await finished(userId, LATEST, latest, withoutOthers.id);
    if (SCHOOL_A_PREVIOUS[index]) await finished(userId, PREVIOUS, SCHOOL_A_PREVIOUS[index]);
    // Older rounds and unfinished attempts count for nothing.
    if (index === 0) await finished(userId, OLDEST, { subject: 0, digital: 0 });
    if (index === 5) await t.db.attempt.create({ data: { questionnaireId: questionnaire.id, userId, startedAt: LATEST } });
  }
  for (let index = 0; index < 4; index++) {
    const { id: userId } = await person(schoolB);
    await finished(userId, LATEST, { subject: 100, digital: 100 });
    await finished(userId, LATEST, { subject: 100, digital: 100 }, withoutOthers.id);
  }
  const places: [School, number][] = [[schoolB2, 1], [schoolC, 2], [schoolD, 3]];
  for (const [school, count] of places) for (let index = 0; index < count; index++) await finished((await person(school)).id, LATEST, { subject: 10, digital: 10 });
});
afterAll(() => t.drop());

/** Whose numbers one sees: school A's coordinator, M's coordinator, a methodologist. */
const ownSchool = (): StaffView => ({ region: false, schoolIds: [schoolA.id], municipalityIds: [] });
const ofMunicipality = (): StaffView => ({ region: false, schoolIds: [], municipalityIds: [municipality.id] });
const REGION: StaffView = { region: true, schoolIds: [], municipalityIds: [] };

describe("the rules, without Telegram", () => {
  it("a school of six: averages, deficit shares and the change between each person's last two rounds", async () => {
    const school = await schoolAggregate(t.db, questionnaire, schoolA.id, ownSchool());
    expect(school?.aggregate).toMatchObject({ shown: true, people: 6, retakers: 5 });
    if (!school?.aggregate.shown) return;
    const [subject, digital] = school.aggregate.areas;
    expect(subject).toMatchObject({ id: "subject", average: 65, change: 5 });
    expect(subject!.deficitShare).toBeCloseTo(33.33, 1);
    expect(digital!.average).toBeCloseTo(50.83, 1);
    expect(digital!.deficitShare).toBeCloseTo(66.67, 1);
    expect(digital!.change).toBeCloseTo(5.4, 5);
  });

  it("fewer than five people show nothing; fewer than five with two rounds show no change", async () => {
    expect((await schoolAggregate(t.db, questionnaire, schoolB.id, ofMunicipality()))?.aggregate).toEqual({ shown: false, why: "few" });
    const definition = definitionSchema.parse(SMALL_DEFINITION);
    const five = [1, 2, 3, 4, 5].map((userId) => ({ userId, finishedAt: LATEST, scores: { subject: 50, digital: 70 } }));
    const fourTwice = [1, 2, 3, 4].map((userId) => ({ userId, finishedAt: PREVIOUS, scores: { subject: 40, digital: 70 } }));
    const aggregate = aggregateAttempts(definition, [...five, ...fourTwice]);
    expect(aggregate).toMatchObject({ shown: true, people: 5, retakers: 4, changeHidden: "few" });
    if (aggregate.shown) expect(aggregate.areas.map((area) => [area.average, area.deficitShare, area.change])).toEqual([[50, 100, null], [70, 0, null]]);
    expect(aggregateAttempts(definition, five.slice(0, 4))).toEqual({ shown: false, why: "few" });
  });

  it("a municipality counts all its schools and splits by school; the region splits by municipality", async () => {
    const found = await municipalityAggregate(t.db, questionnaire, municipality.id, ofMunicipality());
    expect(found?.municipality.aggregate).toMatchObject({ shown: true, people: 11, retakers: 5, changeHidden: null });
    const shownOf = (groups: { id: number; aggregate: { shown: boolean } }[]) => new Map(groups.map((group) => [group.id, group.aggregate.shown]));
    expect(shownOf(found!.schools)).toEqual(new Map([[schoolA.id, true], [schoolB.id, false], [schoolB2.id, false]]));
    const region = await regionAggregate(t.db, questionnaire);
    expect(region.total).toMatchObject({ shown: true, people: 16 });
    expect(shownOf(region.municipalities)).toEqual(new Map([[municipality.id, true], [schoolC.municipalityId, false], [schoolD.municipalityId, false]]));
  });

  it("a group whose numbers beside its total would give away fewer than five is hidden too, but not to its own coordinator", async () => {
    // M is A's 6 and B's 4 here: M minus A would be B.
    const found = await municipalityAggregate(t.db, withoutOthers, municipality.id, ofMunicipality());
    expect(found?.municipality.aggregate).toMatchObject({ shown: true, people: 10 });
    expect(found?.schools.find((school) => school.id === schoolA.id)?.aggregate).toEqual({ shown: false, why: "subtraction" });
    expect((await schoolAggregate(t.db, withoutOthers, schoolA.id, REGION))?.aggregate).toEqual({ shown: false, why: "subtraction" });
    expect((await schoolAggregate(t.db, withoutOthers, schoolA.id, ownSchool()))?.aggregate).toMatchObject({ shown: true, people: 6 });
  });

  it("a change beside its total's that would give away fewer than five retakers is left out", () => {
    const definition = definitionSchema.parse(SMALL_DEFINITION);
    const round = (userId: number, finishedAt: Date) => ({ userId, finishedAt, scores: { subject: 50, digital: 50 } });
    // Part 1: five people, all twice; part 2: five people, two of them twice. The total's change is of 7.
    const people = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const attempts = [...people.map((id) => round(id, LATEST)), ...[1, 2, 3, 4, 5, 6, 7].map((id) => round(id, PREVIOUS))];
    const split = splitAggregates(definition, attempts.map((attempt) => ({ ...attempt, part: attempt.userId <= 5 ? 1 : 2 })));
    expect(split.total).toMatchObject({ shown: true, people: 10, retakers: 7, changeHidden: null });
    expect(split.parts.get(1)).toMatchObject({ shown: true, people: 5, changeHidden: "subtraction" });
    expect(split.parts.get(2)).toMatchObject({ shown: true, people: 5, changeHidden: "few" });
  });
});

const MENU = { ru: "📊 Итоги самодиагностики", en: "📊 Self-diagnosis results" };

describe("in the bot", () => {
  it("a school coordinator (ru) sees their school's numbers and the chart; a forged school id is refused", async () => {
    const u = await staff("ru", { role: "coordinator", schoolId: schoolA.id });
    await u.send("/menu");
    await u.press(MENU.ru);
    expect(u.lastMessage().text).toContain("Итоги самодиагностики");
    await u.press(TITLE);
    expect(u.lastMessage().text).toContain(`• ${schoolA.name}: прошли 6`);
    await u.press(label(schoolA.name));
    const text = u.lastMessage().text;
    expect(text).toContain("Прошли: 6 (у каждого учитывается последний результат).");
    expect(text).toContain("Средний результат по области и доля педагогов с дефицитом в ней (ниже 60 %):");
    expect(text).toContain("Предметная область: 65 % · дефицит у 33,3 % · +5");
    expect(text).toContain("Цифровые компетенции: 50,8 % · дефицит у 66,7 % · +5,4");
    expect(text).toContain("в среднем по тем, кто прошёл дважды (человек: 5)");
    expect(text).not.toContain("Тестова");
    await u.press("📈 Диаграмма");
    const photo = u.calls("sendPhoto").at(-1);
    expect(photo?.payload.caption).toBe(`📊 ${TITLE} — ${schoolA.name} (человек: 6)`);

    // The school next door, and the municipality, by ids written into the buttons.
    const before = u.lastMessage();
    for (const data of [AGGREGATE_DATA.school(questionnaire.id, schoolB.id), AGGREGATE_DATA.municipality(questionnaire.id, municipality.id, 0), AGGREGATE_DATA.region(questionnaire.id), AGGREGATE_DATA.chart("s", questionnaire.id, schoolB.id)]) {
      await u.pressData(data);
      expect(u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    }
    expect(u.lastMessage()).toEqual(before);
  });

  it("a municipality coordinator (en) sees the municipality and each school, a school of four only as the privacy line", async () => {
    const u = await staff("en", { role: "coordinator", municipalityId: municipality.id });
    await u.send("/menu");
    await u.press(MENU.en);
    await u.press(TITLE);
    expect(u.lastMessage().text).toContain(`• ${municipality.name}: 11 took it`);
    await u.press(label(municipality.name));
    const text = u.lastMessage().text;
    expect(text).toContain("Took it: 11 (each person's latest result counts).");
    expect(text).toContain(`• ${schoolB2.name}: fewer than 5 took it`);
    expect(text).toContain(`• ${schoolA.name}: 6 took it`);
    expect(text).toContain(`• ${schoolB.name}: fewer than 5 took it`);
    await u.press(label(schoolB.name));
    expect(u.lastMessage().text).toBe(`📊 ${TITLE}\n${schoolB.name}\n\nFewer than 5 took it: not shown, to protect privacy.`);
    expect(u.lastMessage().buttons).toEqual([["‹ Back"]]);
    await u.press("‹ Back");
    await u.press(label(schoolA.name));
    expect(u.lastMessage().text).toContain("Subject knowledge: 65 % · deficit 33.3 % · +5");
    expect(u.lastMessage().text).toContain("Digital skills: 50.8 % · deficit 66.7 % · +5.4");
    await u.pressData(AGGREGATE_DATA.school(questionnaire.id, schoolC.id));
    expect(u.lastAnswer()).toMatchObject({ text: "This action isn’t available to you.", show_alert: true });

    // With only A and B, M minus A would be B's four: A is not shown here either.
    await u.pressData(AGGREGATE_DATA.municipality(withoutOthers.id, municipality.id, 0));
    expect(u.lastMessage().text).toContain(`• ${schoolA.name}: not shown, to protect privacy`);
    await u.press(label(schoolA.name));
    expect(u.lastMessage().text).toContain("Not shown, to protect privacy: beside the other numbers here, these would give away the results of fewer than 5 people.");
  });

  it("a methodologist sees the region by municipality, each openable", async () => {
    const u = await staff("ru", { role: "methodologist" });
    await u.send("/menu");
    await u.press(MENU.ru);
    await u.press(TITLE);
    const text = u.lastMessage().text;
    expect(text).toContain("• Весь регион: прошли 16");
    expect(text).toContain(`• ${municipality.name}: прошли 11`);
    const other = await t.db.municipality.findUniqueOrThrow({ where: { id: schoolC.municipalityId } });
    expect(text).toContain(`• ${other.name}: прошли меньше 5`);
    await u.press(label(other.name));
    expect(u.lastMessage().text).toContain("Прошли меньше 5 человек: не показываем, чтобы защитить личные данные.");
    await u.press("‹ Назад");
    await u.press("Весь регион");
    expect(u.lastMessage().text).toContain("Прошли: 16");
    expect(u.lastMessage().text).toContain("в среднем по тем, кто прошёл дважды (человек: 5)");
  });

  it("a municipality's schools come twelve a page", async () => {
    const many = (await loadStaffQuestionnaire(t.db, await createQuestionnaire(t.db, { title: "Many schools" })))!;
    const place = await t.db.municipality.create({ data: { name: "Many-schools district", timezone: "Asia/Omsk" } });
    const schools = await Promise.all(Array.from({ length: 13 }, (_, index) => t.db.school.create({ data: { name: `School ${String(index + 1).padStart(2, "0")}`, municipalityId: place.id } })));
    for (const school of schools) await finished((await person(school)).id, LATEST, { subject: 50, digital: 50 }, many.id);
    const u = await staff("en", { role: "coordinator", municipalityId: place.id });
    await u.send("/menu");
    await u.press(MENU.en);
    await u.press("Many schools");
    await u.press(label(place.name));
    const first = u.lastMessage();
    expect(first.text).toContain("Took it: 13");
    expect(first.text.match(/: fewer than 5 took it$/gm)).toHaveLength(12);
    expect(first.buttons.at(-3)).toEqual(["‹", "1/2", "›"]);
    await u.press("›");
    expect(u.lastMessage().text.match(/: fewer than 5 took it$/gm)).toHaveLength(1);
  });

  it("a teacher has no menu entry and is refused on every button", async () => {
    const row = await createTeacher(t.db, { lang: "en" });
    const u = h.user({ id: Number(row.telegramId), languageCode: "en" });
    await u.send("/menu");
    expect(u.lastMessage().buttons.flat()).not.toContain(MENU.en);
    await u.pressData(AGGREGATE_DATA.open(questionnaire.id, 0));
    expect(u.lastAnswer()).toMatchObject({ text: "This action isn’t available to you.", show_alert: true });
    await u.pressData(AGGREGATE_DATA.school(questionnaire.id, schoolA.id));
    expect(u.lastAnswer()).toMatchObject({ text: "This action isn’t available to you.", show_alert: true });
  });
});
