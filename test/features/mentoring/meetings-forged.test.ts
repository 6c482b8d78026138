// Forged and outdated buttons on a pair's meetings (issue #15, bad input): a teacher outside the
// pair, a pair or meeting id that does not exist, an ended pair, made-up data — each is told so,
// and nothing in the database changes.
import { describe, expect, it } from "vitest";
import { MEETING_DATA } from "../../../src/features/mentoring/meetings/callbacks.ts";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import type { FakeUser } from "../../support/harness.ts";

const HOUR = 3_600_000;
const START = new Date("2026-12-03T09:00:00Z");

const app = useApp({ clock: new FakeClock(START) });

async function person(fullName: string): Promise<{ u: FakeUser; id: number }> {
  const { u, row } = await teacherAtMenu(app, fullName);
  return { u, id: row.id };
}

const NOT_ALLOWED = "Это действие вам недоступно.";
const NOT_FOUND = "Не найдено: возможно, это уже изменили или удалили.";
const snapshot = () => app.t.db.pairMeeting.findMany({ orderBy: { id: "asc" } });

describe("forged meeting buttons", () => {
  it("a teacher outside the pair changes nothing and is told so", async () => {
    const mentor = await person("Иванова Мария Петровна");
    const mentee = await person("Петрова Анна Ивановна");
    const stranger = await person("Сидорова Ольга Павловна");
    const { id: pairId } = await app.t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "active", startedAt: START } });
    const ahead = await app.t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() + HOUR), topic: "Впереди" } });
    const begun = await app.t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() - HOUR), topic: "Началась" } });
    const held = await app.t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() - 2 * HOUR), topic: "Была", heldAt: START } });
    const before = await snapshot();

    for (const data of [
      MEETING_DATA.list(pairId),
      MEETING_DATA.listAsNew(pairId),
      MEETING_DATA.listPage(pairId, 1),
      MEETING_DATA.add(pairId),
      MEETING_DATA.share(pairId, "on"),
      MEETING_DATA.route(pairId, 0),
      MEETING_DATA.meeting(ahead.id),
      MEETING_DATA.move(ahead.id),
      MEETING_DATA.deleteAsk(ahead.id),
      MEETING_DATA.delete(ahead.id),
      MEETING_DATA.held(begun.id),
      MEETING_DATA.note(held.id),
    ]) {
      const shown = stranger.u.messages().length;
      await stranger.u.pressData(data);
      expect(stranger.u.lastAnswer(), data).toMatchObject({ text: NOT_ALLOWED, show_alert: true });
      expect(stranger.u.messages(), data).toHaveLength(shown);
    }
    expect(await snapshot()).toEqual(before);
    expect((await app.t.db.mentorPair.findUniqueOrThrow({ where: { id: pairId } })).routeShared).toBe(false);
    expect(await app.t.db.outboxMessage.count()).toBe(0);
  });

  it("staff over the mentee look at the plan, without notes, the route or buttons that act", async () => {
    const mentor = await person("Иванова Мария Петровна");
    const mentee = await person("Петрова Анна Ивановна");
    const { schoolId } = await app.t.db.user.findUniqueOrThrow({ where: { id: mentee.id } });
    const otherSchool = await app.t.db.school.findFirstOrThrow({ where: { id: { not: schoolId! } }, orderBy: { id: "asc" } });
    const coordinator = await person("Координатова Вера Ивановна");
    await app.t.db.roleGrant.create({ data: { userId: coordinator.id, role: "coordinator", schoolId, scopeKey: `s:${schoolId}` } });
    const elsewhere = await person("Чужая Нина Петровна");
    await app.t.db.roleGrant.create({ data: { userId: elsewhere.id, role: "coordinator", schoolId: otherSchool.id, scopeKey: `s:${otherSchool.id}` } });
    const { id: pairId } = await app.t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "active", startedAt: START, routeShared: true } });
    const held = await app.t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() - HOUR), topic: "Первая встреча", heldAt: START, note: "Личное: трудный класс" } });

    await coordinator.u.pressData(MEETING_DATA.list(pairId));
    const plan = coordinator.u.lastMessage();
    expect(plan.text).toContain("✅ четверг, 3 декабря, 14:00 (Омск) — Первая встреча");
    expect(plan.text).toContain("Встреч запланировано: 1, состоялось: 1");
    expect(plan.text).not.toContain("трудный класс");
    expect(plan.text).not.toContain("Маршрут");
    expect(plan.buttons).toEqual([["‹ Назад"]]);
    for (const data of [MEETING_DATA.meeting(held.id), MEETING_DATA.note(held.id), MEETING_DATA.route(pairId, 0), MEETING_DATA.add(pairId)]) {
      await coordinator.u.pressData(data);
      expect(coordinator.u.lastAnswer()?.text, data).toBe(NOT_ALLOWED);
    }
    await elsewhere.u.pressData(MEETING_DATA.list(pairId));
    expect(elsewhere.u.lastAnswer()?.text).toBe(NOT_ALLOWED);
  });

  it("ids that do not exist, an ended pair and made-up data are refused", async () => {
    const mentor = await person("Иванова Мария Петровна");
    const mentee = await person("Петрова Анна Ивановна");
    const { id: pairId } = await app.t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "ended", startedAt: START, endedAt: START } });
    const ahead = await app.t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() + HOUR), topic: "Осталась от пары" } });
    const before = await snapshot();

    await mentee.u.pressData(MEETING_DATA.list(999_999));
    expect(mentee.u.lastAnswer()?.text).toBe(NOT_FOUND);
    await mentee.u.pressData(MEETING_DATA.held(999_999));
    expect(mentee.u.lastAnswer()?.text).toBe(NOT_FOUND);

    // An ended pair's history is there to look at, without buttons that change it.
    await mentee.u.pressData(MEETING_DATA.list(pairId));
    const plan = mentee.u.lastMessage();
    expect(plan.text).toContain("Пара завершена: встречи можно только посмотреть.");
    expect(plan.buttons.flat()).not.toContain("➕ Назначить встречу");
    for (const data of [MEETING_DATA.add(pairId), MEETING_DATA.move(ahead.id), MEETING_DATA.delete(ahead.id), MEETING_DATA.share(pairId, "on")]) {
      await mentee.u.pressData(data);
      expect(mentee.u.lastAnswer()?.text, data).toBe("Пара больше не действует: встречи можно только посмотреть.");
    }

    // A proposed pair has no meetings to show yet.
    const { id: proposed } = await app.t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "proposed" } });
    await mentor.u.pressData(MEETING_DATA.list(proposed));
    expect(mentor.u.lastAnswer()?.text).toBe(NOT_FOUND);

    for (const data of ["mm:zz", "mm:m:1234567890", "mm:s:1:maybe", "mm:l:12:3"]) {
      await mentor.u.pressData(data);
      expect(mentor.u.lastAnswer()?.text, data).toBe("Эта кнопка устарела.");
    }
    expect(await snapshot()).toEqual(before);
  });
});
