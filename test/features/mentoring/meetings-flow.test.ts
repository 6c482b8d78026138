// A mentoring pair's meetings through the chat (issue #15, point 3): the mentee plans a meeting
// (bad dates and topics refused with their rule) and the mentor is told; the mentor moves it,
// either cancels one; after the start "✅ The meeting took place" records it once, with a note;
// ending the pair cancels the meetings still ahead.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { MEETING_DATA } from "../../../src/features/mentoring/meetings/callbacks.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk.
const START = new Date("2026-12-03T09:00:00Z");

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(START);
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());
beforeEach(() => clock.set(START));

async function person(fullName: string): Promise<{ u: FakeUser; id: number }> {
  const row = await createTeacher(t.db, { fullName });
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return { u, id: row.id };
}

/** A working pair begun ten days ago, made straight in the database. */
async function pair() {
  const mentor = await person("Иванова Мария Петровна");
  const mentee = await person("Петрова Анна Ивановна");
  const row = await t.db.mentorPair.create({ data: { mentorId: mentor.id, menteeId: mentee.id, status: "active", startedAt: new Date(START.getTime() - 10 * DAY) } });
  return { mentor, mentee, pairId: row.id };
}

const beforeLast = (u: FakeUser) => u.messages().slice(-2)[0]!.text;

