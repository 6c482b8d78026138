// "Questionnaire due" through the nudges job on a fake clock: three days and one day before the
// due date, to the audience who have not finished, in each reader's language, with a button that opens it.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { questionnaireDueNudge } from "../../../src/features/diagnostics/due-nudges.ts";
import { DIAGNOSTICS_DATA } from "../../../src/features/diagnostics/callbacks.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Midday in Omsk, so neither reminder falls in quiet hours.
const START = new Date("2026-12-01T06:00:00Z");
const DUE = new Date(START.getTime() + 4 * DAY);
const DEFINITION = JSON.stringify({
  id: "due-test", title: { ru: "Анкета", en: "Survey" }, retakeAfterDays: 180, deficitThreshold: 60,
  scale: [{ id: "no", label: { ru: "Нет", en: "No" }, score: 0 }, { id: "yes", label: { ru: "Да", en: "Yes" }, score: 1 }],
  areas: [{ id: "digital", title: { ru: "Цифровая", en: "Digital" } }],
  questions: [{ id: "q1", area: "digital", text: { ru: "Я могу", en: "I can" } }],
});

let t: TestDb;
let clock: FakeClock;
let lastSuccess: Date | null;
const job = nudgesJob([questionnaireDueNudge], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());
beforeEach(async () => {
  clock = new FakeClock(START);
  lastSuccess = null;
  await t.db.outboxMessage.deleteMany();
  await t.db.questionnaire.deleteMany();
  await t.db.user.deleteMany();
});

async function tickUntil(until: Date, step = 30 * MINUTE): Promise<void> {
  while (clock.now() < until) {
    clock.set(new Date(Math.min(clock.now().getTime() + step, until.getTime())));
    await job.run({ db: t.db, clock, logger }, clock.now(), lastSuccess);
    lastSuccess = clock.now();
  }
}

const rows = () => t.db.outboxMessage.findMany({ orderBy: { id: "asc" }, select: { userId: true, notBefore: true, expiresAt: true, payload: true } });

describe("questionnaire due", () => {
  it("three days and one day before, to its audience who have not finished it, each in their language; expires at the due date", async () => {
    const ru = await createTeacher(t.db, { lang: "ru" });
    const en = await createTeacher(t.db, { lang: "en" });
    const done = await createTeacher(t.db, { lang: "ru" });
    const elsewhere = await createTeacher(t.db, { lang: "ru" });
    const municipalityId = (await t.db.user.findUniqueOrThrow({ where: { id: ru.id } })).municipalityId!;
    const other = await t.db.municipality.findFirstOrThrow({ where: { id: { not: municipalityId } }, include: { schools: true } });
    await t.db.user.update({ where: { id: elsewhere.id }, data: { municipalityId: other.id, schoolId: other.schools[0]!.id } });
    const questionnaire = await t.db.questionnaire.create({
      data: { key: "due-test", definition: DEFINITION, status: "published", publishedAt: START, dueAt: DUE, audience: { create: [{ kind: "municipality", value: String(municipalityId) }] } },
    });
    await t.db.attempt.create({ data: { questionnaireId: questionnaire.id, userId: done.id, startedAt: START, finishedAt: START } });
    await t.db.attempt.create({ data: { questionnaireId: questionnaire.id, userId: en.id, startedAt: START } });

    await tickUntil(new Date(DUE.getTime() - 3 * DAY - MINUTE));
    expect(await rows()).toEqual([]);
    await tickUntil(new Date(DUE.getTime() - 3 * DAY + HOUR));
    const first = await rows();
    expect(first.map((row) => row.userId).sort()).toEqual([ru.id, en.id].sort());
    const payloads = first.map((row) => JSON.parse(row.payload) as { key: string; args: Record<string, unknown>; buttons: { data: string }[][] });
    expect(payloads.map((payload) => payload.args.title).sort()).toEqual(["Survey", "Анкета"]);
    expect(payloads[0]!.args.days).toBe(3);
    expect(payloads[0]!.buttons[0]![0]!.data).toBe(DIAGNOSTICS_DATA.open(questionnaire.id));
    expect(first.every((row) => row.expiresAt?.getTime() === DUE.getTime())).toBe(true);

    // The English teacher finishes meanwhile: the one-day reminder is the Russian one's alone.
    await t.db.attempt.updateMany({ where: { userId: en.id }, data: { finishedAt: new Date(DUE.getTime() - 2 * DAY) } });
    await tickUntil(new Date(DUE.getTime() - DAY + HOUR), 2 * HOUR);
    const second = (await rows()).slice(first.length);
    expect(second.map((row) => row.userId)).toEqual([ru.id]);
    expect((JSON.parse(second[0]!.payload) as { args: { days: number } }).args.days).toBe(1);
  });

  it("nothing for a draft or a closed questionnaire", async () => {
    await createTeacher(t.db, { lang: "ru" });
    await t.db.questionnaire.create({ data: { key: "draft", definition: DEFINITION, status: "draft", dueAt: DUE } });
    await t.db.questionnaire.create({ data: { key: "closed", definition: DEFINITION, status: "closed", dueAt: DUE } });
    await tickUntil(new Date(DUE.getTime() - DAY + HOUR), 2 * HOUR);
    expect(await rows()).toEqual([]);
  });
});
