import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

describe("a person who blocks the bot", () => {
  it("is marked blocked when Telegram says so, and unmarked when they come back", async () => {
    const row = await createTeacher(t.db);
    const user = h.user({ id: Number(row.telegramId) });
    await user.blockBot();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).blockedAt).not.toBeNull();
    h.telegram.setBlocked(user.id, false);
    await user.sendUpdate({ my_chat_member: { old_chat_member: { status: "kicked", user: h.telegram.botUser, until_date: 0 }, new_chat_member: { status: "member", user: h.telegram.botUser } } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).blockedAt).toBeNull();
  });

  it("before consenting leaves nothing behind", async () => {
    const stranger = h.user();
    await stranger.blockBot();
    expect(await t.db.user.count({ where: { telegramId: BigInt(stranger.id) } })).toBe(0);
  });
});
