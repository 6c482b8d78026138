// "A route item starts soon" through the minute job on a fake clock: a day before an event of a
// saved route, to the route's owner who has not signed up, once, with a button sending the card;
// not to one who signed up, nor for a cancelled event, nor once sign-up has closed.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { routeItemSoonNudge } from "../../../src/features/diagnostics/route-nudges.ts";
import { EVENT_DATA } from "../../../src/features/events/callbacks.ts";
import { REMINDER_KINDS } from "../../../src/features/settings/nudges-kinds.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createQuestionnaire } from "./take-support.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk.
const START = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
let clock: FakeClock;
let lastSuccess: Date | null;
let questionnaireId: number;
const job = nudgesJob([routeItemSoonNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  questionnaireId = await createQuestionnaire(t.db);
});
afterAll(() => t.drop());

beforeEach(async () => {
  clock = new FakeClock(START);
  lastSuccess = null;
  await t.db.outboxMessage.deleteMany();
  await t.db.event.deleteMany();
  await t.db.user.deleteMany();
});

async function tickUntil(until: Date, step = 10 * MINUTE): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + step, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

/** A saved route of the person holding the events (a finished attempt is what a route belongs to). */
async function routeWith(userId: number, eventIds: number[]) {
  const attempt = await t.db.attempt.create({ data: { questionnaireId, userId, startedAt: START, finishedAt: START, scores: "{}" } });
  await t.db.route.create({
    data: { userId, attemptId: attempt.id, savedAt: START, items: { create: eventIds.map((eventId, position) => ({ area: "digital", eventId, title: "x", position })) } },
  });
}

const rows = () => t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:route-item-soon" } }, orderBy: { id: "asc" }, select: { userId: true, payload: true, notBefore: true } });

describe("route item starts soon", () => {
  it("a day before, to the owner who has not signed up, once, with the card's button", async () => {
    const owner = await createTeacher(t.db, { lang: "ru" });
    const signedUp = await createTeacher(t.db, { lang: "en" });
    const eventId = await makeEvent(t.db, { title: "Цифровой урок", startsAt: new Date(START.getTime() + DAY + 2 * HOUR), areas: ["digital"] }, START);
    await routeWith(owner.id, [eventId, eventId]);
    await routeWith(signedUp.id, [eventId]);
    await t.db.registration.create({ data: { eventId, userId: signedUp.id, status: "registered" } });

    await tickUntil(new Date(START.getTime() + 2 * HOUR - MINUTE));
    expect(await rows()).toEqual([]);
    await tickUntil(new Date(START.getTime() + 2 * HOUR), MINUTE);
    const sent = await rows();
    expect(sent.map((row) => row.userId)).toEqual([owner.id]);
    expect(JSON.parse(sent[0]!.payload)).toMatchObject({
      key: "nudge-route-item-soon",
      args: { title: "Цифровой урок" },
      buttons: [[{ key: "nudge-route-item-soon-open", data: EVENT_DATA.cardAsNew(eventId) }], [{ key: "nudge-button-mute", data: "ng:mute:route-item-soon" }]],
    });
    // Running the same minutes again adds nothing.
    lastSuccess = new Date(START.getTime() - HOUR);
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    expect(await rows()).toHaveLength(1);
  });

  it("nothing for a cancelled event, or one whose sign-up closes before the day-before moment", async () => {
    const owner = await createTeacher(t.db, { lang: "ru" });
    const startsAt = new Date(START.getTime() + DAY + 2 * HOUR);
    const cancelled = await makeEvent(t.db, { title: "Отменённое", startsAt }, START);
    await t.db.event.update({ where: { id: cancelled }, data: { cancelledAt: START } });
    const closed = await makeEvent(t.db, { title: "Запись закрыта", startsAt, registrationDeadline: new Date(START.getTime() + HOUR) }, START);
    await routeWith(owner.id, [cancelled, closed]);
    await tickUntil(new Date(START.getTime() + DAY));
    expect(await rows()).toEqual([]);
  });

  it("is a switch in /settings for everyone, on unless turned off", () => {
    expect(REMINDER_KINDS.find((kind) => kind.name === "route-item-soon")).toMatchObject({ defaultOn: true, label: "settings-nudge-route-item-soon", concerns: "everyone" });
  });
});
