import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeStaleConversations } from "../../src/jobs/housekeeping.ts";
import { holdPreview, purgeStalePreviews, readPreview } from "../../src/features/plans/pending.ts";
import { createTestDb, type TestDb } from "../support/db.ts";
import { createTeacher } from "../support/factories.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

const DAY = 86_400_000;
const emptyPlan = { plan: { title: "План", issuer: null, number: null, date: null, period: null }, sections: [], measures: [], obligations: [], warnings: [] };

describe("housekeeping", () => {
  it("drops, after a day, a conversation of someone who never consented, but keeps a registered person's", async () => {
    const person = await createTeacher(t.db);
    await t.db.conversationState.createMany({ data: [{ key: `chat:${person.telegramId}`, value: "{}" }, { key: "chat:424242", value: "{}" }] });
    expect(await purgeStaleConversations(t.db, new Date(Date.now() + 2 * 3_600_000))).toBe(0);
    expect(await purgeStaleConversations(t.db, new Date(Date.now() + 25 * 3_600_000))).toBe(1);
    expect((await t.db.conversationState.findMany()).map((row) => row.key)).toEqual([`chat:${person.telegramId}`]);
    await t.db.conversationState.deleteMany();
  });

  it("drops conversations untouched for 30 days and keeps recent ones", async () => {
    await t.db.conversationState.createMany({ data: [{ key: "chat:1", value: "{}" }, { key: "chat:2", value: "{}" }] });
    const now = new Date();
    expect(await purgeStaleConversations(t.db, now)).toBe(0);
    expect(await purgeStaleConversations(t.db, new Date(now.getTime() + 31 * DAY))).toBe(2);
    expect(await t.db.conversationState.count()).toBe(0);
  });

  it("drops plan previews nobody saved within a day", async () => {
    const user = await createTeacher(t.db);
    const kept = await holdPreview(t.db, { userId: user.id, fileName: "a.txt", parsed: emptyPlan, basedOn: null });
    expect(await purgeStalePreviews(t.db, new Date())).toBe(0);
    expect(await purgeStalePreviews(t.db, new Date(Date.now() + 2 * DAY))).toBe(1);
    expect(await readPreview(t.db, { id: kept, userId: user.id })).toBeNull();
  });

  it("a preview is read only by its owner", async () => {
    const owner = await createTeacher(t.db);
    const other = await createTeacher(t.db);
    const id = await holdPreview(t.db, { userId: owner.id, fileName: "a.txt", parsed: emptyPlan, basedOn: null });
    expect(await readPreview(t.db, { id, userId: other.id })).toBeNull();
    expect(await readPreview(t.db, { id, userId: owner.id })).toEqual({ fileName: "a.txt", parsed: emptyPlan, basedOn: null });
  });
});