describe("a pair's meetings", () => {
  it("the mentee plans a meeting, the mentor is told and moves it, the mentee is told", async () => {
    const { mentor, mentee, pairId } = await pair();
    await mentee.u.pressData(MEETING_DATA.list(pairId));
    const empty = mentee.u.lastMessage().text;
    expect(empty).toContain("Встречи наставничества");
    expect(empty).toContain("Наставник: Иванова Мария Петровна");
    expect(empty).toContain("Встреч запланировано: 0, состоялось: 0");
    expect(empty).toContain("пара работает с 23 ноября 2026 (10 дней)");
    expect(empty).toContain("Встреч пока нет");

    await mentee.u.press("➕ Назначить встречу");
    expect(mentee.u.lastMessage().text).toContain("Когда встреча? Напишите дату и время (Омск), например 04.12.2026 15:00");
    await mentee.u.send("в пятницу");
    expect(beforeLast(mentee.u)).toContain("Не получилось прочитать дату и время");
    await mentee.u.send("31.02.2027 15:00");
    expect(beforeLast(mentee.u)).toContain("Такой даты или времени нет в календаре");
    await mentee.u.send("01.12.2026 15:00");
    expect(beforeLast(mentee.u)).toBe("Это время уже прошло. Назначьте встречу на будущее.");
    await mentee.u.send("12.12.2030 15:00");
    expect(beforeLast(mentee.u)).toContain("не дальше чем на год вперёд");
    await mentee.u.send("12.12.2026 15:00");
    expect(mentee.u.lastMessage().text).toContain("О чём будет встреча?");
    await mentee.u.send("т".repeat(201));
    expect(beforeLast(mentee.u)).toContain("Тема — от 1 до 200 символов");
    await mentee.u.send("Первый урок <в 5 классе>");
    expect(beforeLast(mentee.u)).toBe(
      "✅ Встреча назначена: суббота, 12 декабря, 15:00 (Омск) — «Первый урок <в 5 классе>». Наставник получит сообщение, а накануне бот напомнит вам обоим.",
    );
    const plan = mentee.u.lastMessage();
    expect(plan.text).toContain("Впереди");
    expect(plan.text).toContain("🗓 суббота, 12 декабря, 15:00 (Омск) — Первый урок <в 5 классе>");
    expect(plan.text).toContain("Встреч запланировано: 1, состоялось: 0");
    const meeting = await t.db.pairMeeting.findFirstOrThrow({ where: { pairId } });
    expect(meeting).toMatchObject({ startsAt: new Date("2026-12-12T09:00:00Z"), topic: "Первый урок <в 5 классе>", heldAt: null });

    expect(mentor.u.lastMessage().text).toBe("🗓 Подопечный Петрова Анна Ивановна назначил(а) встречу: суббота, 12 декабря 2026, 15:00 (Омск) — «Первый урок <в 5 классе>».");
    await mentor.u.press("🗓 Встречи");
    // The notice stays; the plan comes as a message of its own.
    expect(mentor.u.messages().at(-2)!.text).toContain("назначил(а) встречу");
    await mentor.u.press("🗓 12.12 15:00 · Первый урок <в 5 классе>");
    expect(mentor.u.lastMessage().text).toContain("Встреча впереди.");
    await mentor.u.press("🕑 Перенести");
    expect(mentor.u.lastMessage().text).toContain("Сейчас время встречи: суббота, 12 декабря, 15:00 (Омск)");
    await mentor.u.send("14.12 16:30");
    expect(beforeLast(mentor.u)).toBe("🕑 Встреча «Первый урок <в 5 классе>» перенесена. Новое время: понедельник, 14 декабря, 16:30 (Омск). Подопечный получит сообщение.");
    expect((await t.db.pairMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).startsAt).toEqual(new Date("2026-12-14T10:30:00Z"));
    expect(mentee.u.lastMessage().text).toBe(
      "🕑 Наставник Иванова Мария Петровна перенёс(ла) встречу «Первый урок <в 5 классе>»: теперь понедельник, 14 декабря 2026, 16:30 (Омск) (было суббота, 12 декабря 2026, 15:00 (Омск)).",
    );
  });

  it("either cancels an upcoming meeting after a question; the other is told; a started one stays", async () => {
    const { mentor, mentee, pairId } = await pair();
    const ahead = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() + DAY), topic: "Анализ урока" } });
    const begun = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() - HOUR), topic: "Уже идёт" } });
    await mentor.u.pressData(MEETING_DATA.meeting(ahead.id));
    await mentor.u.press("🗑 Отменить встречу");
    expect(mentor.u.lastMessage().text).toContain("Отменить встречу «Анализ урока» (пятница, 4 декабря, 15:00 (Омск))? Подопечный получит сообщение об отмене.");
    await mentor.u.press("Нет, оставить");
    expect(mentor.u.lastMessage().text).toContain("Встреча впереди.");
    await mentor.u.press("🗑 Отменить встречу");
    await mentor.u.press("Да, отменить");
    expect(mentor.u.lastAnswer()?.text).toBe("Встреча отменена.");
    expect(mentor.u.lastMessage().text).toContain("Встреч запланировано: 1, состоялось: 0");
    expect(await t.db.pairMeeting.count({ where: { id: ahead.id } })).toBe(0);
    expect(mentee.u.lastMessage().text).toBe("🗑 Наставник Иванова Мария Петровна отменил(а) встречу «Анализ урока» (пятница, 4 декабря 2026, 15:00 (Омск)).");

    // The same button again, and buttons of a meeting that has begun: nothing changes.
    await mentor.u.pressData(MEETING_DATA.delete(ahead.id));
    expect(mentor.u.lastAnswer()?.text).toBe("Не найдено: возможно, это уже изменили или удалили.");
    await mentee.u.pressData(MEETING_DATA.delete(begun.id));
    expect(mentee.u.lastAnswer()).toMatchObject({ text: "Встреча уже началась: перенести или отменить её нельзя.", show_alert: true });
    await mentee.u.pressData(MEETING_DATA.move(begun.id));
    expect(mentee.u.lastAnswer()?.text).toBe("Встреча уже началась: перенести или отменить её нельзя.");
    expect(await t.db.pairMeeting.findUniqueOrThrow({ where: { id: begun.id } })).toMatchObject({ startsAt: begun.startsAt });
  });

  it("'the meeting took place' after the start, once, with a short note; skipping leaves none", async () => {
    const { mentor, mentee, pairId } = await pair();
    const first = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() + HOUR), topic: "Планирование" } });
    await mentor.u.pressData(MEETING_DATA.held(first.id));
    expect(mentor.u.lastAnswer()).toMatchObject({ text: "Встреча ещё не началась. Отметить её можно после начала.", show_alert: true });

    clock.set(new Date(START.getTime() + 2 * HOUR));
    await mentor.u.pressData(MEETING_DATA.meeting(first.id));
    expect(mentor.u.lastMessage().text).toContain("Встреча уже началась. Если она состоялась, отметьте это кнопкой ниже.");
    await mentor.u.press("✅ Встреча состоялась");
    expect(mentor.u.lastAnswer()?.text).toBe("✅ Отмечено: встреча состоялась");
    expect(mentor.u.lastMessage().text).toContain("Как прошла встреча «Планирование»?");
    await mentor.u.send("з".repeat(501));
    expect(beforeLast(mentor.u)).toContain("не длиннее 500 символов");
    await mentor.u.send("Разобрали <план> урока, договорились о взаимопосещении");
    expect(beforeLast(mentor.u)).toBe("📝 Заметка сохранена.");
    const plan = mentor.u.lastMessage().text;
    expect(plan).toContain("✅ четверг, 3 декабря, 16:00 (Омск) — Планирование");
    expect(plan).toContain("Разобрали <план> урока");
    expect(plan).toContain("Встреч запланировано: 1, состоялось: 1");
    expect(plan).toContain("Последняя встреча: 3 декабря 2026 — сегодня");
    expect(await t.db.pairMeeting.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      heldAt: new Date(START.getTime() + 2 * HOUR),
      note: "Разобрали <план> урока, договорились о взаимопосещении",
    });

    // Done twice, by the other: already recorded, and the note stays.
    await mentee.u.pressData(MEETING_DATA.held(first.id));
    expect(mentee.u.lastAnswer()?.text).toBe("Эта встреча уже отмечена как состоявшаяся.");

    const second = await t.db.pairMeeting.create({ data: { pairId, startsAt: new Date(START.getTime() + HOUR), topic: "Без заметки" } });
    await mentee.u.pressData(MEETING_DATA.held(second.id));
    await mentee.u.press("Пропустить ›");
    expect(beforeLast(mentee.u)).toContain("Хорошо, без заметки.");
    expect(await t.db.pairMeeting.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ note: null, heldAt: new Date(START.getTime() + 2 * HOUR) });
    // The note can be written later from the meeting.
    await mentee.u.pressData(MEETING_DATA.meeting(second.id));
    await mentee.u.press("📝 Добавить заметку");
    await mentee.u.send("Обсудили родительское собрание");
    expect((await t.db.pairMeeting.findUniqueOrThrow({ where: { id: second.id } })).note).toBe("Обсудили родительское собрание");
  });

  it("ending the pair cancels its meetings ahead: both are told how many, and the plan shows none ahead", async () => {
    const { mentor, mentee, pairId } = await pair();
    await t.db.pairMeeting.createMany({
      data: [
        { pairId, startsAt: new Date(START.getTime() - 5 * DAY), topic: "Знакомство", heldAt: new Date(START.getTime() - 5 * DAY) },
        { pairId, startsAt: new Date(START.getTime() - HOUR), topic: "Не отмечена" },
        { pairId, startsAt: new Date(START.getTime() + DAY), topic: "Завтрашняя" },
        { pairId, startsAt: new Date(START.getTime() + 9 * DAY), topic: "Через неделю" },
      ],
    });
    await mentor.u.pressData(MENTORING_DATA.pair(pairId));
    await mentor.u.press("Завершить пару");
    await mentor.u.press("Не хватает времени");
    expect(beforeLast(mentor.u)).toBe("Пара завершена. Петрова Анна Ивановна получит уведомление.\n🗓 Запланированные встречи отменены: 2.");
    expect(mentee.u.lastMessage().text).toBe(
      "Пару наставничества завершил(а) Иванова Мария Петровна (наставник Иванова Мария Петровна, молодой педагог Петрова Анна Ивановна).\nПричина: Не хватает времени\n🗓 Запланированные встречи отменены: 2.",
    );
    // What took place, or began, stays for the history; what was ahead is gone.
    expect((await t.db.pairMeeting.findMany({ where: { pairId }, orderBy: { startsAt: "asc" } })).map((meeting) => meeting.topic)).toEqual(["Знакомство", "Не отмечена"]);
    for (const u of [mentor.u, mentee.u]) {
      await u.pressData(MEETING_DATA.list(pairId));
      const plan = u.lastMessage();
      expect(plan.text).toContain("Пара завершена");
      expect(plan.text).not.toContain("Впереди");
      expect(plan.text).not.toMatch(/Завтрашняя|Через неделю/);
      expect(plan.text).toContain("Встреч запланировано: 2, состоялось: 1");
      expect(plan.buttons.flat().some((label) => label.startsWith("🗓"))).toBe(false);
    }
  });
});
