// Reviewers are told of practices waiting for them: once a day, in the morning of each, in their
// language, with a button opening the queue. Everyone the review buttons admit hears it
// (methodologists, admins, the admins of BOT_ADMIN_IDS), nobody else; a day with nothing new says
// nothing, a practice sent again after "send back" is new again, and one's own is not counted.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { practiceReviewDigest } from "../../../src/features/practices/review-digest.ts";
import { reviewPractice } from "../../../src/features/practices/review-service.ts";
import { resubmitPractice, submitPractice } from "../../../src/features/practices/service.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";
import type { FakeUser } from "../../support/harness.ts";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
/** Monday 30 November 2026, noon in Omsk. */
const NOON = new Date("2026-11-30T06:00:00Z");
/** The digest's moment that day: 21:00 UTC, 03:00 in Omsk. */
const DIGEST = new Date("2026-11-30T21:00:00Z");
/** 08:00 the next morning in Omsk and in Yekaterinburg, when quiet hours end. */
const OMSK_MORNING = new Date("2026-12-01T02:00:00Z");
const URAL_MORNING = new Date("2026-12-01T03:00:00Z");
const BOOTSTRAP_ADMIN = 8_900_000_001;

const clock = new FakeClock(NOON);
const app = useApp({ clock, config: { adminIds: [BigInt(BOOTSTRAP_ADMIN)] } });
const job = nudgesJob([practiceReviewDigest([BigInt(BOOTSTRAP_ADMIN)])], { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
const logger = pino({ level: "silent" });

/** The minute job at `at`, as if it last ran a minute before. */
async function runJob(at: Date) {
  clock.set(at);
  await job.run({ db: app.t.db, clock, logger }, at, new Date(at.getTime() - 60_000));
}

/** What the outbox now sends, at `at`. */
async function deliver(at: Date) {
  clock.set(at);
  await app.h.outbox.sendAllDue();
}

const digests = () =>
  app.t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:practice-review:" } }, orderBy: { id: "asc" }, select: { userId: true, notBefore: true, payload: true } });

const INPUT = { description: "Описание", subject: "math", area: "digital", classLevel: "5–9", link: null, file: null } as const;

async function shareThroughChat(u: FakeUser, title: string) {
  await u.send("/menu");
  await u.press("💡 Практики");
  await u.press("➕ Поделиться практикой");
  await u.send(title);
  await u.send("Ученики ведут мини-проекты и защищают их на уроке.");
  await u.press("Математика");
  await u.press("Цифровая");
  await u.press("5–9");
  await u.press("Без файла и ссылки");
  await u.press("📨 Отправить методисту");
}

describe("reviewers told of practices to review", () => {
  it("once a day, in each reviewer's morning and language, with the queue a tap away; nothing new, nothing said", async () => {
    const { u: author } = await teacherAtMenu(app, "Петрова Анна Ивановна");
    const { u: methodologist, row: methodologistRow } = await teacherAtMenu(app, "Методистова Елена", "methodologist");
    const english = await createTeacher(app.t.db, { fullName: "Jane Reviewer", lang: "en" });
    await app.t.db.roleGrant.create({ data: { userId: english.id, role: "admin" } });
    await app.t.db.user.update({ where: { id: english.id }, data: { timezone: "Asia/Yekaterinburg" } });
    const admin = app.h.user({ id: Number(english.telegramId), languageCode: "en" });
    const bootstrap = await createTeacher(app.t.db, { fullName: "Админ Из Настроек", telegramId: BOOTSTRAP_ADMIN });
    const coordinator = await createTeacher(app.t.db, { fullName: "Координаторова Ольга" });
    await app.t.db.roleGrant.create({ data: { userId: coordinator.id, role: "coordinator", municipalityId: coordinator.municipalityId, scopeKey: `m:${coordinator.municipalityId}` } });
    const blocked = await createTeacher(app.t.db, { fullName: "Заблокировавший Бота" });
    await app.t.db.roleGrant.create({ data: { userId: blocked.id, role: "methodologist" } });
    await app.t.db.user.update({ where: { id: blocked.id }, data: { blockedAt: NOON } });

    // Three practices in the day, one through the chat: each reviewer hears of them once.
    await shareThroughChat(author, "Проектная деятельность на уроках");
    expect(author.messages().map((each) => each.text).join("\n")).toContain("Практика отправлена методисту");
    const second = await createTeacher(app.t.db, { fullName: "Сидорова Мария" });
    for (const title of ["Цифровая лаборатория", "Квест по дробям"]) {
      expect(await submitPractice(app.t.db, { authorId: second.id, input: { ...INPUT, title }, now: new Date(NOON.getTime() + HOUR) })).toMatchObject({ ok: true });
    }
    const methodologistSeen = methodologist.messages().length;
    await runJob(new Date(DIGEST.getTime() - 60_000));
    expect(await digests()).toEqual([]);
    await runJob(DIGEST);
    const queued = await digests();
    expect(queued.map((row) => row.userId).sort()).toEqual([methodologistRow.id, english.id, bootstrap.id].sort());
    expect(queued.find((row) => row.userId === methodologistRow.id)?.notBefore).toEqual(OMSK_MORNING);
    expect(queued.find((row) => row.userId === english.id)?.notBefore).toEqual(URAL_MORNING);
    // The same minute again adds nothing.
    await runJob(DIGEST);
    expect(await digests()).toHaveLength(3);

    // Nothing arrives at night.
    await deliver(new Date(OMSK_MORNING.getTime() - 60_000));
    expect(methodologist.messages()).toHaveLength(methodologistSeen);
    await deliver(OMSK_MORNING);
    const digest = methodologist.lastMessage();
    expect(digest.text).toBe("📝 Практики на проверку\nЗа сутки пришли 3 новые практики. Всего на проверке: 3.\nАвторы ждут вашего решения.");
    expect(digest.buttons).toEqual([["📝 Открыть проверку"], ["🔕 Не присылать такие напоминания"]]);
    expect(admin.messages()).toEqual([]);
    await deliver(URAL_MORNING);
    expect(admin.lastMessage().text).toBe("📝 Practices to review\n3 new practices came in the last day. Awaiting review in all: 3.\nAuthors are waiting for your decision.");
    expect(admin.lastMessage().buttons).toEqual([["📝 Open the review queue"], ["🔕 Mute these reminders"]]);
    await admin.press("📝 Open the review queue");
    expect(admin.lastMessage().text).toContain("Practices awaiting review — 1 of 3");
    expect(admin.lastMessage().text).toContain("Проектная деятельность на уроках");

    await methodologist.press("📝 Открыть проверку");
    expect(methodologist.lastMessage().id).toBe(digest.id);
    expect(methodologist.lastMessage().text).toContain("Практики на проверке — 1 из 3");
    await methodologist.press("✅ Одобрить");
    expect(methodologist.lastMessage().text).toContain("Практики на проверке — 1 из 2");

    // The next day brings nothing new: no digest, though two still wait.
    await runJob(new Date(DIGEST.getTime() + DAY));
    expect(await digests()).toHaveLength(3);
  });

  it("counts a practice sent again after 'send back', and never the reviewer's own", async () => {
    await app.t.db.practice.deleteMany();
    await app.t.db.outboxMessage.deleteMany();
    const day = (n: number) => new Date(NOON.getTime() + n * DAY);
    const { row: author } = await teacherAtMenu(app, "Автор Практики");
    const { u: reviewer, row: reviewerRow } = await teacherAtMenu(app, "Методистова Вера", "methodologist");
    const { u: colleague, row: colleagueRow } = await teacherAtMenu(app, "Методистов Павел", "methodologist");
    const submitted = await submitPractice(app.t.db, { authorId: author.id, input: { ...INPUT, title: "Урок-исследование" }, now: day(10) });
    const practiceId = submitted.ok ? submitted.value : -1;
    expect(await reviewPractice(app.t.db, { reviewer: await memberOf(app.t.db, reviewerRow.id), practiceId, decision: "returned", comment: "Добавьте план", now: day(10) })).toBe("returned");
    // Sent back the same day: nothing waits, nothing is said.
    await runJob(new Date(DIGEST.getTime() + 10 * DAY));
    expect(await digests()).toEqual([]);

    expect(await resubmitPractice(app.t.db, { authorId: author.id, practiceId, input: { ...INPUT, title: "Урок-исследование", description: "С планом" }, now: day(11) })).toMatchObject({ ok: true });
    // A methodologist's own practice: their colleague reviews it, so only the colleague counts it.
    await submitPractice(app.t.db, { authorId: reviewerRow.id, input: { ...INPUT, title: "Моя практика" }, now: day(11) });
    await runJob(new Date(DIGEST.getTime() + 11 * DAY));
    const payloads = new Map((await digests()).map((row) => [row.userId, JSON.parse(row.payload) as { args: Record<string, number> }]));
    expect(payloads.get(reviewerRow.id)?.args).toEqual({ fresh: 1, waiting: 1 });
    expect(payloads.get(colleagueRow.id)?.args).toEqual({ fresh: 2, waiting: 2 });
    await deliver(new Date(OMSK_MORNING.getTime() + 11 * DAY));
    expect(reviewer.lastMessage().text).toContain("За сутки пришла 1 новая практика. Всего на проверке: 1.");
    expect(colleague.lastMessage().text).toContain("За сутки пришли 2 новые практики. Всего на проверке: 2.");

    // Muted, the next day's practice is not announced to them; the colleague still hears.
    await reviewer.press("🔕 Не присылать такие напоминания");
    await submitPractice(app.t.db, { authorId: author.id, input: { ...INPUT, title: "Ещё одна" }, now: day(12) });
    await runJob(new Date(DIGEST.getTime() + 12 * DAY));
    const latest = await app.t.db.outboxMessage.findMany({ where: { source: { startsWith: "nudge:practice-review:" }, createdAt: { gte: day(12) } }, select: { userId: true } });
    expect(latest.map((row) => row.userId).filter((id) => id === reviewerRow.id || id === colleagueRow.id)).toEqual([colleagueRow.id]);
  });
});
