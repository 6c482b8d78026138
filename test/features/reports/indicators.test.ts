// The monitoring indicators of a scope (issue #14, point 4) on a known data set: ten teachers of a
// school, four trained within three years → 40 %; a course too old, one awaiting confirmation and
// one declined do not count; contests by level with their results; the forms in demand; planning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { computeIndicators } from "../../../src/features/reports/indicators.ts";
import { periodOf } from "../../../src/features/reports/period.ts";
import { NOW, pickPlaces, seedSchoolA, type School } from "./report-data.ts";

let t: TestDb;
let a: School;
let otherMunicipalityId: number;
const H2_2026 = periodOf({ year: 2026, half: 2 }, "Asia/Omsk");
const REGION_VIEWER = { onboarded: true, grants: [{ role: "methodologist" as const, municipalityId: null, schoolId: null }], bootstrapAdmin: false };

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  const places = await pickPlaces(t.db);
  ({ a, otherMunicipalityId } = places);
  await seedSchoolA(t.db, a, places.b, "И");
});
afterAll(() => t.drop());

describe("indicators of a school for the second half of 2026", () => {
  it("count 4 of 10 trained within three years (40 %), one course awaiting confirmation, one planning", async () => {
    const indicators = await computeIndicators(t.db, { scope: { kind: "s", id: a.id }, period: H2_2026, now: NOW, viewer: REGION_VIEWER });
    expect(indicators.teachers).toBe(10);
    expect(indicators.trained).toEqual({ count: 4, share: 40 });
    expect(indicators.pendingTrainings).toBe(1);
    expect(indicators.planning).toEqual({ count: 1, share: 10 });
    expect(indicators.at).toEqual(NOW);
  });

  it("count contest participations by level with winners and prize-winners, and the forms in demand", async () => {
    const indicators = await computeIndicators(t.db, { scope: { kind: "s", id: a.id }, period: H2_2026, now: NOW, viewer: REGION_VIEWER });
    expect(indicators.contests).toEqual([{ level: "municipal", participations: 3, prizeWinners: 1, winners: 1 }]);
    expect(indicators.contestants).toBe(3);
    expect(indicators.forms).toEqual([
      { kind: "webinar", signUps: 5, attended: 3 },
      { kind: "contest", signUps: 3, attended: 3 },
    ]);
    expect(indicators.signUps).toBe(8);
    expect(indicators.attended).toBe(6);
    expect(indicators.deficits).toEqual({ state: "none" });
  });

  it("take a past half-year's figures at its end, of the people registered by then; before anyone registered there is nothing", async () => {
    const H1_2026 = periodOf({ year: 2026, half: 1 }, "Asia/Omsk");
    const first = await computeIndicators(t.db, { scope: { kind: "s", id: a.id }, period: H1_2026, now: NOW, viewer: REGION_VIEWER });
    expect(first.at.getTime()).toBe(H1_2026.until.getTime() - 1);
    // The 2022 course is now over three years back; the record entered in October was not there yet.
    expect(first).toMatchObject({ teachers: 10, trained: { count: 4, share: 40 }, pendingTrainings: 0, planning: { count: 0 }, signUps: 0 });
    const before = await computeIndicators(t.db, { scope: { kind: "s", id: a.id }, period: periodOf({ year: 2025, half: 2 }, "Asia/Omsk"), now: NOW, viewer: REGION_VIEWER });
    expect(before).toMatchObject({ teachers: 0, trained: { count: 0 }, signUps: 0 });
  });

  it("widen to the municipality (school B's trained teacher joins) and give nothing for a municipality without people", async () => {
    const municipality = await computeIndicators(t.db, { scope: { kind: "m", id: a.municipalityId }, period: H2_2026, now: NOW, viewer: REGION_VIEWER });
    expect(municipality.teachers).toBe(13);
    expect(municipality.trained.count).toBe(5);
    const empty = await computeIndicators(t.db, { scope: { kind: "m", id: otherMunicipalityId }, period: H2_2026, now: NOW, viewer: REGION_VIEWER });
    expect(empty).toMatchObject({ teachers: 0, trained: { count: 0, share: 0 }, signUps: 0, forms: [], contests: [] });
  });
});
