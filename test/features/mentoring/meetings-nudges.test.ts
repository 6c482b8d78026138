// The pairs' nudges through the minute job on a fake clock (issue #15, points 3 and 4): a day
// before a meeting, to both, once, held through quiet hours, its "✅ The meeting took place" button
// working once the meeting has begun, withdrawn when the meeting moves or goes or the pair ends;
// 30 days without a meeting held, to the coordinators of the mentee's school (else
// municipality), once per gap.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { MEETING_DATA } from "../../../src/features/mentoring/meetings/callbacks.ts";
import { MEETING_NUDGES } from "../../../src/features/mentoring/meetings/nudges.ts";
import { endPair } from "../../../src/features/mentoring/answer.ts";
import { deleteMeeting, moveMeeting } from "../../../src/features/mentoring/meetings/service.ts";
import { REMINDER_KINDS } from "../../../src/features/settings/nudges-kinds.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk.
const START = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let lastSuccess: Date | null;
const job = nudgesJob(MEETING_NUDGES, { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(START);
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());
beforeEach(async () => {
  clock.set(START);
  lastSuccess = null;
  await t.db.outboxMessage.deleteMany();
  await t.db.user.deleteMany();
});

async function tickUntil(until: Date, step = 10 * MINUTE): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + step, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

async function person(fullName: string, schoolId?: number): Promise<{ u: FakeUser; id: number }> {
  const row = await createTeacher(t.db, { fullName });
  if (schoolId !== undefined) await t.db.user.update({ where: { id: row.id }, data: { schoolId } });
  return { u: h.user({ id: Number(row.telegramId) }), id: row.id };
}

async function activePair(startedAt: Date, schoolId?: number) {
  const mentor = await person("Иванова Мария Петровна");
  const mentee = await person("Петрова Анна Ивановна", schoolId);
  const row = await t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "active", startedAt } });
  return { mentor, mentee, pairId: row.id };
}

const rows = (kind: string) =>
  t.db.outboxMessage.findMany({ where: { source: { startsWith: `nudge:${kind}:` } }, orderBy: { id: "asc" }, select: { userId: true, payload: true, notBefore: true, expiresAt: true } });

