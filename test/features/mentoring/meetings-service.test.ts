// The meetings' rules without Telegram: who may plan, move and cancel, what a start and a topic
// must be, "took place" recorded once even when both tap at once, the note's rules, the consent
// told once, and the progress the plan shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordHeld, saveNote } from "../../../src/features/mentoring/meetings/held.ts";
import { pairPlan, setRouteShared } from "../../../src/features/mentoring/meetings/progress.ts";
import { addMeeting, deleteMeeting, moveMeeting } from "../../../src/features/mentoring/meetings/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

async function pair(status = "active") {
  const mentor = await createTeacher(t.db, { fullName: "Иванова Мария Петровна" });
  const mentee = await createTeacher(t.db, { fullName: "Петрова Анна Ивановна" });
  const row = await t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status, startedAt: new Date(NOW.getTime() - 20 * DAY) } });
  return { mentorId: mentor.id, menteeId: mentee.id, pairId: row.id };
}

const outboxOf = (userId: number) => t.db.outboxMessage.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { dedupeKey: true, payload: true } });

describe("planning meetings", () => {
  it("either of a working pair plans one and the other is told; anyone else, or a bad start or topic, changes nothing", async () => {
    const { mentorId, menteeId, pairId } = await pair();
    const stranger = await createTeacher(t.db);
    const ended = await pair("ended");
    const at = new Date(NOW.getTime() + DAY);
    const plan = (userId: number, over: Partial<{ pairId: number; startsAt: Date; topic: string }> = {}) => addMeeting(t.db, { pairId, userId, startsAt: at, topic: "Тема", now: NOW, ...over });

    expect(await plan(stranger.id)).toEqual({ ok: false, refusal: "not-allowed" });
    expect(await plan(ended.mentorId, { pairId: ended.pairId })).toEqual({ ok: false, refusal: "pair-inactive" });
    expect(await plan(mentorId, { pairId: 999_999 })).toEqual({ ok: false, refusal: "not-found" });
    expect(await plan(mentorId, { topic: "   " })).toEqual({ ok: false, refusal: "topic" });
    expect(await plan(mentorId, { topic: "т".repeat(201) })).toEqual({ ok: false, refusal: "topic" });
    expect(await plan(mentorId, { startsAt: NOW })).toEqual({ ok: false, refusal: "past" });
    expect(await plan(mentorId, { startsAt: new Date(NOW.getTime() + 367 * DAY) })).toEqual({ ok: false, refusal: "too-far" });
    expect(await t.db.pairMeeting.count({ where: { pairId } })).toBe(0);

    const added = await plan(mentorId, { topic: "  Анализ урока  " });
    expect(added.ok).toBe(true);
    const meetingId = added.ok ? added.value : 0;
    expect(await t.db.pairMeeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ topic: "Анализ урока", createdById: mentorId, startsAt: at });
    expect(await outboxOf(mentorId)).toEqual([]);
    const [told] = await outboxOf(menteeId);
    expect(told!.dedupeKey).toBe(`meeting:${meetingId}/added/${menteeId}`);
    expect(JSON.parse(told!.payload)).toMatchObject({ key: "meetings-added-notice", args: { role: "mentor", name: "Иванова Мария Петровна", topic: "Анализ урока" } });

    // Moved twice: told twice; a stranger neither moves nor cancels it.
    expect(await moveMeeting(t.db, { meetingId, userId: stranger.id, startsAt: new Date(at.getTime() + HOUR), now: NOW })).toEqual({ ok: false, refusal: "not-allowed" });
    expect(await deleteMeeting(t.db, { meetingId, userId: stranger.id, now: NOW })).toEqual({ ok: false, refusal: "not-allowed" });
    await moveMeeting(t.db, { meetingId, userId: menteeId, startsAt: new Date(at.getTime() + HOUR), now: NOW });
    await moveMeeting(t.db, { meetingId, userId: menteeId, startsAt: at, now: new Date(NOW.getTime() + 1000) });
    expect((await outboxOf(mentorId)).map((row) => JSON.parse(row.payload).key)).toEqual(["meetings-moved-notice", "meetings-moved-notice"]);
    // Once it has begun it stays.
    expect(await deleteMeeting(t.db, { meetingId, userId: menteeId, now: new Date(at.getTime() + 1) })).toEqual({ ok: false, refusal: "started" });
  });
});

describe("the meeting took place", () => {
  it("is recorded once even when both tap at once; the note only after, and short", async () => {
    const { mentorId, menteeId, pairId } = await pair();
    const meeting = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(NOW.getTime() - HOUR), topic: "Встреча" } });
    expect(await saveNote(t.db, { meetingId: meeting.id, userId: mentorId, note: "рано" })).toEqual({ ok: false, refusal: "not-held" });
    const taps = await Promise.all([recordHeld(t.db, { meetingId: meeting.id, userId: mentorId, now: NOW }), recordHeld(t.db, { meetingId: meeting.id, userId: menteeId, now: NOW })]);
    expect(taps.filter((tap) => tap.ok)).toHaveLength(1);
    expect(taps.filter((tap) => !tap.ok)).toEqual([{ ok: false, refusal: "already-held" }]);
    expect(await saveNote(t.db, { meetingId: meeting.id, userId: menteeId, note: "з".repeat(501) })).toEqual({ ok: false, refusal: "note" });
    expect((await saveNote(t.db, { meetingId: meeting.id, userId: menteeId, note: "з".repeat(500) })).ok).toBe(true);
    expect(await moveMeeting(t.db, { meetingId: meeting.id, userId: menteeId, startsAt: new Date(NOW.getTime() + DAY), now: NOW })).toEqual({ ok: false, refusal: "already-held" });
  });
});

describe("the plan and its progress", () => {
  it("counts planned and held, the last one held, and the consent told once", async () => {
    const { mentorId, menteeId, pairId } = await pair();
    const create = (offset: number, held: boolean, topic: string) =>
      t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(NOW.getTime() + offset), topic, heldAt: held ? new Date(NOW.getTime() + offset) : null } });
    await create(-10 * DAY, true, "Первая");
    await create(-3 * DAY, true, "Вторая");
    await create(-DAY, false, "Не отмечена");
    await create(2 * DAY, false, "Через два дня");
    await create(DAY, false, "Завтра");

    const plan = await pairPlan(t.db, { pairId, viewer: await memberOf(t.db, menteeId), now: NOW });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.upcoming.map((meeting) => meeting.topic)).toEqual(["Завтра", "Через два дня"]);
    expect(plan.value.past.map((meeting) => meeting.topic)).toEqual(["Не отмечена", "Вторая", "Первая"]);
    expect(plan.value.progress).toMatchObject({ planned: 5, held: 2, lastHeld: new Date(NOW.getTime() - 3 * DAY), route: { kind: "hidden" } });
    expect(plan.value.viewer).toBe("mentee");

    expect(await setRouteShared(t.db, { pairId, userId: menteeId, shared: true, now: NOW })).toEqual({ ok: true, value: true });
    expect(await setRouteShared(t.db, { pairId, userId: menteeId, shared: true, now: new Date(NOW.getTime() + 1000) })).toEqual({ ok: true, value: false });
    expect((await outboxOf(mentorId)).map((row) => JSON.parse(row.payload).key)).toEqual(["meetings-route-shared-notice"]);
    const shared = await pairPlan(t.db, { pairId, viewer: await memberOf(t.db, mentorId), now: NOW });
    expect(shared.ok && shared.value.progress.route).toEqual({ kind: "none" });
  });
});
