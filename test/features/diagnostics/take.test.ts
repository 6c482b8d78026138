// Taking a self-diagnosis questionnaire through the bot (issue #12): one message edited in place,
// known answers giving known scores and deficits, retaking with the change per area, pause and a
// restart, back, outdated and forged buttons, a closed questionnaire.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { FakeClock } from "../../support/clock.ts";
import { DIAGNOSTICS_DATA } from "../../../src/features/diagnostics/callbacks.ts";
import { EVERYONE } from "../../../src/core/audience.ts";
import { createQuestionnaire } from "./take-support.ts";

let t: TestDb;
let h: AppHarness;
/** 1 December 2030, 09:00 in Omsk. */
const NOW = new Date("2030-12-01T03:00:00Z");
const DAY = 86_400_000;
const clock = new FakeClock(NOW);

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock });
});
afterAll(() => t.drop());

type Teacher = FakeUser & { userId: number };

async function teacher(lang = "ru", harness = h): Promise<Teacher> {
  const row = await createTeacher(t.db, { lang });
  return Object.assign(harness.user({ id: Number(row.telegramId), languageCode: lang }), { userId: row.id });
}

const MENU = { ru: "🧭 Самодиагностика", en: "🧭 Self-diagnosis" };

/** /menu → Self-diagnosis → the questionnaire; returns the id of the message the questions appear in. */
async function open(u: FakeUser, title: string, lang: "ru" | "en" = "ru"): Promise<number> {
  await u.send("/menu");
  await u.press(MENU[lang]);
  await u.press(title);
  return u.lastMessage().id;
}

async function answerAll(u: FakeUser, labels: string[]) {
  for (const label of labels) await u.press(label);
}

const attemptsOf = (userId: number) => t.db.attempt.findMany({ where: { userId }, orderBy: { id: "asc" }, include: { answers: true } });
const textOf = (u: FakeUser, messageId: number) => u.messages().find((m) => m.id === messageId)!.text;