describe("a day before a meeting", () => {
  it("both are reminded once, with the topic; 'took place' works once the meeting has begun", async () => {
    const { mentor, mentee, pairId } = await activePair(new Date(START.getTime() - 5 * DAY));
    const startsAt = new Date(START.getTime() + DAY + 2 * HOUR);
    const meeting = await t.db.pairMeeting.create({ data: { pairId, startsAt, topic: "Урок <открытый>" } });
    const ended = await activePair(new Date(START.getTime() - 5 * DAY));
    await t.db.mentorPair.update({ where: { id: ended.pairId }, data: { status: "ended" } });
    await t.db.pairMeeting.create({ data: { pairId: ended.pairId, startsAt, topic: "Пары уже нет" } });

    await tickUntil(new Date(START.getTime() + 2 * HOUR - MINUTE));
    expect(await rows("mentoring-meeting")).toEqual([]);
    await tickUntil(new Date(START.getTime() + 2 * HOUR), MINUTE);
    const queued = await rows("mentoring-meeting");
    expect(queued.map((row) => row.userId).sort()).toEqual([mentor.id, mentee.id].sort());
    expect(queued[0]!.expiresAt).toEqual(startsAt);
    expect(JSON.parse(queued[0]!.payload)).toMatchObject({
      key: "nudge-mentoring-meeting",
      args: { topic: "Урок <открытый>" },
      buttons: [[{ key: "meetings-held", data: MEETING_DATA.held(meeting.id) }], [{ key: "meetings-open", data: MEETING_DATA.listAsNew(pairId) }], [{ key: "nudge-button-mute", data: "ng:mute:mentoring-meeting" }]],
    });
    // The same minutes again add nothing.
    lastSuccess = new Date(START.getTime() - HOUR);
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    expect(await rows("mentoring-meeting")).toHaveLength(2);

    await h.outbox.sendAllDue();
    const nudge = mentee.u.lastMessage();
    expect(nudge.text).toBe("🗓 Скоро встреча наставничества: пятница, 4 декабря 2026, 17:00 (Омск)\nТема: «Урок <открытый>»\n\nПосле встречи отметьте здесь, что она состоялась.");
    expect(nudge.buttons).toEqual([["✅ Встреча состоялась"], ["🗓 Встречи"], ["🔕 Не присылать такие напоминания"]]);
    await mentee.u.press("✅ Встреча состоялась");
    expect(mentee.u.lastAnswer()).toMatchObject({ text: "Встреча ещё не началась. Отметить её можно после начала.", show_alert: true });
    expect(mentee.u.lastMessage().buttons).toHaveLength(3);

    clock.set(new Date(startsAt.getTime() + HOUR));
    await mentee.u.press("✅ Встреча состоялась");
    expect(mentee.u.lastAnswer()?.text).toBe("✅ Отмечено: встреча состоялась");
    expect(mentee.u.messages().find((message) => message.id === nudge.id)!.buttons).toEqual([]);
    await mentee.u.send("Провели открытый урок, обсудили ошибки");
    expect(await t.db.pairMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ heldAt: clock.now(), note: "Провели открытый урок, обсудили ошибки" });
    await mentor.u.press("✅ Встреча состоялась");
    expect(mentor.u.lastAnswer()?.text).toBe("Эта встреча уже отмечена как состоявшаяся.");
  });

  it("waits for the end of quiet hours, and is not sent once the meeting has begun", async () => {
    const { mentee, pairId } = await activePair(new Date(START.getTime() - 5 * DAY));
    // Saturday 5 December, 07:30 in Omsk: the reminder falls at 07:30 on Friday, inside 21:00–08:00.
    const early = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date("2026-12-05T01:30:00Z"), topic: "Рано утром" } });
    clock.set(new Date("2026-12-04T01:00:00Z"));
    await tickUntil(new Date("2026-12-04T01:40:00Z"));
    const [row] = await rows("mentoring-meeting");
    expect(row).toMatchObject({ userId: expect.any(Number), notBefore: new Date("2026-12-04T02:00:00Z"), expiresAt: early.startsAt });
    await h.outbox.sendAllDue();
    expect(mentee.u.messages()).toEqual([]);
    clock.set(new Date("2026-12-04T02:00:00Z"));
    await h.outbox.sendAllDue();
    expect(mentee.u.lastMessage().text).toContain("Тема: «Рано утром»");
  });

  it("a reminder waiting for the morning is withdrawn when its meeting moves or is cancelled", async () => {
    const { mentor, mentee, pairId } = await activePair(new Date(START.getTime() - 5 * DAY));
    const moved = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date("2026-12-05T01:30:00Z"), topic: "Перенесём" } });
    const cancelled = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date("2026-12-05T01:40:00Z"), topic: "Отменим" } });
    clock.set(new Date("2026-12-04T01:00:00Z"));
    await tickUntil(new Date("2026-12-04T01:50:00Z"));
    expect(await rows("mentoring-meeting")).toHaveLength(4);
    // At 07:50 in Omsk, before the reminders go at 08:00.
    expect(await moveMeeting(t.db, { meetingId: moved.id, userId: mentee.id, startsAt: new Date("2026-12-06T09:00:00Z"), now: clock.now() })).toMatchObject({ ok: true });
    expect(await deleteMeeting(t.db, { meetingId: cancelled.id, userId: mentor.id, now: clock.now() })).toMatchObject({ ok: true });
    clock.set(new Date("2026-12-04T02:00:00Z"));
    await h.outbox.sendAllDue();
    expect(mentee.u.messages().map((message) => message.text).filter((text) => text.includes("Скоро встреча"))).toEqual([]);
    expect(await t.db.outboxMessage.count({ where: { source: { startsWith: "nudge:mentoring-meeting:" }, status: "cancelled" } })).toBe(4);
    // The moved meeting is reminded of a day before its new time.
    lastSuccess = new Date("2026-12-05T08:50:00Z");
    clock.set(lastSuccess);
    await tickUntil(new Date("2026-12-05T09:10:00Z"));
    await h.outbox.sendAllDue();
    expect(mentee.u.lastMessage().text).toContain("Тема: «Перенесём»");
  });

  it("a pair that ends takes its meetings ahead with it: the reminder waiting for the morning is withdrawn, none comes later", async () => {
    const { mentor, mentee, pairId } = await activePair(new Date(START.getTime() - 5 * DAY));
    await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date("2026-12-05T01:30:00Z"), topic: "Утренняя" } });
    await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date("2026-12-10T09:00:00Z"), topic: "Через неделю" } });
    clock.set(new Date("2026-12-04T01:00:00Z"));
    await tickUntil(new Date("2026-12-04T01:40:00Z"));
    expect(await rows("mentoring-meeting")).toHaveLength(2);
    // At 07:40 in Omsk, before the reminders go at 08:00.
    expect(await endPair(t.db, { userId: mentor.id, pairId, reason: "Переезд", now: clock.now() })).toEqual({ kind: "closed", meetingsCancelled: 2 });
    expect(await t.db.pairMeeting.count({ where: { pairId } })).toBe(0);
    clock.set(new Date("2026-12-04T02:00:00Z"));
    await h.outbox.sendAllDue();
    const texts = mentee.u.messages().map((message) => message.text);
    expect(texts.filter((text) => text.includes("Скоро встреча"))).toEqual([]);
    expect(texts.at(-1)).toContain("🗓 Запланированные встречи отменены: 2.");
    expect(await t.db.outboxMessage.count({ where: { source: { startsWith: "nudge:mentoring-meeting:" }, status: "cancelled" } })).toBe(2);
    // The day before the other meeting's time: nothing is queued.
    lastSuccess = new Date("2026-12-09T08:50:00Z");
    clock.set(lastSuccess);
    await tickUntil(new Date("2026-12-09T09:10:00Z"));
    expect(await rows("mentoring-meeting")).toHaveLength(2);
  });
});

