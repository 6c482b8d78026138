import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { makeEvent } from "../../support/events.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

async function registeredUser(lang = "ru") {
  const row = await createTeacher(t.db, { lang });
  const u = h.user({ id: Number(row.telegramId), languageCode: lang });
  await u.send("/menu");
  return { u, row };
}

describe("profile", () => {
  it("shows every field and edits the name, keeping the old one on Cancel", async () => {
    const { u, row } = await registeredUser();
    await u.press("👤 Профиль");
    expect(u.lastMessage().text).toContain("Петрова Анна Ивановна");
    expect(u.lastMessage().text).toContain("Математика");
    expect(u.lastMessage().text).toContain("5 лет");
    expect(u.lastMessage().text).not.toContain("молодой педагог");

    await u.press("✏️ ФИО");
    expect(u.lastMessage().text).toContain("Как вас зовут");
    await u.press("✖️ Отмена");
    expect(u.messages().slice(-2)[0]?.text).toContain("Изменения отменены");
    expect(u.lastMessage().text).toContain("Петрова Анна Ивановна");

    await u.press("✏️ ФИО");
    await u.send("<b>Иванова</b>");
    expect(u.messages().slice(-2)[0]?.text).toContain("только буквы");
    await u.send("Иванова Анна Ивановна");
    expect(u.messages().slice(-2)[0]?.text).toContain("Сохранено");
    expect(u.lastMessage().text).toContain("Иванова Анна Ивановна");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe("Иванова Анна Ивановна");
  });

  it("changes subjects starting from the current ones, and the experience", async () => {
    const { u, row } = await registeredUser();
    await u.press("👤 Профиль");
    await u.press("📚 Предметы");
    expect(u.lastMessage().buttons.flat()).toContain("✅ Математика");
    await u.press("✅ Математика");
    await u.press("Химия");
    await u.press("✅ Готово");
    await u.press("⏳ Стаж");
    await u.send("1");
    const subjects = await t.db.userSubject.findMany({ where: { userId: row.id } });
    expect(subjects.map((s) => s.subject)).toEqual(["chemistry"]);
    expect(u.lastMessage().text).toContain("1 год (молодой педагог)");
  });

  it("changes the workplace through municipality and school", async () => {
    const { u, row } = await registeredUser();
    await u.press("👤 Профиль");
    await u.press("🏫 Место работы");
    await u.press("›");
    const municipality = u.lastMessage().buttons[0]![0]!;
    await u.press(municipality);
    const school = u.lastMessage().buttons[0]![0]!;
    await u.press(school);
    const saved = await t.db.user.findUniqueOrThrow({ where: { id: row.id }, include: { school: true, municipality: true } });
    expect(saved.municipality?.name).toBe(municipality);
    expect(saved.school?.name).toBe(school);
    expect(u.lastMessage().text).toContain(school);
  });

  it("switches the language of the whole bot", async () => {
    const { u, row } = await registeredUser();
    await u.press("👤 Профиль");
    await u.press("🌐 Язык");
    await u.press("English");
    expect(u.lastMessage().text).toContain("Profile");
    expect(u.lastMessage().text).toContain("Language: English");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).lang).toBe("en");
    await u.send("/menu");
    expect(u.lastMessage().text).toContain("Main menu");
  });

  it("deletes the person's data after confirmation, and /start begins anew", async () => {
    const { u, row } = await registeredUser();
    await u.press("👤 Профиль");
    await u.press("🗑 Удалить мои данные");
    expect(u.lastMessage().text).toContain("Удалить ваши данные?");
    await u.press("Нет, оставить");
    expect(u.lastMessage().text).toContain("Профиль");
    expect(await t.db.user.count({ where: { id: row.id } })).toBe(1);

    const eventId = await makeEvent(t.db, { capacity: 1 });
    await t.db.registration.create({ data: { eventId, userId: row.id, status: "registered" } });
    await t.db.event.update({ where: { id: eventId }, data: { seatsTaken: 1, waitlistSeq: 1 } });
    const waiting = await registeredUser();
    await t.db.registration.create({ data: { eventId, userId: waiting.row.id, status: "waitlisted", waitlistPosition: 1 } });

    await u.press("🗑 Удалить мои данные");
    await u.press("Да, удалить");
    expect(waiting.u.lastMessage().text).toContain("Освободилось место");
    expect(await t.db.registration.findUniqueOrThrow({ where: { eventId_userId: { eventId, userId: waiting.row.id } } })).toMatchObject({ status: "registered" });
    expect(await t.db.registration.count({ where: { userId: row.id } })).toBe(0);
    expect(u.lastMessage().text).toContain("Ваши данные удалены");
    expect(await t.db.user.count({ where: { id: row.id } })).toBe(0);
    expect(await t.db.userSubject.count({ where: { userId: row.id } })).toBe(0);
    await u.send("/start");
    expect(u.lastMessage().text).toContain("Выберите язык");
  });

  it("after deleting their data, events they organised no longer name them", async () => {
    const { u, row } = await registeredUser();
    await t.db.user.update({ where: { id: row.id }, data: { fullName: "Смирнова Ольга Викторовна" } });
    const mine = await makeEvent(t.db, { organiser: "Смирнова Ольга Викторовна" });
    const initials = await makeEvent(t.db, { organiser: "Смирнова О. В., СОШ № 45" });
    const body = await makeEvent(t.db, { organiser: "БОУ ДПО «ИРООО»" });
    const someoneElses = await makeEvent(t.db, { organiser: "Смирнова Ольга Викторовна" });
    await t.db.event.updateMany({ where: { id: { in: [mine, initials, body] } }, data: { createdById: row.id } });
    await u.press("👤 Профиль");
    await u.press("🗑 Удалить мои данные");
    await u.press("Да, удалить");
    const organisers = async (ids: number[]) => (await t.db.event.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((e) => e.organiser);
    expect(await organisers([mine, initials, body, someoneElses])).toEqual(["организатор не указан", "организатор не указан", "БОУ ДПО «ИРООО»", "Смирнова Ольга Викторовна"]);
  });

  it("escapes markup in names wherever they are shown", async () => {
    const row = await createTeacher(t.db, { fullName: "Анна <i>Петрова</i> & Ко" });
    const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send("/menu");
    await u.press("👤 Профиль");
    expect(u.lastMessage().text).toContain("Анна <i>Петрова</i> & Ко");
  });
});

