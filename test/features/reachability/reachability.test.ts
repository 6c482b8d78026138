import { describe, expect, it } from "vitest";
import { useApp } from "../../support/app.ts";
import { createTeacher } from "../../support/factories.ts";

const app = useApp();

describe("a person who blocks the bot", () => {
  it("is marked blocked when Telegram says so, and unmarked when they come back", async () => {
    const row = await createTeacher(app.t.db);
    const user = app.h.user({ id: Number(row.telegramId) });
    await user.blockBot();
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).blockedAt).not.toBeNull();
    app.h.telegram.setBlocked(user.id, false);
    await user.sendUpdate({ my_chat_member: { old_chat_member: { status: "kicked", user: app.h.telegram.botUser, until_date: 0 }, new_chat_member: { status: "member", user: app.h.telegram.botUser } } });
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).blockedAt).toBeNull();
  });

  it("before consenting leaves nothing behind", async () => {
    const stranger = app.h.user();
    await stranger.blockBot();
    expect(await app.t.db.user.count({ where: { telegramId: BigInt(stranger.id) } })).toBe(0);
  });
});
