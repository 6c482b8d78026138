// The organiser enters contest results on the attendance screen: only for those marked present,
// only at contests, only with "events.manage" (issue #14, point 3).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { setContestResult } from "../../../src/features/events/attendance.ts";

let t: TestDb;
let h: AppHarness;
let organiser: FakeUser;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const row = await createTeacher(t.db, { fullName: "Методистова Елена Петровна" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  organiser = h.user({ id: Number(row.telegramId), languageCode: "ru" });
});
afterAll(() => t.drop());

async function teacher(fullName: string) {
  const row = await createTeacher(t.db, { fullName });
  return { row, u: h.user({ id: Number(row.telegramId), languageCode: "ru" }) };
}

async function signUp(eventId: number, u: FakeUser) {
  await u.send(`/start event_${eventId}`);
  await u.press("✍️ Записаться");
}

const registration = (eventId: number, userId: number) => t.db.registration.findFirstOrThrow({ where: { eventId, userId } });

describe("contest results", () => {
  it("are set by the organiser for those who came, a tap moving each on, and survive a mis-tap on the attendance mark", async () => {
    const contest = await makeEvent(t.db, { title: "Конкурс «Педагогический дебют»", kind: "contest", level: "municipal" });
    const anna = await teacher("Аннина Анна");
    const boris = await teacher("Борисов Борис");
    await signUp(contest, anna.u);
    await signUp(contest, boris.u);
    expect(anna.u.messages().at(-2)!.text).toContain("🏆 муниципальный уровень");

    await organiser.send(`/start event_${contest}`);
    await organiser.press("✔️ Отметить посещаемость");
    expect(organiser.lastMessage().text).toContain("Рядом с теми, кто был, — их результат");
    expect(organiser.lastMessage().buttons.slice(0, 2)).toEqual([["▫️ Аннина Анна"], ["▫️ Борисов Борис"]]);
    await organiser.press("▫️ Аннина Анна");
    expect(organiser.lastMessage().buttons.slice(0, 2)).toEqual([["✅ Аннина Анна", "👤 участник"], ["▫️ Борисов Борис"]]);

    await organiser.press("👤 участник");
    expect(organiser.lastAnswer()?.text).toBe("Результат: призёр");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Аннина Анна", "🥈 призёр"]);
    expect((await registration(contest, anna.row.id)).result).toBe("prize-winner");
    await organiser.press("🥈 призёр");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Аннина Анна", "🥇 победитель"]);
    expect((await registration(contest, anna.row.id)).result).toBe("winner");
    await anna.u.send("/menu");
    await anna.u.press("🎫 Мои записи");
    expect(anna.u.lastMessage().text).toContain("· 🥇 победитель");
    await organiser.press("🥇 победитель");
    expect(organiser.lastAnswer()?.text).toBe("Результат: участник");
    expect((await registration(contest, anna.row.id)).result).toBeNull();

    await organiser.press("👤 участник");
    await organiser.press("✅ Аннина Анна");
    expect(organiser.lastMessage().buttons[0]).toEqual(["▫️ Аннина Анна"]);
    expect(await registration(contest, anna.row.id)).toMatchObject({ attended: false, result: "prize-winner" });
    await anna.u.send("/menu");
    await anna.u.press("🎫 Мои записи");
    expect(anna.u.lastMessage().text).not.toContain("призёр");
    // Marked present again: the result entered before is back.
    await organiser.press("▫️ Аннина Анна");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Аннина Анна", "🥈 призёр"]);
  });

  it("keep the page they were set on", async () => {
    const contest = await makeEvent(t.db, { title: "Конкурс с длинным списком", kind: "contest" });
    for (let index = 1; index <= 9; index++) {
      const row = await createTeacher(t.db, { fullName: `Участникова ${String(index).padStart(2, "0")}` });
      await t.db.registration.create({ data: { eventId: contest, userId: row.id, status: "registered", attended: true } });
    }
    await t.db.event.update({ where: { id: contest }, data: { seatsTaken: 9 } });
    await organiser.send(`/start event_${contest}`);
    await organiser.press("✔️ Отметить посещаемость");
    await organiser.press("›");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Участникова 09", "👤 участник"]);
    await organiser.press("👤 участник");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Участникова 09", "🥈 призёр"]);
    expect(organiser.lastMessage().buttons.flat()).toContain("2/2");
  });

  it("are not offered at other events, and forged buttons change nothing and say why", async () => {
    const contest = await makeEvent(t.db, { title: "Конкурс «Классный руководитель»", kind: "contest" });
    const other = await makeEvent(t.db, { title: "Другой конкурс", kind: "contest" });
    const webinar = await makeEvent(t.db, { title: "Вебинар", kind: "webinar" });
    const vera = await teacher("Верина Вера");
    const absent = await t.db.registration.create({ data: { eventId: contest, userId: vera.row.id, status: "registered" } });
    const elsewhere = await t.db.registration.create({ data: { eventId: other, userId: vera.row.id, status: "registered", attended: true } });
    const atWebinar = await t.db.registration.create({ data: { eventId: webinar, userId: vera.row.id, status: "registered", attended: true } });

    await organiser.send(`/start event_${webinar}`);
    await organiser.press("✔️ Отметить посещаемость");
    expect(organiser.lastMessage().buttons[0]).toEqual(["✅ Верина Вера"]);
    expect(organiser.lastMessage().text).not.toContain("результат");

    await organiser.pressData(`ev:att:r:${webinar}:${atWebinar.id}:winner:0`);
    expect(organiser.lastAnswer()).toMatchObject({ text: "Результаты отмечают только на конкурсах.", show_alert: true });
    await organiser.pressData(`ev:att:r:${contest}:${elsewhere.id}:winner:0`);
    expect(organiser.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили.", show_alert: true });
    await organiser.pressData(`ev:att:r:${contest}:${absent.id}:winner:0`);
    expect(organiser.lastAnswer()).toMatchObject({ text: "Сначала отметьте, что человек был: результат бывает только у тех, кто участвовал.", show_alert: true });

    await t.db.registration.update({ where: { id: absent.id }, data: { attended: true } });
    await vera.u.send("/menu");
    await vera.u.pressData(`ev:att:r:${contest}:${absent.id}:winner:0`);
    expect(vera.u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });

    const rows = await t.db.registration.findMany({ where: { id: { in: [absent.id, elsewhere.id, atWebinar.id] } }, select: { result: true } });
    expect(rows.map((row) => row.result)).toEqual([null, null, null]);
  });

  it("are refused by the service for a cancelled registration", async () => {
    const contest = await makeEvent(t.db, { title: "Конкурс с отменой", kind: "contest" });
    const row = await createTeacher(t.db);
    const cancelled = await t.db.registration.create({ data: { eventId: contest, userId: row.id, status: "cancelled", attended: true } });
    expect(await setContestResult(t.db, { eventId: contest, registrationId: cancelled.id, result: "winner" })).toEqual({ refused: "not-found" });
    expect(await setContestResult(t.db, { eventId: contest + 1000, registrationId: cancelled.id, result: "winner" })).toEqual({ refused: "not-found" });
  });
});