describe("a full pass", () => {
  it("in Russian: one message edited question by question, then per-area scores, the deficit named and a chart", async () => {
    const title = "Проверка умений (ru)";
    await createQuestionnaire(t.db, { title });
    const u = await teacher();
    await u.send("/menu");
    await u.press(MENU.ru);
    expect(u.lastMessage().text).toContain(`${title} — не начата`);
    await u.press(title);
    const screen = u.lastMessage();
    expect(screen.text).toBe("Предметная область · 1 / 4\n\nЯ могу объяснить тему тремя способами.");
    expect(screen.buttons).toEqual([["Не могу"], ["Скорее нет"], ["Скорее да"], ["Могу"], ["⏸ Пауза"]]);
    const sentBefore = u.calls("sendMessage").length;

    await u.press("Могу");
    expect(u.lastMessage()).toMatchObject({ id: screen.id, text: expect.stringContaining("Предметная область · 2 / 4") });
    expect(u.lastMessage().buttons.at(-1)).toEqual(["‹ Назад", "⏸ Пауза"]);
    await u.press("Скорее да");
    expect(u.lastMessage().text).toContain("Цифровые компетенции · 3 / 4\n\nЯ могу провести урок онлайн.");
    await answerAll(u, ["Не могу", "Скорее нет"]);

    // subject: (3 + 2) / 6 = 83 %; digital: (0 + 1) / 6 = 17 %, under 60 %.
    const results = textOf(u, screen.id);
    expect(results).toContain("Результаты: Проверка умений (ru)");
    expect(results).toContain("Пройдена 1 декабря 2030.");
    expect(results).toContain("Предметная область: 83 %");
    expect(results).toContain("Цифровые компетенции: 17 %");
    expect(results).toContain("Дефициты (ниже 60 %): Цифровые компетенции.");
    expect(results).toContain("Пройти снова можно с 31 декабря 2030.");
    expect(u.calls("sendMessage").length).toBe(sentBefore);
    const photo = u.calls("sendPhoto");
    expect(photo).toHaveLength(1);
    expect(photo[0]!.payload.caption).toBe("📊 Проверка умений (ru)");
    expect(photo[0]!.payload.photo).toMatchObject({ fileName: expect.stringMatching(/\.png$/), size: expect.any(Number) });

    const [attempt] = await attemptsOf(u.userId);
    expect(attempt!.finishedAt).toEqual(NOW);
    expect(JSON.parse(attempt!.scores!)).toEqual({ subject: 83, digital: 17 });

    // The list says it is done, and when it may be taken again.
    await u.send("/menu");
    await u.press(MENU.ru);
    expect(u.lastMessage().text).toContain("Проверка умений (ru) — пройдена 1 декабря 2030, повторно — с 31 декабря 2030");
  });

  it("in English, taken again after the interval: the change per area, the earlier attempt kept", async () => {
    const title = "Skills check (en)";
    const questionnaireId = await createQuestionnaire(t.db, { title });
    const u = await teacher("en");
    const screen = await open(u, title, "en");
    expect(u.lastMessage().text).toBe("Subject knowledge · 1 / 4\n\nI can explain a topic in three ways.");
    await answerAll(u, ["I can", "Rather yes", "I can't", "Rather not"]);
    expect(textOf(u, screen)).toContain("Digital skills: 17 %");
    expect(textOf(u, screen)).toContain("Deficits (under 60 %): Digital skills.");

    // Too early: opening shows the results; a retake button made up anyway changes nothing.
    await u.send("/menu");
    await u.press(MENU.en);
    const list = u.lastMessage().id;
    await u.press(title);
    expect(textOf(u, list)).toContain("You can take it again from 31 December 2030.");
    expect(u.messages().find((m) => m.id === list)!.buttons.flat()).not.toContain("🔁 Take it again");
    await u.pressData(DIAGNOSTICS_DATA.retake(questionnaireId));
    expect(u.lastAnswer()?.text).toBe("You can take it again from 31 December 2030.");
    expect(await attemptsOf(u.userId)).toHaveLength(1);

    clock.advance(31 * DAY);
    try {
      await u.send("/menu");
      await u.press(MENU.en);
      expect(u.lastMessage().text).toContain(`${title} — done on 1 December 2030`);
      await u.press(title);
      await u.press("🔁 Take it again");
      const second = u.lastMessage().id;
      expect(u.lastMessage().text).toContain("Subject knowledge · 1 / 4");
      await answerAll(u, ["I can", "I can", "Rather yes", "Rather yes"]);
      // subject 100 (+17), digital (2 + 2) / 6 = 67 (+50): no deficits left.
      const results = textOf(u, second);
      expect(results).toContain("Subject knowledge: 100 % (+17)");
      expect(results).toContain("Digital skills: 67 % (+50)");
      expect(results).toContain("In brackets, the change since last time (1 December 2030).");
      expect(results).toContain("No deficits: every area is at 60 % or above.");
      const attempts = await attemptsOf(u.userId);
      expect(attempts.map((each) => JSON.parse(each.scores!))).toEqual([
        { subject: 83, digital: 17 },
        { subject: 100, digital: 67 },
      ]);
      expect(attempts[0]!.answers).toHaveLength(4);

      // A button of the first attempt's message: outdated, nothing changed.
      await u.pressData(DIAGNOSTICS_DATA.answer(attempts[0]!.id, 0, "no"), screen);
      expect(u.lastAnswer()?.text).toBe("This button is outdated — nothing was changed.");
      expect((await attemptsOf(u.userId))[0]!.answers.find((a) => a.questionId === "q1")!.optionId).toBe("yes");
    } finally {
      clock.set(NOW);
    }
  });
});

