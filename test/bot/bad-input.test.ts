import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { createTestDb, type TestDb } from "../support/db.ts";
import { createHarness, media, type AppHarness } from "../support/harness.ts";
import { createTeacher } from "../support/factories.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

async function registered() {
  const row = await createTeacher(t.db);
  const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
  return { u, row };
}

const sentTo = (chatId: number) => h.telegram.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId);

describe("messages nobody asked for", () => {
  it("stickers, photos, voice, plain text and unknown commands get a short help", async () => {
    const { u } = await registered();
    const updates = [
      () => u.sendUpdate({ message: { sticker: media.sticker() } }),
      () => u.sendUpdate({ message: { photo: media.photo() } }),
      () => u.sendUpdate({ message: { voice: media.voice() } }),
      () => u.send("привет"),
      () => u.send("/frobnicate"),
    ];
    for (const send of updates) {
      const before = u.messages().length;
      await send();
      expect(u.messages()).toHaveLength(before + 1);
      expect(u.lastMessage().text).toContain("/menu");
    }
  });

  it("a stranger who has not registered is sent to /start, and /menu is refused", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("привет");
    expect(u.lastMessage().text).toContain("/start");
    await u.send("/menu");
    expect(u.lastMessage().text).toContain("Сначала зарегистрируйтесь");
    expect(await t.db.user.count({ where: { telegramId: BigInt(u.id) } })).toBe(0);
  });

  it("a user without language_code is answered in Russian", async () => {
    const u = h.user({ languageCode: undefined });
    await u.send("/help");
    expect(u.lastMessage().text).toContain("ПрофРост");
    const english = h.user({ languageCode: "en-GB" });
    await english.send("/help");
    expect(english.lastMessage().text).toContain("ProfRost");
  });

  it("an edited message changes nothing and gets no answer", async () => {
    const { u, row } = await registered();
    const before = h.telegram.calls.length;
    await u.sendUpdate({ edited_message: { text: "/start", edit_date: Math.floor(Date.now() / 1000) } });
    expect(h.telegram.calls.slice(before).filter((c) => c.method.startsWith("send"))).toEqual([]);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ fullName: row.fullName });
  });
});

describe("buttons that are not what they claim", () => {
  it("forged callback data is 'outdated', with a fresh menu, and changes nothing", async () => {
    const { u, row } = await registered();
    await u.send("/menu");
    for (const data of ["main/9/9//zzz", "s:ru", "profile/0/0//zz", "x".repeat(64), ""]) {
      await u.pressData(data, u.lastMessage().id);
      expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
      expect(u.lastMessage().text).toContain("Главное меню");
    }
    expect(await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ lang: "ru", fullName: row.fullName });
  });

  it("a menu button from an old message still works or says it is outdated", async () => {
    const { u } = await registered();
    await u.send("/menu");
    const old = u.lastMessage();
    await u.send("/menu");
    await u.press("👤 Профиль", { inMessage: old.id });
    expect(u.lastMessage().text).toContain("Профиль");
  });

  it("a callback without a message (from an inline message) is answered, no crash", async () => {
    const { u } = await registered();
    await u.sendUpdate({ callback_query: { data: "main/0/0//abc", inline_message_id: "inline-1" } });
    expect(u.lastAnswer()).toBeDefined();
  });

  it("someone still in onboarding pressing a menu button is told to register, or to finish first", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start");
    // Before consent no question is held open (nothing is stored): the button just needs /start.
    await u.pressData("main/0/0//abc", u.lastMessage().id);
    expect(u.lastAnswer()?.text).toContain("/start");
    expect(u.lastMessage().text).toContain("Выберите язык");
    await u.press("Русский");
    await u.press(/Согласен/);
    await u.pressData("main/0/0//abc", u.lastMessage().id);
    expect(u.lastAnswer()?.text).toContain("Сначала закончим регистрацию");
    expect(u.lastMessage().text).toContain("Как вас зовут");
  });
});

describe("groups and channels", () => {
  const group = { id: -100123, type: "supergroup" as const, title: "Методобъединение" };
  const from = { id: 7_300_000_001, is_bot: false, first_name: "Иван", language_code: "ru" };
  let updateId = 900_000;
  const groupMessage = (text: string): Update => ({
    update_id: updateId++,
    message: { message_id: updateId, date: 1, chat: group, from, text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] } : {}) },
  });

  it("a command in a group gets one line pointing to the private chat; chatter is ignored", async () => {
    h.telegram.registerChat(group);
    await h.bot.handleUpdate(groupMessage("/start"));
    expect(sentTo(group.id)).toHaveLength(1);
    expect(sentTo(group.id)[0]!.payload.text).toContain("@profrost_test_bot");
    await h.bot.handleUpdate(groupMessage("всем привет"));
    expect(sentTo(group.id)).toHaveLength(1);
    expect(await t.db.user.count({ where: { telegramId: BigInt(from.id) } })).toBe(0);
  });

  it("channel posts are ignored", async () => {
    const channel = { id: -100999, type: "channel" as const, title: "Новости" };
    const before = h.telegram.calls.length;
    await h.bot.handleUpdate({ update_id: updateId++, channel_post: { message_id: 1, date: 1, chat: channel, text: "/start" } });
    expect(h.telegram.calls.slice(before)).toEqual([]);
  });
});

describe("failures", () => {
  it("an error inside a handler is logged and the person gets a short apology", async () => {
    const { u } = await registered();
    const broken = await createHarness({ db: t.db, rethrowBotErrors: false });
    const same = broken.user({ id: u.id, languageCode: "ru" });
    broken.telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" }, { chatId: u.id });
    await same.send("/help");
    expect(broken.logs.some((entry) => entry.msg === "update failed")).toBe(true);
    expect(same.lastMessage().text).toContain("Что-то пошло не так");
    await same.send("/help");
    expect(same.lastMessage().text).toContain("ПрофРост");
  });
});
