import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerForEvent } from "../../../src/features/events/registration.ts";
import { deleteUserData } from "../../../src/features/profile/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

describe("deleting one's data (152-FZ)", () => {
  it("removes the person and what identifies them, and keeps anonymous sign-up and attendance counts", async () => {
    const now = new Date();
    const user = await createTeacher(t.db, { fullName: "Удаляемая Ольга" });
    const past = await makeEvent(t.db, { startsAt: new Date(now.getTime() + 60_000), capacity: 10 }, now);
    const upcoming = await makeEvent(t.db, { capacity: 10 }, now);
    for (const eventId of [past, upcoming]) await registerForEvent(t.db, { eventId, person: await memberOf(t.db, user.id), now });
    await t.db.registration.updateMany({ where: { eventId: past }, data: { attended: true } });
    await t.db.outboxMessage.create({
      data: { dedupeKey: "x", source: "test", userId: user.id, chatId: user.telegramId, payload: "{}", notBefore: now, nextAttemptAt: now },
    });

    const later = new Date(now.getTime() + 2 * 60_000);
    await deleteUserData(t.db, { telegramId: user.telegramId, conversationKey: `chat:${user.telegramId}`, now: later });

    expect(await t.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await t.db.outboxMessage.count({ where: { source: "test" } })).toBe(0);
    const rows = await t.db.registration.findMany({ where: { eventId: { in: [past, upcoming] } }, orderBy: { eventId: "asc" } });
    expect(rows.map((row) => ({ eventId: row.eventId, userId: row.userId, status: row.status, attended: row.attended }))).toEqual([
      { eventId: past, userId: null, status: "registered", attended: true },
      { eventId: upcoming, userId: null, status: "cancelled", attended: false },
    ]);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: upcoming } })).seatsTaken).toBe(0);
  });
});