describe("a pair without meetings for 30 days", () => {
  it("reaches the coordinators of the mentee's school, else of the municipality, once per gap", async () => {
    const school = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
    const otherSchool = await t.db.school.findFirstOrThrow({ where: { municipalityId: school.municipalityId, id: { not: school.id } }, orderBy: { id: "asc" } });
    const schoolCoordinator = await person("Школьная Вера Ивановна");
    await t.db.roleGrant.create({ data: { userId: schoolCoordinator.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    const districtCoordinator = await person("Районная Нина Петровна");
    await t.db.roleGrant.create({ data: { userId: districtCoordinator.id, role: "coordinator", municipalityId: school.municipalityId, scopeKey: `m:${school.municipalityId}` } });
    const gapEnds = START.getTime() + HOUR;

    // Begun 30 days before, never met; its mentor coordinates the school too, and is not told of their own pair.
    const neverMet = await activePair(new Date(gapEnds - 30 * DAY));
    await t.db.roleGrant.create({ data: { userId: neverMet.mentor.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    // Last met 30 days before, in a school with no coordinator of its own.
    const metOnce = await activePair(new Date(gapEnds - 60 * DAY), otherSchool.id);
    await t.db.pairMeeting.create({ data: { pairId: metOnce.pairId, startsAt: new Date(gapEnds - 30 * DAY), topic: "Знакомство", heldAt: new Date(gapEnds - 30 * DAY) } });
    // Begun 30 days before, but met two days ago; an unmarked meeting counts for nothing.
    const metLately = await activePair(new Date(gapEnds - 30 * DAY));
    await t.db.pairMeeting.create({ data: { pairId: metLately.pairId, startsAt: new Date(START.getTime() - 2 * DAY), topic: "Недавно", heldAt: START } });
    const unmarked = await activePair(new Date(gapEnds - 30 * DAY), otherSchool.id);
    await t.db.pairMeeting.create({ data: { pairId: unmarked.pairId, startsAt: new Date(START.getTime() - 2 * DAY), topic: "Не отмечена" } });
    // Ended: nobody's concern any more.
    const ended = await activePair(new Date(gapEnds - 30 * DAY));
    await t.db.mentorPair.update({ where: { id: ended.pairId }, data: { status: "ended" } });

    await tickUntil(new Date(gapEnds - MINUTE));
    expect(await rows("mentoring-idle-pair")).toEqual([]);
    await tickUntil(new Date(gapEnds + HOUR));
    const queued = await rows("mentoring-idle-pair");
    const byPair = (pairId: number) => queued.filter((row) => JSON.parse(row.payload).buttons[0][0].data === MENTORING_DATA.pair(pairId));
    expect(byPair(neverMet.pairId).map((row) => row.userId)).toEqual([schoolCoordinator.id]);
    expect(byPair(metOnce.pairId).map((row) => row.userId)).toEqual([districtCoordinator.id]);
    expect(byPair(unmarked.pairId).map((row) => row.userId)).toEqual([districtCoordinator.id]);
    expect(queued).toHaveLength(3);
    expect(JSON.parse(byPair(metOnce.pairId)[0]!.payload)).toMatchObject({ key: "nudge-mentoring-idle-pair", args: { days: 30, met: "yes", mentee: "Петрова Анна Ивановна" } });

    await h.outbox.sendAllDue();
    expect(schoolCoordinator.u.lastMessage().text).toBe(
      "🤝 Пара наставничества 30 дней без встреч: наставник Иванова Мария Петровна, подопечный Петрова Анна Ивановна.\nОтмеченных встреч ещё не было; пара начала работу: вторник, 3 ноября 2026, 16:00 (Омск).",
    );
    expect(schoolCoordinator.u.lastMessage().buttons[0]).toEqual(["Открыть пару"]);

    // Once per gap: the same minutes again add nothing; a meeting held starts a new gap, nudged 30 days on.
    lastSuccess = new Date(gapEnds - HOUR);
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    expect(await rows("mentoring-idle-pair")).toHaveLength(3);
    const met = new Date(gapEnds + 2 * HOUR);
    await t.db.pairMeeting.create({ data: { pairId: neverMet.pairId, startsAt: met, topic: "Наконец", heldAt: met } });
    clock.set(new Date(met.getTime() + 30 * DAY - 10 * MINUTE));
    lastSuccess = clock.now();
    await tickUntil(new Date(met.getTime() + 30 * DAY + 10 * MINUTE));
    const again = (await rows("mentoring-idle-pair")).slice(3);
    expect(again.map((row) => row.userId)).toEqual([schoolCoordinator.id]);
    expect(JSON.parse(again[0]!.payload)).toMatchObject({ args: { met: "yes" } });
  });

  it("leaves each pair's own people out of that pair's coordinators only, and coordinators who cannot be reached", async () => {
    const school = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" } });
    const gapEnds = START.getTime() + HOUR;
    // Both pairs in the same school, due in the same minutes; the first one's mentor is its only coordinator.
    const mentorCoordinates = await activePair(new Date(gapEnds - 30 * DAY));
    await t.db.roleGrant.create({ data: { userId: mentorCoordinates.mentor.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    const neighbour = await activePair(new Date(gapEnds - 30 * DAY));
    const districtCoordinator = await person("Районная Нина Петровна");
    await t.db.roleGrant.create({ data: { userId: districtCoordinator.id, role: "coordinator", municipalityId: school.municipalityId, scopeKey: `m:${school.municipalityId}` } });
    const blockedCoordinator = await person("Заблокировавшая Ольга Ивановна");
    await t.db.roleGrant.create({ data: { userId: blockedCoordinator.id, role: "coordinator", municipalityId: school.municipalityId, scopeKey: `m:${school.municipalityId}` } });
    await t.db.user.update({ where: { id: blockedCoordinator.id }, data: { blockedAt: START } });

    await tickUntil(new Date(gapEnds + HOUR));
    const queued = await rows("mentoring-idle-pair");
    const byPair = (pairId: number) => queued.filter((row) => JSON.parse(row.payload).buttons[0][0].data === MENTORING_DATA.pair(pairId)).map((row) => row.userId);
    expect(byPair(mentorCoordinates.pairId)).toEqual([districtCoordinator.id]);
    expect(byPair(neighbour.pairId)).toEqual([mentorCoordinates.mentor.id]);
    expect(queued).toHaveLength(2);
  });
});

describe("switches in /settings", () => {
  it("the meeting reminder for everyone, the pairs without meetings for coordinators", () => {
    expect(REMINDER_KINDS.find((kind) => kind.name === "mentoring-meeting")).toMatchObject({ defaultOn: true, label: "settings-nudge-mentoring-meeting", concerns: "everyone" });
    expect(REMINDER_KINDS.find((kind) => kind.name === "mentoring-idle-pair")).toMatchObject({ defaultOn: true, label: "settings-nudge-mentoring-idle-pair", concerns: "coordinators" });
  });
});
