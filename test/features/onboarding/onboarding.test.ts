import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONVERSATION_VERSION } from "../../../src/bot/index.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { ONBOARDING_DATA } from "../../../src/features/onboarding/callbacks.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

const userRow = (u: FakeUser) => t.db.user.findUnique({ where: { telegramId: BigInt(u.id) }, include: { subjects: true } });

/** Walks a new person from /start through consent (in the given language). */
async function startAndConsent(u: FakeUser, language: "Русский" | "English") {
  await u.send("/start");
  await u.press(language);
  await u.press(language === "Русский" ? /Согласен/ : /I agree/);
}

describe("onboarding in Russian", () => {
  it("walks from /start to the main menu, saving every answer", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start");
    expect(u.lastMessage().text).toContain("Выберите язык");
    expect(u.lastMessage().buttons).toEqual([["Русский", "English"]]);
    expect(await userRow(u)).toBeNull();

    await u.press("Русский");
    expect(u.lastMessage().text).toContain("Согласие на обработку персональных данных");
    await u.press("📄 Полный текст");
    expect(u.lastMessage().text).toContain("152-ФЗ");
    expect(u.lastMessage().text).toContain("Цели обработки");
    await u.press(/Согласен/);
    const consented = await userRow(u);
    expect(consented).toMatchObject({ lang: "ru", consentVersion: expect.any(String), onboardedAt: null });
    expect(consented?.consentAt).toBeInstanceOf(Date);

    expect(u.lastMessage().text).toContain("Как вас зовут");
    await u.send("Петрова Анна Ивановна");
    expect(u.lastMessage().text).toContain("муниципалитет");
    expect(u.lastMessage().buttons[0]).toEqual(["г. Омск"]);
    expect(u.lastMessage().buttons.at(-2)).toEqual(["‹", "1/5", "›"]);
    await u.press("›");
    expect(u.lastMessage().buttons.at(-2)).toEqual(["‹", "2/5", "›"]);
    await u.press("‹");
    await u.press("г. Омск");
    expect(u.lastMessage().text).toContain("школу");
    await u.send("лицей");
    const filtered = u.lastMessage();
    expect(filtered.text).toContain("«лицей»");
    const schoolButtons = filtered.buttons.flat().filter((label) => /Лицей/i.test(label));
    expect(schoolButtons.length).toBeGreaterThan(0);
    expect(filtered.buttons.flat().filter((label) => /СОШ/.test(label))).toEqual([]);
    await u.press(schoolButtons[0]!);

    expect(u.lastMessage().text).toContain("предметы");
    await u.press("✅ Готово");
    expect(u.lastAnswer()?.text).toContain("хотя бы один");
    await u.press("Математика");
    await u.press("Информатика");
    expect(u.lastMessage().text).toContain("Выбрано 2 предмета");
    await u.press("✅ Математика");
    await u.press("Физика");
    await u.press("✅ Готово");

    expect(u.lastMessage().text).toContain("Сколько лет");
    await u.press("2");
    const texts = u.messages().map((m) => m.text);
    expect(texts.some((text) => text.includes("вы зарегистрированы"))).toBe(true);
    expect(u.lastMessage().text).toContain("Главное меню");
    expect(u.lastMessage().buttons.flat()).toEqual(["📅 Ближайшие события", "🎫 Мои записи", "💡 Практики", "🤝 Наставничество", "👤 Профиль", "⚙️ Настройки", "❓ Помощь"]);

    const row = await userRow(u);
    expect(row).toMatchObject({ fullName: "Петрова Анна Ивановна", teachingSince: new Date().getUTCFullYear() - 2, lang: "ru" });
    expect(row?.onboardedAt).toBeInstanceOf(Date);
    expect(row?.subjects.map((s) => s.subject).sort()).toEqual(["informatics", "physics"]);
    const school = await t.db.school.findUniqueOrThrow({ where: { id: row!.schoolId! }, include: { municipality: true } });
    expect(school.name).toBe(schoolButtons[0]);
    expect(school.municipality.name).toBe("г. Омск");
    expect(await t.db.conversationState.count({ where: { key: `chat:${u.id}` } })).toBe(0);

    await u.press("👤 Профиль");
    const card = u.lastMessage().text;
    expect(card).toContain("Петрова Анна Ивановна");
    expect(card).toContain("2 года (молодой педагог)");
    expect(card).toContain("Информатика, Физика");
    expect(card).toContain("Роли: педагог");
  });

  it("refuses bad names with the rule and asks again", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    for (const [input, rule] of [
      ["а".repeat(5000), "от 2 до 100 символов"],
      ["😀😀😀", "только буквы, пробелы, дефисы"],
      ["Иван2", "только буквы, пробелы, дефисы"],
      ["\u0301\u0301\u0301", "только буквы, пробелы, дефисы"],
      ["\u3164\u3164", "только буквы, пробелы, дефисы"],
    ] as const) {
      await u.send(input);
      const shown = u.messages().slice(-2).map((m) => m.text);
      expect(shown[0]).toContain(rule);
      expect(shown[1]).toContain("Как вас зовут");
    }
    expect((await userRow(u))?.fullName).toBeNull();
  });

  it("keeps nothing before consent: no conversation state, no row, whatever the person types", async () => {
    const u = h.user({ languageCode: "ru", firstName: "Тайное Имя" });
    await u.send("/start");
    await u.send("русский пожалуйста");
    expect(u.lastMessage().text).toContain("Чтобы начать");
    expect(u.lastMessage().buttons).toEqual([["▶️ Начать"]]);
    await u.press("▶️ Начать");
    expect(u.lastMessage().text).toContain("Выберите язык");
    await u.press("Русский");
    await u.press("📄 Полный текст");
    expect(await t.db.conversationState.count({ where: { key: `chat:${u.id}` } })).toBe(0);
    expect(await userRow(u)).toBeNull();
    await u.press(/Согласен/);
    expect(u.messages().some((m) => m.text.includes("152-ФЗ"))).toBe(true);
    expect(u.lastMessage().text).toContain("Как вас зовут");
    const stored = await t.db.conversationState.findUniqueOrThrow({ where: { key: `chat:${u.id}` } });
    expect(stored.value).not.toContain("русский пожалуйста");
  });

  it("answers stickers and commands mid-question with a hint and the same step", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    await u.sendUpdate({ message: { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } });
    let shown = u.messages().slice(-2).map((m) => m.text);
    expect(shown[0]).toContain("ответьте текстом");
    expect(shown[1]).toContain("Как вас зовут");
    await u.send("/settings");
    shown = u.messages().slice(-2).map((m) => m.text);
    expect(shown[0]).toContain("Сначала закончим регистрацию");
    expect(shown[1]).toContain("Как вас зовут");
  });

  it("declining consent keeps nothing and offers to begin again", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start");
    await u.press("Русский");
    await u.press("Не согласен(на)");
    expect(u.lastMessage().text).toContain("ничего о вас не сохранили");
    expect(u.lastMessage().buttons).toEqual([["▶️ Начать"]]);
    expect(await userRow(u)).toBeNull();
    expect(await t.db.conversationState.count({ where: { key: `chat:${u.id}` } })).toBe(0);
    await u.press("▶️ Начать");
    expect(u.lastMessage().text).toContain("Выберите язык");
  });

  it("a consent button pressed again after agreeing changes nothing", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start");
    const languageMessage = u.lastMessage();
    await u.press("Русский");
    await u.press(/Согласен/);
    // Mid-onboarding the question stays; once registered, the old button is just outdated.
    await u.pressData(ONBOARDING_DATA.language("en", {}), languageMessage.id);
    expect(u.lastAnswer()?.text).toContain("Сначала закончим регистрацию");
    await t.db.user.update({ where: { telegramId: BigInt(u.id) }, data: { onboardedAt: new Date() } });
    await t.db.conversationState.deleteMany({ where: { key: `chat:${u.id}` } });
    await u.pressData(ONBOARDING_DATA.decline("ru"), languageMessage.id);
    expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expect(await userRow(u)).toMatchObject({ lang: "ru" });
  });

  it("refuses forged consent buttons", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start");
    await u.pressData("onb:a:de:-");
    await u.pressData("onb:l:ru:e12345678901");
    expect(await userRow(u)).toBeNull();
  });
});

