// The audience answered both ways must agree: the people an audience reaches are exactly those
// for whom an event with that audience shows up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audiencePage, countAudience, EVERYONE, eventsForWhere, isMeantFor, type Audience } from "../../src/core/audience.ts";
import { loadMember, type Member } from "../../src/core/member.ts";
import { CONSENT_VERSION } from "../../src/features/profile/service.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { makeEvent } from "../support/events.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
let t: TestDb;
let members: Member[];
let schools: { id: number; municipalityId: number }[];

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  schools = await t.db.school.findMany({ orderBy: { id: "asc" }, take: 40, select: { id: true, municipalityId: true } });
  const subjects = ["math", "physics", "history"];
  const ids: number[] = [];
  for (let i = 0; i < 36; i++) {
    const school = schools[(i * 7) % schools.length]!;
    const user = await t.db.user.create({
      data: {
        telegramId: BigInt(6_100_000_000 + i),
        consentVersion: CONSENT_VERSION,
        consentAt: NOW,
        fullName: `Учитель ${i}`,
        municipalityId: school.municipalityId,
        schoolId: school.id,
        teachingSince: 2026 - (i % 6),
        onboardedAt: i === 35 ? null : NOW,
        subjects: { create: subjects.filter((_, k) => (i >> k) & 1).map((subject) => ({ subject })) },
        roles: i % 5 === 0 ? { create: [{ role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` }] } : undefined,
      },
    });
    ids.push(user.id);
  }
  members = (await Promise.all(ids.map((id) => loadMember(t.db, { id }, { adminIds: [], now: NOW })))).filter((m): m is Member => m !== null && m.onboarded);
});
afterAll(() => t.drop());

const AUDIENCES: [string, Audience][] = [
  ["everyone", EVERYONE],
  ["one municipality", { ...EVERYONE, municipalityIds: [1] }],
  ["two schools or a municipality", { ...EVERYONE, municipalityIds: [2], schoolIds: [8, 15] }],
  ["physics or history teachers", { ...EVERYONE, subjects: ["physics", "history"] }],
  ["coordinators", { ...EVERYONE, roles: ["coordinator"] }],
  ["young teachers of a municipality who teach math", { ...EVERYONE, municipalityIds: [1, 3], subjects: ["math"], youngOnly: true }],
];

describe("an audience, both ways", () => {
  it.each(AUDIENCES)("%s: the people reached are those who see the event", async (_, audience) => {
    const eventId = await makeEvent(t.db, { audience }, NOW);
    const seeing = [];
    for (const member of members) {
      if ((await t.db.event.count({ where: { id: eventId, ...eventsForWhere(member) } })) === 1) seeing.push(member.userId);
    }
    const reached = [];
    for (let afterId = 0; ; ) {
      const page = await audiencePage(t.db, audience, NOW, { afterId, take: 7 });
      if (page.length === 0) break;
      reached.push(...page.map((row) => row.id));
      afterId = page.at(-1)!.id;
    }
    expect(seeing.length).toBeGreaterThan(0);
    if (audience !== EVERYONE) expect(seeing.length).toBeLessThan(members.length);
    expect(reached).toEqual(seeing);
    expect(await countAudience(t.db, audience, NOW)).toBe(seeing.length);
    // The same rule on an audience already read (the menu's check of open questionnaires).
    expect(members.filter((member) => isMeantFor(audience, member)).map((member) => member.userId)).toEqual(seeing);
  });

  it("stops counting a teacher as young once three years have passed", async () => {
    const young = { ...EVERYONE, youngOnly: true };
    const now = await countAudience(t.db, young, NOW);
    expect(now).toBe(members.filter((m) => m.young).length);
    expect(await countAudience(t.db, young, new Date("2027-01-02T00:00:00Z"))).toBeLessThan(now);
  });
});
