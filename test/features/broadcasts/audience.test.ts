// Who an announcement reaches (issue #10, points 2 and 9): people who muted announcements of its
// kind are left out, the region's muting only the region's and the municipality's only the
// municipality's; people who blocked the bot are left out and counted apart, whatever they muted.
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERYBODY, countReach, recipientsWhere, type Scope } from "../../../src/features/broadcasts/audience.ts";
import { saveBroadcast, startBroadcast } from "../../../src/features/broadcasts/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";

let t: TestDb;
const people: Record<string, number> = {};
let municipal: Scope;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  const make = async (name: string, data: { muteRegional?: boolean; muteMunicipal?: boolean; blockedAt?: Date }) => {
    const row = await createTeacher(t.db, { fullName: name });
    await t.db.user.update({ where: { id: row.id }, data });
    people[name] = row.id;
    return row;
  };
  const plain = await make("plain", {});
  await make("mutedRegional", { muteRegional: true });
  await make("mutedMunicipal", { muteMunicipal: true });
  await make("blocked", { blockedAt: new Date() });
  await make("blockedAndMuted", { blockedAt: new Date(), muteRegional: true, muteMunicipal: true });
  // Someone of another municipality: the region's, never a coordinator's of the first.
  const elsewhere = await t.db.school.findFirstOrThrow({ where: { municipalityId: { not: plain.municipalityId! } } });
  const far = await make("elsewhere", {});
  await t.db.user.update({ where: { id: far.id }, data: { municipalityId: elsewhere.municipalityId, schoolId: elsewhere.id } });
  municipal = { kind: "municipal", municipalityIds: [plain.municipalityId!], schoolIds: [] };
});
afterAll(() => t.drop());

const REGIONAL: Scope = { kind: "regional" };
const names = (ids: number[]) => Object.entries(people).filter(([, id]) => ids.includes(id)).map(([name]) => name).sort();

describe("the reach of an announcement", () => {
  it("of the region skips those who muted the region's, keeps those who muted only their municipality's, counts blocked apart", async () => {
    expect(await countReach(t.db, EVERYBODY, REGIONAL, new Date())).toEqual({ recipients: 3, blocked: 2, muted: 1 });
    const reached = await t.db.user.findMany({ where: recipientsWhere(EVERYBODY, REGIONAL, new Date()), select: { id: true } });
    expect(names(reached.map((row) => row.id))).toEqual(["elsewhere", "mutedMunicipal", "plain"]);
  });

  it("of a municipality skips those who muted their municipality's, keeps those who muted only the region's", async () => {
    expect(await countReach(t.db, EVERYBODY, municipal, new Date())).toEqual({ recipients: 2, blocked: 2, muted: 1 });
    const reached = await t.db.user.findMany({ where: recipientsWhere(EVERYBODY, municipal, new Date()), select: { id: true } });
    expect(names(reached.map((row) => row.id))).toEqual(["mutedRegional", "plain"]);
  });

  it("is whom a started announcement queues a message for, no one else", async () => {
    const author = people.plain!;
    for (const [scope, expected] of [
      [REGIONAL, ["elsewhere", "mutedMunicipal", "plain"]],
      [municipal, ["mutedRegional", "plain"]],
    ] as const) {
      const id = await saveBroadcast(
        t.db,
        { authorId: author, scope, copy: { kind: "text", text: "Объявление", entities: [], previewOff: false }, buttons: [], audience: EVERYBODY, urgent: true },
        { at: null, now: new Date() },
      );
      expect(await startBroadcast(t.db, id, new Date(), { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS })).toBe(expected.length);
      const rows = await t.db.outboxMessage.findMany({ where: { broadcastId: id }, select: { userId: true } });
      expect(names(rows.map((row) => row.userId))).toEqual(expected);
    }
  });
});
