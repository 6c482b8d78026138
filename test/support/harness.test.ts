// The test tools tested on a tiny local bot, so they can be trusted when the real bot's tests fail.
import { describe, expect, it } from "vitest";
import { Bot, GrammyError, InlineKeyboard, InputFile, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Menu } from "@grammyjs/menu";
import { run } from "@grammyjs/runner";
import { FakeTelegram, isRecord } from "./fake-telegram.ts";
import { harnessFor, media } from "./harness.ts";
import { startFakeBotApi } from "./fake-bot-api-server.ts";

const TOKEN = "123456:" + "A".repeat(35);

function tinyBot(telegram: FakeTelegram, apiRoot?: string): Bot {
  const client = apiRoot ? { apiRoot } : { fetch: telegram.fetch };
  const botInfo: UserFromGetMe = telegram.botInfo;
  const bot = new Bot(TOKEN, { client, botInfo });
  let count = 0;
  const counter = new Menu("counter").text(
    () => `Count ${count}`,
    (ctx) => {
      count += 1;
      ctx.menu.update();
    },
  );
  bot.use(counter);
  bot.command("start", (ctx) => ctx.reply("Hello <b>there</b>", { parse_mode: "HTML" }));
  bot.command("menu", (ctx) => ctx.reply("Counter", { reply_markup: counter }));
  bot.command("ask", (ctx) =>
    ctx.reply("Sure?", { reply_markup: new InlineKeyboard().text("Yes", "yes").text("No", "no").row().url("Site", "https://example.org") }),
  );
  bot.callbackQuery("yes", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText("You said yes");
  });
  bot.callbackQuery("again", (ctx) => ctx.editMessageText("You said yes")); // same text: Telegram refuses
  bot.command("file", (ctx) => ctx.replyWithDocument(new InputFile(Buffer.from("name;subject\nИванова;физика\n"), "teachers.csv"), { caption: "Here" }));
  bot.command("boom", () => {
    throw new Error("boom");
  });
  bot.on("message:document", async (ctx) => {
    const file = await ctx.getFile();
    const response = await telegram.webFetch(`https://api.telegram.org/file/bot${TOKEN}/${file.file_path}`);
    await ctx.reply(`Got ${await response.text()}`);
  });
  bot.on("message:sticker", (ctx) => ctx.reply("Nice sticker"));
  bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: "This button no longer works", show_alert: true }));
  return bot;
}

function setup() {
  const telegram = new FakeTelegram();
  const bot = tinyBot(telegram);
  bot.catch(() => undefined); // like the real bot; the harness still records and rethrows errors
  return harnessFor(bot, telegram);
}