describe("leaving and coming back", () => {
  it("pauses, and a new bot on the same database resumes at the first unanswered question", async () => {
    const title = "Пауза и возврат";
    await createQuestionnaire(t.db, { title });
    const u = await teacher();
    await open(u, title);
    await answerAll(u, ["Могу", "Скорее нет"]);
    await u.press("⏸ Пауза");
    expect(u.lastMessage().text).toContain("Пауза. Все ответы сохранены.");
    expect(u.lastMessage().text).toContain("/menu → «🧭 Самодиагностика»");

    const restarted = await createHarness({ db: t.db, clock });
    const again = restarted.user({ id: u.id, languageCode: "ru" });
    await again.send("/menu");
    await again.press(MENU.ru);
    expect(again.lastMessage().text).toContain(`${title} — отвечено 2 из 4`);
    await again.press(title);
    expect(again.lastMessage().text).toBe("Цифровые компетенции · 3 / 4\n\nЯ могу провести урок онлайн.");
  });

  it("other buttons work mid-questionnaire, and the question's buttons still work afterwards", async () => {
    const title = "Между делом";
    await createQuestionnaire(t.db, { title });
    const u = await teacher();
    const screen = await open(u, title);
    await u.press("Могу");
    await u.send("/menu");
    await u.press("🎫 Мои записи");
    expect(u.lastMessage().text).toContain("Мои записи");
    await u.press("Скорее да", { inMessage: screen });
    expect(textOf(u, screen)).toContain("3 / 4");
  });

  it("back shows the previous question with its answer marked, and changes it", async () => {
    const title = "Назад";
    await createQuestionnaire(t.db, { title });
    const u = await teacher();
    await open(u, title);
    await u.press("Могу");
    await u.press("‹ Назад");
    expect(u.lastMessage().text).toContain("Предметная область · 1 / 4");
    expect(u.lastMessage().buttons.slice(0, 4)).toEqual([["Не могу"], ["Скорее нет"], ["Скорее да"], ["✅ Могу"]]);
    await u.press("Не могу");
    expect(u.lastMessage().text).toContain("2 / 4");
    const [attempt] = await attemptsOf(u.userId);
    expect(attempt!.answers.map((a) => [a.questionId, a.optionId])).toEqual([["q1", "no"]]);
  });
});

describe("bad input", () => {
  it("forged options, questions ahead and another person's attempt are outdated and change nothing", async () => {
    const title = "Подделки";
    await createQuestionnaire(t.db, { title });
    const u = await teacher();
    await open(u, title);
    await u.press("Скорее да");
    const [attempt] = await attemptsOf(u.userId);
    const before = u.lastMessage().text;

    for (const data of [DIAGNOSTICS_DATA.answer(attempt!.id, 1, "bogus"), DIAGNOSTICS_DATA.answer(attempt!.id, 3, "yes"), DIAGNOSTICS_DATA.answer(attempt!.id, 9, "yes"), DIAGNOSTICS_DATA.back(attempt!.id, 2)]) {
      await u.pressData(data);
      expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела — ничего не изменено.");
    }
    const stranger = await teacher();
    await stranger.send("/menu");
    await stranger.pressData(DIAGNOSTICS_DATA.answer(attempt!.id, 1, "yes"));
    expect(stranger.lastAnswer()?.text).toBe("Эта кнопка устарела — ничего не изменено.");
    expect(u.lastMessage().text).toBe(before);
    // Data no codec matches goes to the bot's general "outdated" answer.
    await u.pressData("dg:ta:1:1:Yes!");
    expect((await attemptsOf(u.userId))[0]!.answers.map((a) => [a.questionId, a.optionId])).toEqual([["q1", "rather-yes"]]);
    expect(await attemptsOf(stranger.userId)).toHaveLength(0);
  });

  it("a closed questionnaire says so and keeps the answers given", async () => {
    const title = "Закрытая";
    const questionnaireId = await createQuestionnaire(t.db, { title });
    const u = await teacher("en");
    await open(u, title, "en");
    await u.press("I can");
    await t.db.questionnaire.update({ where: { id: questionnaireId }, data: { status: "closed", closedAt: NOW } });
    await u.press("Rather not");
    expect(u.lastMessage().text).toBe("The questionnaire is closed: it no longer takes answers. Your answers are kept.");
    expect((await attemptsOf(u.userId))[0]!.answers.map((a) => [a.questionId, a.optionId])).toEqual([["q1", "yes"]]);
  });

  it("lists only published questionnaires meant for the person", async () => {
    const u = await teacher();
    const school = await t.db.user.findUniqueOrThrow({ where: { id: u.userId } });
    const elsewhere = await t.db.municipality.findFirstOrThrow({ where: { id: { not: school.municipalityId! } } });
    await createQuestionnaire(t.db, { title: "Черновик", status: "draft" });
    await createQuestionnaire(t.db, { title: "Для другого района", audience: { ...EVERYONE, municipalityIds: [elsewhere.id] } });
    await createQuestionnaire(t.db, { title: "Для нашего района", audience: { ...EVERYONE, municipalityIds: [school.municipalityId!] } });
    await u.send("/menu");
    await u.press(MENU.ru);
    const list = u.lastMessage();
    expect(list.buttons.flat()).toContain("Для нашего района");
    expect(list.buttons.flat()).not.toContain("Черновик");
    expect(list.buttons.flat()).not.toContain("Для другого района");
  });
});
