import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Person, EVERYONE } from "../../../src/core/audience.ts";
import { cancelRegistration, registerForEvent } from "../../../src/features/events/registration.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

async function people(n: number): Promise<Person[]> {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(await createTeacher(t.db));
  return Promise.all(rows.map(async (row) => await memberOf(t.db, row.id)));
}

const statuses = (eventId: number) =>
  t.db.registration.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { userId: true, status: true, waitlistPosition: true } });

describe("sign-up", () => {
  it("fills the seats, then the waitlist in order; a double tap registers once", async () => {
    const eventId = await makeEvent(t.db, { capacity: 2 });
    const [a, b, c, d] = await people(4);
    const now = new Date();
    expect(await registerForEvent(t.db, { eventId, person: a!, now })).toEqual({ status: "registered", place: null, already: false });
    expect(await registerForEvent(t.db, { eventId, person: a!, now })).toEqual({ status: "registered", place: null, already: true });
    expect(await registerForEvent(t.db, { eventId, person: b!, now })).toMatchObject({ status: "registered" });
    expect(await registerForEvent(t.db, { eventId, person: c!, now })).toEqual({ status: "waitlisted", place: 1, already: false });
    expect(await registerForEvent(t.db, { eventId, person: d!, now })).toEqual({ status: "waitlisted", place: 2, already: false });
    expect(await registerForEvent(t.db, { eventId, person: d!, now })).toEqual({ status: "waitlisted", place: 2, already: true });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).seatsTaken).toBe(2);
  });

  it("a cancellation promotes the first waiting person; giving that seat back promotes the next", async () => {
    const eventId = await makeEvent(t.db, { capacity: 1 });
    const [a, b, c] = await people(3);
    const now = new Date();
    for (const person of [a!, b!, c!]) await registerForEvent(t.db, { eventId, person, now });
    const first = await cancelRegistration(t.db, { eventId, userId: a!.userId, now });
    expect(first).toMatchObject({ was: "registered", promoted: { userId: b!.userId } });
    const second = await cancelRegistration(t.db, { eventId, userId: b!.userId, now });
    expect(second).toMatchObject({ was: "registered", promoted: { userId: c!.userId } });
    expect(await statuses(eventId)).toEqual([
      { userId: a!.userId, status: "cancelled", waitlistPosition: null },
      { userId: b!.userId, status: "cancelled", waitlistPosition: null },
      { userId: c!.userId, status: "registered", waitlistPosition: null },
    ]);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).seatsTaken).toBe(1);
    expect(await cancelRegistration(t.db, { eventId, userId: a!.userId, now })).toEqual({ was: null, promoted: null });
  });

  it("leaving the waitlist frees no seat; coming back joins its end, behind those still waiting", async () => {
    const eventId = await makeEvent(t.db, { capacity: 1 });
    const [a, b, c] = await people(3);
    const now = new Date();
    for (const person of [a!, b!, c!]) await registerForEvent(t.db, { eventId, person, now });
    expect(await cancelRegistration(t.db, { eventId, userId: b!.userId, now })).toEqual({ was: "waitlisted", promoted: null });
    expect(await registerForEvent(t.db, { eventId, person: b!, now })).toEqual({ status: "waitlisted", place: 2, already: false });
    expect(await cancelRegistration(t.db, { eventId, userId: a!.userId, now })).toMatchObject({ promoted: { userId: c!.userId } });
  });

  it("refuses past, cancelled, closed and unknown events and people outside the audience", async () => {
    const [a] = await people(1);
    const now = new Date();
    const closed = await makeEvent(t.db, { registrationDeadline: new Date(now.getTime() + 1000) });
    await expect(registerForEvent(t.db, { eventId: closed, person: a!, now: new Date(now.getTime() + 2000) })).rejects.toMatchObject({ code: "registration-closed" });
    const past = await makeEvent(t.db);
    await expect(registerForEvent(t.db, { eventId: past, person: a!, now: new Date(now.getTime() + 30 * 86_400_000) })).rejects.toMatchObject({ code: "event-past" });
    const cancelled = await makeEvent(t.db);
    await t.db.event.update({ where: { id: cancelled }, data: { cancelledAt: now } });
    await expect(registerForEvent(t.db, { eventId: cancelled, person: a!, now })).rejects.toMatchObject({ code: "event-cancelled" });
    await expect(registerForEvent(t.db, { eventId: 999_999, person: a!, now })).rejects.toMatchObject({ code: "event-not-found" });
    const forChemists = await makeEvent(t.db, { audience: { ...EVERYONE, subjects: ["chemistry"] } });
    await expect(registerForEvent(t.db, { eventId: forChemists, person: a!, now })).rejects.toMatchObject({ code: "not-in-audience" });
    expect(await t.db.registration.count({ where: { userId: a!.userId } })).toBe(0);
  });
});

describe("audience", () => {
  it("matches place, subjects, roles and young teachers together", async () => {
    const [teacher] = await people(1);
    const school = await t.db.school.findUniqueOrThrow({ where: { id: teacher!.schoolId! } });
    const otherMunicipality = await t.db.municipality.findFirstOrThrow({ where: { id: { not: school.municipalityId } } });
    const now = new Date();
    const cases: [Parameters<typeof makeEvent>[1], boolean][] = [
      [{}, true],
      [{ audience: { ...EVERYONE, municipalityIds: [school.municipalityId] } }, true],
      [{ audience: { ...EVERYONE, municipalityIds: [otherMunicipality.id], schoolIds: [school.id] } }, true],
      [{ audience: { ...EVERYONE, municipalityIds: [otherMunicipality.id] } }, false],
      [{ audience: { ...EVERYONE, subjects: ["math", "physics"] } }, true],
      [{ audience: { ...EVERYONE, subjects: ["math"], municipalityIds: [otherMunicipality.id] } }, false],
      [{ audience: { ...EVERYONE, roles: ["methodologist"] } }, false],
      [{ audience: { ...EVERYONE, roles: ["teacher"] } }, true],
      [{ audience: { ...EVERYONE, youngOnly: true } }, false],
    ];
    for (const [overrides, expected] of cases) {
      const eventId = await makeEvent(t.db, overrides);
      const result = await registerForEvent(t.db, { eventId, person: teacher!, now }).then(() => true, () => false);
      expect({ overrides, result }).toEqual({ overrides, result: expected });
    }
    expect((await registerForEvent(t.db, { eventId: await makeEvent(t.db, { audience: { ...EVERYONE, youngOnly: true } }), person: { ...teacher!, young: true }, now })).status).toBe("registered");
  });
});
