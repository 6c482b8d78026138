// A coordinator taps "🔎 Pick a mentor" in a request's notice after the request stopped waiting:
// declined by another coordinator, taken back by the young teacher, or made a pair. They read what
// became of it, in their language, above the young teacher's screen as it is now; the suggestions
// stay while the young teacher has no mentor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { atMenu, makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let h: AppHarness;
let w: MentoringWorld;
/** Three coordinators of school A: each request's notice reaches all of them. */
let vera: FakeUser;
let petr: FakeUser;
let kate: FakeUser;

const PICK = "🔎 Подобрать наставника";
const PICK_EN = "🔎 Pick a mentor";
const NOT_ALLOWED = { text: "Это действие вам недоступно.", show_alert: true };

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
  w = await makeMentoringWorld(t.db);
  vera = await atMenu(h, await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id }));
  petr = await atMenu(h, await staff(t.db, "Координатов Пётр", { role: "coordinator", schoolId: w.schoolA.id }));
  const english = await staff(t.db, "Kate Coordinator", { role: "coordinator", schoolId: w.schoolA.id });
  kate = await atMenu(h, await t.db.user.update({ where: { id: english.id }, data: { lang: "en" } }));
});
afterAll(() => t.drop());

/** A young maths teacher of school A who has asked for a mentor in maths through the chat. */
async function askingTeacher(fullName: string) {
  const row = await person(t.db, fullName, w.schoolA, { years: 1, subjects: ["math"] });
  const u = await atMenu(h, row);
  await u.pressData(MENTORING_DATA.askSubject());
  await u.press("Математика");
  const request = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: row.id, status: "requested" } });
  return { u, row, request };
}

/** The notice each coordinator got, to tap later. */
function notices(mentee: string) {
  const noticeOf = (coordinator: FakeUser) => {
    const notice = coordinator.lastMessage();
    expect(notice.text).toContain(mentee);
    return notice.id;
  };
  return { vera: noticeOf(vera), petr: noticeOf(petr), kate: noticeOf(kate) };
}

const paragraphs = (coordinator: FakeUser) => coordinator.lastMessage().text.split("\n\n");
const SUGGESTED = [["🤝 Опытная Анна Ивановна"], ["🤝 Занятая Зоя Петровна"], ["🤝 Соседний Борис Ильич"]];

