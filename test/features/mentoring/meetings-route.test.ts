// The mentee's route and the mentor (issue #15, point 3): hidden until the mentee switches the
// consent on the meetings' screen (the mentor is told), then read-only for the mentor with the
// items done; switched off, hidden again. Nobody but the mentee switches it.
import { describe, expect, it } from "vitest";
import { MEETING_DATA } from "../../../src/features/mentoring/meetings/callbacks.ts";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import type { FakeUser } from "../../support/harness.ts";
import { createQuestionnaire } from "../diagnostics/take-support.ts";

const DAY = 24 * 3_600_000;
// Thursday 3 December 2026, 15:00 in Omsk.
const START = new Date("2026-12-03T09:00:00Z");

const app = useApp({ clock: new FakeClock(START) });

async function person(fullName: string): Promise<{ u: FakeUser; id: number }> {
  const { u, row } = await teacherAtMenu(app, fullName);
  return { u, id: row.id };
}

/** The mentee's saved route: one event attended, one ahead not signed up for. */
async function routeOf(userId: number) {
  const questionnaireId = await createQuestionnaire(app.t.db);
  const past = await makeEvent(app.t.db, { title: "Цифровая школа", startsAt: new Date(START.getTime() - 7 * DAY), areas: ["digital"] }, new Date(START.getTime() - 30 * DAY));
  const ahead = await makeEvent(app.t.db, { title: "Онлайн-урок <с нуля>", startsAt: new Date(START.getTime() + 7 * DAY), areas: ["digital"] }, START);
  await app.t.db.registration.create({ data: { eventId: past, userId, status: "registered", attended: true } });
  const attempt = await app.t.db.attempt.create({ data: { questionnaireId, userId, startedAt: START, finishedAt: START, scores: "{}" } });
  await app.t.db.route.create({
    data: { userId, attemptId: attempt.id, savedAt: START, items: { create: [past, ahead].map((eventId, position) => ({ area: "digital", eventId, title: "x", position })) } },
  });
}

describe("the mentee's route for the mentor", () => {
  it("is shown only while the mentee consents, read-only, with its items done", async () => {
    const mentor = await person("Иванова Мария Петровна");
    const mentee = await person("Петрова Анна Ивановна");
    const { id: pairId } = await app.t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "active", startedAt: START } });

    await mentor.u.pressData(MEETING_DATA.list(pairId));
    expect(mentor.u.lastMessage().text).toContain("Подопечный пока не показывает вам свой маршрут.");
    expect(mentor.u.lastMessage().buttons.flat()).not.toContain("🧭 Маршрут подопечного");
    expect(mentor.u.lastMessage().buttons.flat().some((label) => label.includes("Показывать мой маршрут"))).toBe(false);
    await mentor.u.pressData(MEETING_DATA.route(pairId, 0));
    expect(mentor.u.lastAnswer()).toMatchObject({ text: "Подопечный не показывает вам свой маршрут.", show_alert: true });
    // Only the mentee gives the consent, whatever the button says.
    await mentor.u.pressData(MEETING_DATA.share(pairId, "on"));
    expect(mentor.u.lastAnswer()?.text).toBe("Это действие вам недоступно.");
    expect((await app.t.db.mentorPair.findUniqueOrThrow({ where: { id: pairId } })).routeShared).toBe(false);

    await mentee.u.pressData(MEETING_DATA.list(pairId));
    expect(mentee.u.lastMessage().text).toContain("Ваш маршрут наставнику не виден.");
    await mentee.u.press("⬜ Показывать мой маршрут наставнику");
    expect(mentee.u.lastAnswer()?.text).toBe("Маршрут виден наставнику");
    expect(mentee.u.lastMessage().buttons.flat()).toContain("✅ Показывать мой маршрут наставнику");
    expect(mentee.u.lastMessage().text).toContain("Маршрут открыт наставнику, но ещё не сохранён.");
    expect((await app.t.db.mentorPair.findUniqueOrThrow({ where: { id: pairId } })).routeShared).toBe(true);
    expect(mentor.u.lastMessage().text).toBe("🧭 Петрова Анна Ивановна показывает вам свой индивидуальный маршрут. Он открывается и на экране встреч.");
    await mentor.u.press("🧭 Маршрут подопечного");
    expect(mentor.u.lastAnswer()?.text).toBe("У подопечного пока нет сохранённого маршрута.");

    await routeOf(mentee.id);
    await mentor.u.press("🧭 Маршрут подопечного");
    const route = mentor.u.lastMessage();
    expect(route.text).toContain("Маршрут подопечного");
    expect(route.text).toContain("Петрова Анна Ивановна · сохранён 3 декабря 2026");
    expect(route.text).toContain("Выполнено: 1 из 2");
    expect(route.text).toContain("Цифровые компетенции");
    expect(route.text).toContain("✅ 26 ноября 2026 · вебинар — Цифровая школа");
    expect(route.text).toContain("▫️ 10 декабря 2026 · вебинар — Онлайн-урок <с нуля>");
    // Read-only: no sign-up or file buttons, which are the mentee's.
    expect(route.buttons).toEqual([["‹ К встречам"]]);
    await mentor.u.press("‹ К встречам");
    expect(mentor.u.lastMessage().text).toContain("🧭 Маршрут подопечного: выполнено 1 из 2");
    expect(mentor.u.lastMessage().buttons.flat()).toContain("🧭 Маршрут подопечного");
    await mentee.u.pressData(MEETING_DATA.list(pairId));
    expect(mentee.u.lastMessage().text).toContain("🧭 Маршрут подопечного: выполнено 1 из 2");

    // Switched off: hidden again, and an old button of the mentor's shows nothing.
    const told = mentor.u.messages().length;
    await mentee.u.press("✅ Показывать мой маршрут наставнику");
    expect(mentee.u.lastAnswer()?.text).toBe("Маршрут скрыт от наставника");
    expect(mentee.u.lastMessage().buttons.flat()).toContain("⬜ Показывать мой маршрут наставнику");
    expect(mentor.u.messages()).toHaveLength(told);
    await mentor.u.pressData(MEETING_DATA.route(pairId, 0));
    expect(mentor.u.lastAnswer()?.text).toBe("Подопечный не показывает вам свой маршрут.");
    // An old "off" again changes nothing.
    await mentee.u.pressData(MEETING_DATA.share(pairId, "off"));
    expect((await app.t.db.mentorPair.findUniqueOrThrow({ where: { id: pairId } })).routeShared).toBe(false);
  });
});
