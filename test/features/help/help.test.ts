import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

const sticker = { sticker: { file_id: "s", file_unique_id: "s", type: "regular" as const, width: 1, height: 1, is_animated: false, is_video: false } };

async function registered(lang: "ru" | "en", role?: "methodologist" | "coordinator") {
  const row = await createTeacher(t.db, { lang });
  if (role) await t.db.roleGrant.create({ data: { userId: row.id, role, municipalityId: row.municipalityId, scopeKey: `m:${row.municipalityId}` } });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

describe("help", () => {
  it("describes events, sign-up, the waitlist, registrations and plans, names whom to ask, and leads back to the menu", async () => {
    const u = await registered("ru");
    await u.send("/menu");
    const menu = u.lastMessage();
    await u.press("❓ Помощь");
    const help = u.lastMessage();
    expect(help.id).toBe(menu.id);
    for (const part of ["Ближайшие события", "Записаться", "лист ожидания", "Мои записи", "Планы", "координатор вашей школы"]) expect(help.text).toContain(part);
    expect(help.text).not.toContain("Методисту");
    expect(help.text).not.toContain("Администратору");
    expect(help.text.length).toBeLessThan(4096);
    expect(help.buttons).toEqual([["‹ В меню"]]);
    await u.press("‹ В меню");
    expect(u.lastMessage().text).toContain("Главное меню");
  });

  it("shows staff the parts of their roles, in English, with the configured contact", async () => {
    const withContact = await createHarness({ db: t.db, config: { supportContact: "@profrost_help <team>" } });
    const row = await createTeacher(t.db, { lang: "en" });
    await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist", municipalityId: row.municipalityId, scopeKey: `m:${row.municipalityId}` } });
    const u = withContact.user({ id: Number(row.telegramId), languageCode: "en" });
    await u.send("/help");
    const help = u.lastMessage();
    expect(help.text).toContain("For methodologists");
    expect(help.text).toContain("Import a plan");
    expect(help.text).not.toContain("For coordinators");
    expect(help.text).not.toContain("For administrators");
    expect(help.text).toContain("Questions and help: @profrost_help <team>");
    expect(help.buttons).toEqual([["‹ Menu"]]);
    await u.press("‹ Menu");
    expect(u.lastMessage().text).toContain("Main menu");
  });

  it("shows coordinators their part", async () => {
    const u = await registered("ru", "coordinator");
    await u.send("/help");
    expect(u.lastMessage().text).toContain("Координатору");
    expect(u.lastMessage().text).not.toContain("Методисту");
  });

  it("offers someone not registered a way to begin", async () => {
    const u = h.user({ languageCode: "en" });
    await u.send("/help");
    expect(u.lastMessage().buttons).toEqual([["▶️ Start"]]);
    await u.press("▶️ Start");
    expect(u.lastMessage().text).toContain("Choose your language");
  });
});

describe("what the bot cannot read", () => {
  it("answers a sticker, a photo and a voice message with a way back to the menu", async () => {
    const u = await registered("ru");
    for (const message of [sticker, { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }, { voice: { file_id: "v", file_unique_id: "v", duration: 1 } }]) {
      await u.sendUpdate({ message });
      expect(u.lastMessage().text).toContain("Я понимаю кнопки и команды");
      expect(u.lastMessage().buttons).toEqual([["‹ В меню"]]);
    }
    await u.press("‹ В меню");
    expect(u.lastMessage().text).toContain("Главное меню");
  });

  it("answers someone not registered with a way to /start, in English", async () => {
    const u = h.user({ languageCode: "en" });
    await u.sendUpdate({ message: sticker });
    expect(u.lastMessage().text).toContain("To get started");
    await u.press("▶️ Start");
    expect(u.lastMessage().text).toContain("Choose your language");
  });

  it("a forged «back to the menu» from someone not registered changes nothing", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/help");
    await u.pressData("help:menu");
    expect(u.lastAnswer()?.text).toContain("/start");
    expect(u.lastMessage().text).toContain("Помощь");
  });
});