describe("a request's notice tapped after the request stopped waiting", () => {
  it("declined by another coordinator: who, when and why, with the suggestions still there", async () => {
    const kira = await askingTeacher("Молодая Кира");
    const notice = notices("Молодая Кира");
    // While it waits, the screen is the usual one, with the request and its decline button.
    await vera.press(PICK, { inMessage: notice.vera });
    expect(paragraphs(vera)[0]).toBe(`Наставник для: Молодая Кира (${w.schoolA.name})\nСтаж: 1 год`);
    expect(paragraphs(vera)[1]).toBe("🙋 Просит наставника, предмет: Математика.");
    expect(vera.lastMessage().buttons).toEqual([...SUGGESTED, ["✖️ Отклонить просьбу"], ["‹ Назад"]]);
    await vera.press("✖️ Отклонить просьбу");
    await vera.press("Сначала обсудим лично");
    expect(await t.db.mentorPair.findUniqueOrThrow({ where: { id: kira.request.id } })).toMatchObject({ status: "declined" });

    await petr.press(PICK, { inMessage: notice.petr });
    expect(petr.lastAnswer()?.text).toBeUndefined();
    expect(paragraphs(petr).slice(0, 3)).toEqual([
      "✖️ Эту просьбу 30 ноября 2026 отклонил(а) Координатова Вера. Причина: Сначала обсудим лично",
      `Наставник для: Молодая Кира (${w.schoolA.name})\nСтаж: 1 год`,
      [
        "Подходящие наставники (сначала из той же школы):",
        `1. Опытная Анна Ивановна (${w.schoolA.name}) — Математика, та же школа, подопечных: 0 из 1`,
        `2. Занятая Зоя Петровна (${w.schoolA.name}) — Математика, та же школа, подопечных: 1 из 3`,
        `3. Соседний Борис Ильич (${w.schoolB.name}) — Математика, тот же район, подопечных: 0 из 2`,
      ].join("\n"),
    ]);
    // Nothing to decline any more.
    expect(petr.lastMessage().buttons).toEqual([...SUGGESTED, ["‹ Назад"]]);

    // The reason, kept in Vera's words, is read in Kate's language.
    await kate.press(PICK_EN, { inMessage: notice.kate });
    expect(paragraphs(kate)[0]).toBe("✖️ This request was declined on 30 November 2026 by Координатова Вера. Reason: Let's talk it over first");
    expect(paragraphs(kate)[2]).toContain("Suitable mentors");
  });

  it("taken back by the young teacher: said on the notice's screen, and on a reasons screen left open", async () => {
    const lena = await askingTeacher("Молодая Лена");
    const notice = notices("Молодая Лена");
    await vera.press(PICK, { inMessage: notice.vera });
    await vera.press("✖️ Отклонить просьбу");
    // Her mentoring screen, shown since she asked, has the button to take it back.
    await lena.u.press("Отозвать просьбу");
    expect(await t.db.mentorPair.findUniqueOrThrow({ where: { id: lena.request.id } })).toMatchObject({ status: "declined", endedById: lena.row.id });

    await petr.press(PICK, { inMessage: notice.petr });
    expect(paragraphs(petr)[0]).toBe("↩️ Педагог отозвал(а) эту просьбу 30 ноября 2026.");
    expect(paragraphs(petr)[1]).toBe(`Наставник для: Молодая Лена (${w.schoolA.name})\nСтаж: 1 год`);
    expect(petr.lastMessage().buttons).toEqual([...SUGGESTED, ["‹ Назад"]]);
    await kate.press(PICK_EN, { inMessage: notice.kate });
    expect(paragraphs(kate)[0]).toBe("↩️ The teacher withdrew this request on 30 November 2026.");

    await vera.press("Сначала обсудим лично");
    expect(vera.lastAnswer()).toMatchObject({ text: "Эта просьба уже не ждёт ответа: педагог отозвал её или другой координатор уже ответил. Вот что сейчас.", show_alert: true });
    expect(paragraphs(vera)[0]).toBe("↩️ Педагог отозвал(а) эту просьбу 30 ноября 2026.");
  });

  it("made a pair by another coordinator: with which mentor, by whom, and the pair to open", async () => {
    const misha = await askingTeacher("Молодой Миша");
    const notice = notices("Молодой Миша");
    await vera.press(PICK, { inMessage: notice.vera });
    await vera.press("🤝 Опытная Анна Ивановна");
    expect(vera.lastAnswer()?.text).toBe("Пара предложена: оба получат предложение в чате.");

    await petr.press(PICK, { inMessage: notice.petr });
    expect(petr.lastMessage().text).toBe(
      [
        "🤝 По этой просьбе уже предложена пара: наставник Опытная Анна Ивановна, предложил(а) Координатова Вера. Пара ждёт согласия.",
        `Наставник для: Молодой Миша (${w.schoolA.name})\nСтаж: 1 год`,
        "У этого педагога уже есть пара или она ждёт согласия.",
      ].join("\n\n"),
    );
    expect(petr.lastMessage().buttons).toEqual([["🤝 Открыть пару"], ["‹ Назад"]]);
    await kate.press(PICK_EN, { inMessage: notice.kate });
    expect(paragraphs(kate)[0]).toBe("🤝 A pair was already proposed for this request: mentor Опытная Анна Ивановна, proposed by Координатова Вера. It waits for acceptance.");

    // Anna declines: Misha has no mentor again, and the suggestions come back under what happened.
    const anna = await atMenu(h, w.anna);
    await anna.pressData(MENTORING_DATA.decline(misha.request.id));
    await petr.pressData(MENTORING_DATA.suggestForRequest("s", w.schoolA.id, misha.request.id));
    expect(paragraphs(petr)[0]).toBe("🤝 По этой просьбе уже предложена пара: наставник Опытная Анна Ивановна, предложил(а) Координатова Вера. Потом пару отклонили.");
    expect(petr.lastMessage().buttons).toEqual([...SUGGESTED, ["‹ Назад"]]);
  });

  it("shows nothing to a coordinator of another scope, or to one naming a scope not theirs", async () => {
    const { request } = await askingTeacher("Молодая Ира");
    const elsewhere = await atMenu(h, await staff(t.db, "Чужой Координатор", { role: "coordinator", schoolId: w.schoolC.id }));
    await elsewhere.pressData(MENTORING_DATA.suggestForRequest("s", w.schoolC.id, request.id));
    expect(elsewhere.lastAnswer()).toMatchObject(NOT_ALLOWED);
    await elsewhere.pressData(MENTORING_DATA.suggestForRequest("s", w.schoolA.id, request.id));
    expect(elsewhere.lastAnswer()).toMatchObject(NOT_ALLOWED);
    await vera.pressData(MENTORING_DATA.suggestForRequest("s", w.schoolA.id, 999_999_999));
    expect(vera.lastAnswer()).toMatchObject(NOT_ALLOWED);
  });
});
