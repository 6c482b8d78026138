// The example start time offered for an event made from a plan measure is one the next step accepts:
// after 15:00 on the measure's first day, the example moves to the next day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let methodologist: FakeUser;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  // 20:58 in Omsk on 30 November 2026.
  clock = new FakeClock(new Date("2026-11-30T14:58:00Z"));
  h = await createHarness({ db: t.db, clock });
  const row = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  await t.db.user.update({ where: { id: row.id }, data: { timezone: "Asia/Omsk" } });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(row.telegramId), languageCode: "ru" });
});
afterAll(() => t.drop());

describe("the start step of an event from a measure", () => {
  it("late on the measure's first day, offers tomorrow 15:00, and accepts it", async () => {
    const plan = await t.db.plan.create({ data: { identityKey: "title:план", title: "План", sourceName: "plan.txt" } });
    const measure = await t.db.measure.create({
      data: {
        planId: plan.id,
        number: "1",
        position: 1,
        title: "Семинар для наставников",
        schedule: "Октябрь – ноябрь 2026 г.",
        kind: "seminar",
        contentHash: "x",
        dates: { create: [{ start: new Date("2026-10-01T00:00:00Z"), end: new Date("2026-11-30T00:00:00Z") }] },
      },
    });
    await methodologist.send("/menu");
    await methodologist.pressData(`ev:frommeasure:${measure.id}`);
    await methodologist.press(/^✔️ /);
    await methodologist.press("● семинар");
    await methodologist.press("Пропустить");
    expect(methodologist.lastMessage().text).toContain("По плану: Октябрь – ноябрь 2026 г. Например: 01.12.2026 15:00");
    await methodologist.send("01.12.2026 15:00");
    expect(methodologist.lastMessage().text).not.toContain("Начало должно быть в будущем");
  });
});