describe("settings and help", () => {
  it("/settings changes the language in place: settings again in the new language, no greeting, no profile", async () => {
    const { u, row } = await registeredUser("en");
    await u.send("/settings");
    const settings = u.lastMessage();
    expect(settings.text).toContain("Language: English");
    await u.press("🌐 Language");
    expect(u.lastMessage().text).toBe("Choose your language:");
    expect(u.lastMessage().buttons).toEqual([["Русский", "✅ English"], ["‹ Back"]]);
    await u.press("Русский");
    const after = u.lastMessage();
    expect(after.id).toBe(settings.id);
    expect(after.text).toContain("Язык изменён");
    expect(after.text).toContain("Настройки");
    expect(after.text).toContain("Язык: Русский");
    expect(after.buttons).toEqual([["🌐 Язык"], ["🔔 Напоминания"], ["🕒 Часовой пояс", "🌙 Тихие часы"], ["📣 Рассылки региона: вкл"], ["📣 Рассылки муниципалитета: вкл"], ["‹ Назад"]]);
    expect(u.messages().some((m) => m.text.includes("Здравствуйте") || m.text.includes("Профиль"))).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).lang).toBe("ru");
    await u.press("🌐 Язык");
    await u.press("English");
    expect(u.lastMessage().text).toContain("Language: English");
    await u.press("‹ Back");
    expect(u.lastMessage().text).toContain("Main menu");
  });

  it("an outdated profile or settings button pressed twice is answered quietly", async () => {
    const { u } = await registeredUser("ru");
    const menu = u.lastMessage();
    const dataOf = (label: string) => {
      const button = menu.raw.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
      return button && "callback_data" in button ? button.callback_data! : "";
    };
    for (const label of ["👤 Профиль", "⚙️ Настройки"]) {
      await u.send("/menu");
      const fresh = u.lastMessage();
      await u.press(label);
      await u.pressData(dataOf(label), fresh.id);
      await u.pressData(dataOf(label), fresh.id);
      expect(u.messages().some((m) => m.text.includes("Что-то пошло не так"))).toBe(false);
    }
    expect(h.logs.filter((entry) => entry.level >= 50)).toEqual([]);
  });

  it("changing the language from the profile does not greet the person again", async () => {
    const { u } = await registeredUser("ru");
    await u.press("👤 Профиль");
    await u.press("🌐 Язык");
    expect(u.lastMessage().text).toBe("Выберите язык:");
  });
});