describe("onboarding in English", () => {
  it("follows the chosen language, whatever Telegram's", async () => {
    const u = h.user({ languageCode: undefined });
    await u.send("/start");
    expect(u.lastMessage().text).toContain("Выберите язык / Choose your language");
    await u.press("English");
    expect(u.lastMessage().text).toContain("personal data");
    await u.press(/I agree/);
    expect(u.lastMessage().text).toMatch(/name/i);
    await u.send("Anna Petrova");
    await u.press("г. Омск");
    await u.press(u.lastMessage().buttons[0]![0]!);
    await u.press("Mathematics");
    await u.press(/Done/);
    await u.send("12");
    expect(u.lastMessage().text).toContain("Main menu");
    expect(await userRow(u)).toMatchObject({ lang: "en", teachingSince: new Date().getUTCFullYear() - 12, fullName: "Anna Petrova" });
  });
});

describe("interrupted onboarding", () => {
  it("resumes at the first unanswered question, also after the bot restarts", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    await u.send("Сидоров Пётр");
    expect(u.lastMessage().text).toContain("муниципалитет");
    expect(await t.db.conversationState.count({ where: { key: `chat:${u.id}` } })).toBe(1);

    const restarted = await createHarness({ db: t.db });
    const same = restarted.user({ id: u.id, languageCode: "ru" });
    await same.send("/start");
    expect(same.lastMessage().text).toContain("муниципалитет");
    await same.press("г. Омск");
    expect(same.lastMessage().text).toContain("школу");
  });

  it("after Cancel, /start asks only what is still missing", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    await u.send("Кузнецова Мария");
    await u.press("✖️ Отмена");
    expect(u.lastMessage().text).toContain("Регистрация приостановлена");
    await u.send("/start");
    expect(u.lastMessage().text).toContain("муниципалитет");
  });

  it("state stored by an older version of the code is discarded, not replayed", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    await u.send("Белова Дарья");
    const key = `chat:${u.id}`;
    const stored = await t.db.conversationState.findUniqueOrThrow({ where: { key } });
    const old = JSON.parse(stored.value) as { version: [number, number | string] };
    expect(old.version[1]).toBe(CONVERSATION_VERSION);
    await t.db.conversationState.update({ where: { key }, data: { value: JSON.stringify({ ...old, version: [old.version[0], "old-release"] }) } });

    await u.press("г. Омск");
    expect(u.lastAnswer()?.text).toContain("/start");
    expect((await userRow(u))?.municipalityId).toBeNull();
    await u.send("/start");
    expect(u.lastMessage().text).toContain("муниципалитет");
    await u.press("г. Омск");
    expect(u.lastMessage().text).toContain("школу");
  });

  it("after its stored state is discarded, still resumes from what was saved", async () => {
    const u = h.user({ languageCode: "ru" });
    await startAndConsent(u, "Русский");
    await u.send("Орлова Вера");
    await t.db.conversationState.deleteMany({ where: { key: `chat:${u.id}` } });
    await u.send("/start");
    expect(u.lastMessage().text).toContain("муниципалитет");
  });
});
