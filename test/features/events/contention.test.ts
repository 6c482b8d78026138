import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../../src/db/client.ts";
import type { Person } from "../../../src/core/audience.ts";
import { cancelRegistration, registerForEvent } from "../../../src/features/events/registration.ts";
import { CONSENT_VERSION } from "../../../src/features/profile/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { testProvider } from "../../support/db-names.ts";

const PEOPLE = 200;
const SEATS = 20;

let t: TestDb;
let clients: Db[] = [];
let persons: Person[] = [];

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  const school = await t.db.school.findFirstOrThrow();
  await t.db.user.createMany({
    data: Array.from({ length: PEOPLE }, (_, i) => ({
      telegramId: BigInt(9_000_000_000 + i),
      consentVersion: CONSENT_VERSION,
      consentAt: new Date(),
      fullName: `Учитель ${i}`,
      municipalityId: school.municipalityId,
      schoolId: school.id,
      teachingSince: 2010,
      onboardedAt: new Date(),
    })),
  });
  const users = await t.db.user.findMany({ where: { telegramId: { gte: 9_000_000_000n } }, orderBy: { id: "asc" } });
  persons = users.map((user) => ({ userId: user.id, municipalityId: user.municipalityId, schoolId: user.schoolId, subjects: [], roles: ["teacher"], young: false, timezone: null }));
  // Separate clients, so the sign-ups really run on separate connections at once.
  clients = testProvider() === "postgres" ? await Promise.all(Array.from({ length: 4 }, () => createDb(t.url))) : [t.db];
});
afterAll(async () => {
  for (const client of clients) if (client !== t.db) await client.$disconnect();
  await t.drop();
});

describe(`${PEOPLE} people sign up at the same moment for ${SEATS} seats`, () => {
  it("registers exactly the capacity, waitlists the rest in a consistent order, and shows nobody an error", async () => {
    const eventId = await makeEvent(t.db, { capacity: SEATS });
    const now = new Date();
    const results = await Promise.allSettled(persons.map((person, i) => registerForEvent(clients[i % clients.length]!, { eventId, person, now })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const outcomes = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(outcomes.filter((o) => o?.status === "registered")).toHaveLength(SEATS);
    const places = outcomes.filter((o) => o?.status === "waitlisted").map((o) => o!.place).sort((a, b) => a! - b!);
    expect(places).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));

    const event = await t.db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.seatsTaken).toBe(SEATS);
    expect(await t.db.registration.count({ where: { eventId, status: "registered" } })).toBe(SEATS);

    const registered = await t.db.registration.findMany({ where: { eventId, status: "registered" }, take: 5, orderBy: { id: "asc" } });
    const firstWaiting = await t.db.registration.findMany({ where: { eventId, status: "waitlisted" }, orderBy: { waitlistPosition: "asc" }, take: 5 });
    const cancellations = await Promise.all(
      registered.map((row, i) => cancelRegistration(clients[i % clients.length]!, { eventId, userId: row.userId!, now })),
    );
    expect(cancellations.map((c) => c.promoted?.userId).sort()).toEqual(firstWaiting.map((row) => row.userId).sort());
    expect(await t.db.registration.count({ where: { eventId, status: "registered" } })).toBe(SEATS);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).seatsTaken).toBe(SEATS);
  }, 60_000);

  it("a double tap to sign up again after cancelling registers once and shows no error", async () => {
    const eventId = await makeEvent(t.db, { capacity: 5 });
    const person = persons[0]!;
    const now = new Date();
    for (let round = 0; round < 10; round++) {
      await registerForEvent(t.db, { eventId, person, now });
      await cancelRegistration(t.db, { eventId, userId: person.userId, now });
      const taps = await Promise.all([0, 1, 2].map((i) => registerForEvent(clients[i % clients.length]!, { eventId, person, now })));
      expect(taps.map((tap) => tap.status)).toEqual(["registered", "registered", "registered"]);
      expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).seatsTaken).toBe(1);
      await cancelRegistration(t.db, { eventId, userId: person.userId, now });
    }
  }, 60_000);
});