describe("harness with a local bot", () => {
  it("delivers text and records the reply, parsing HTML like Telegram", async () => {
    const { user } = setup();
    const ivan = user({ id: 7_000_000_001 });
    await ivan.send("/start");
    const reply = ivan.lastMessage();
    expect(reply.text).toBe("Hello there");
    expect(reply.raw.entities).toEqual([{ type: "bold", offset: 6, length: 5 }]);
    expect(reply.raw.chat.id).toBe(7_000_000_001);
    expect(ivan.calls("sendMessage")).toHaveLength(1);
  });

  it("presses a menu button by its label and sees the edited keyboard", async () => {
    const { user } = setup();
    const ivan = user();
    await ivan.send("/menu");
    expect(ivan.lastMessage().buttons).toEqual([["Count 0"]]);
    await ivan.press("Count 0");
    expect(ivan.lastMessage().buttons).toEqual([["Count 1"]]);
    expect(ivan.calls("editMessageReplyMarkup")).toHaveLength(1);
    expect(ivan.lastAnswer()).toBeDefined(); // the menu answers the query itself
  });

  it("presses an inline keyboard button; an edit without reply_markup drops the keyboard", async () => {
    const { user } = setup();
    const ivan = user();
    await ivan.send("/ask");
    expect(ivan.lastMessage().urls).toEqual(["https://example.org"]);
    await ivan.press(/^yes$/i);
    expect(ivan.lastMessage()).toMatchObject({ text: "You said yes", buttons: [] });
    expect(ivan.messages()).toHaveLength(1);
  });

  it("sends forged data and shows the bot's answer", async () => {
    const { user } = setup();
    const ivan = user();
    await ivan.send("/ask");
    await ivan.pressData("admin/delete/1");
    expect(ivan.lastAnswer()).toMatchObject({ text: "This button no longer works", show_alert: true });
  });

  it("explains a missing or URL button", async () => {
    const { user } = setup();
    const ivan = user();
    expect(() => ivan.press("Yes")).toThrow(/sees no inline keyboard/);
    await ivan.send("/ask");
    expect(() => ivan.press("Maybe")).toThrow(/No button "Maybe".*\[Yes\] \[No\] \/ \[Site\]/);
    expect(() => ivan.press("Site")).toThrow(/URL button/);
  });

  it("refuses an edit that changes nothing, and rethrows what reached bot.catch", async () => {
    const { user, errors } = setup();
    const ivan = user();
    await ivan.send("/ask");
    await ivan.press("Yes");
    await expect(ivan.pressData("again")).rejects.toThrow(/message is not modified/);
    await expect(ivan.send("/boom")).rejects.toThrow("boom");
    expect(errors).toHaveLength(2);
  });

  it("records a multipart sendDocument with its file name and content", async () => {
    const { user, telegram } = setup();
    const ivan = user();
    await ivan.send("/file");
    const [call] = ivan.calls("sendDocument");
    const document = call?.payload.document;
    expect(isRecord(document) && document).toMatchObject({ fileName: "teachers.csv", mimeType: "text/csv", text: "name;subject\nИванова;физика\n" });
    expect(call?.payload.chat_id).toBe(ivan.id);
    expect(ivan.lastMessage()).toMatchObject({ text: "Here" });
    expect(ivan.lastMessage().raw.document?.file_name).toBe("teachers.csv");
    expect(telegram.files.size).toBe(1);
  });

  it("serves the user's uploads through getFile and the file URL; fills in other update kinds", async () => {
    const { user } = setup();
    const ivan = user();
    await ivan.sendDocument({ fileName: "list.txt", content: "Петров" });
    expect(ivan.lastMessage().text).toBe("Got Петров");
    await ivan.sendUpdate({ message: { sticker: media.sticker() } });
    expect(ivan.lastMessage().text).toBe("Nice sticker");
  });

  it("injects failures like Telegram's", async () => {
    const { user, telegram, errors } = setup();
    const ivan = user();
    telegram.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await expect(ivan.send("/start")).rejects.toThrow(/blocked/);
    const [caught] = errors;
    expect(caught?.error instanceof GrammyError && caught.error.error_code).toBe(403);
    await ivan.send("/start"); // only the next call failed
    expect(ivan.lastMessage().text).toBe("Hello there");
    telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    const limited = await telegram.webFetch(`https://api.telegram.org/bot${TOKEN}/sendMessage`, { method: "POST", body: JSON.stringify({ chat_id: ivan.id, text: "x" }), headers: { "content-type": "application/json" } });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    await expect(telegram.call("sendMessage", { chat_id: 42, text: "hi" })).resolves.toMatchObject({ ok: false, description: "Bad Request: chat not found" });
    await expect(telegram.call("sendMessage", { chat_id: ivan.id, text: "<b>hi", parse_mode: "HTML" })).resolves.toMatchObject({ ok: false, error_code: 400 });
  });
});

describe("fake Bot API over HTTP", () => {
  it("lets @grammyjs/runner poll it: a pushed /start gets a reply within a second", async () => {
    const api = await startFakeBotApi();
    const bot = tinyBot(api.telegram, api.url);
    const runner = run(bot);
    try {
      const ivan = api.user();
      const started = Date.now();
      await ivan.send("/start");
      expect((await ivan.waitForReply(1000)).text).toBe("Hello there");
      expect(Date.now() - started).toBeLessThan(1000);
      await ivan.send("/menu");
      await ivan.waitForReply(1000);
      await ivan.press("Count 0");
      await api.waitFor((c) => c.method === "editMessageReplyMarkup", 1000);
      expect(ivan.lastMessage().buttons).toEqual([["Count 1"]]);
      await ivan.send("/file"); // multipart through a real socket
      await ivan.waitForReply(1000);
      expect(ivan.lastMessage().raw.document?.file_name).toBe("teachers.csv");
    } finally {
      await runner.stop();
      await api.close();
    }
  });

  it("honours offset, allowed_updates and the long-poll timeout; close ends a held poll", async () => {
    const api = await startFakeBotApi();
    const getUpdates = async (body: object): Promise<unknown> => {
      const response = await fetch(`${api.url}/bot${TOKEN}/getUpdates`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return response.json();
    };
    const first = api.pushUpdate({ message: { message_id: 1, date: 0, chat: { id: 5, type: "private", first_name: "A" }, from: { id: 5, is_bot: false, first_name: "A" }, text: "a" } });
    api.pushUpdate({ message_reaction_count: { chat: { id: -1, type: "group", title: "G" }, message_id: 1, date: 0, reactions: [] } });
    expect(await getUpdates({})).toMatchObject({ ok: true, result: [{ update_id: first.update_id }] }); // reaction counts are not sent by default
    expect(await getUpdates({ offset: first.update_id + 1 })).toEqual({ ok: true, result: [] });

    let started = Date.now();
    expect(await getUpdates({ timeout: 1 })).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    started = Date.now();
    const held = getUpdates({ timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.close();
    expect(await held).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
