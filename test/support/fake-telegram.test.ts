// FakeTelegram refuses what Telegram refuses, so a bot that passes against it will not be
// surprised by the real one: unknown methods, over-long texts, repeated answers, flood limits, 403s.
import { describe, expect, it } from "vitest";
import { Api, GrammyError } from "grammy";
import { FakeTelegram } from "./fake-telegram.ts";

const TOKEN = "123456:" + "A".repeat(35);

function withUser() {
  const telegram = new FakeTelegram();
  const user = telegram.registerUser({ id: 501, is_bot: false, first_name: "Анна" });
  return { telegram, chatId: user.id };
}

describe("FakeTelegram", () => {
  it("answers an unknown method 404 'Not Found: method not found', as the Bot API server does", async () => {
    const telegram = new FakeTelegram();
    const expected = { ok: false, error_code: 404, description: "Not Found: method not found" };
    await expect(telegram.call("sendMesage", { chat_id: 1, text: "typo" })).resolves.toEqual(expected);
    await expect(telegram.call("toString", {})).resolves.toEqual(expected);
    const response = await telegram.webFetch(`https://api.telegram.org/bot${TOKEN}/logOut`, { method: "POST" });
    expect(response.status).toBe(404);
    const api = new Api(TOKEN, { fetch: telegram.fetch });
    await expect(api.raw.close()).rejects.toMatchObject({ error_code: 404 });
  });

  it("knows the menu button calls the bot makes at start-up", async () => {
    const telegram = new FakeTelegram();
    await expect(telegram.call("getChatMenuButton", {})).resolves.toEqual({ ok: true, result: { type: "default" } });
    await expect(telegram.call("setChatMenuButton", { menu_button: { type: "commands" } })).resolves.toEqual({ ok: true, result: true });
    await expect(telegram.call("getChatMenuButton", {})).resolves.toEqual({ ok: true, result: { type: "commands" } });
    await expect(telegram.call("setChatMenuButton", { menu_button: { type: "link" } })).resolves.toMatchObject({ ok: false, error_code: 400 });
  });

  it("accepts one answer per callback query, of at most 200 characters", async () => {
    const telegram = new FakeTelegram();
    const tooOld = { ok: false, error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };
    await expect(telegram.call("answerCallbackQuery", { callback_query_id: "never-sent" })).resolves.toEqual(tooOld);
    telegram.openCallbackQuery("q1");
    await expect(telegram.call("answerCallbackQuery", { callback_query_id: "q1", text: "x".repeat(201) })).resolves.toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: MESSAGE_TOO_LONG",
    });
    await expect(telegram.call("answerCallbackQuery", { callback_query_id: "q1", text: "x".repeat(200) })).resolves.toEqual({ ok: true, result: true });
    await expect(telegram.call("answerCallbackQuery", { callback_query_id: "q1" })).resolves.toEqual(tooOld);
    telegram.pushUpdate({ callback_query: { id: "q2", chat_instance: "c", from: { id: 5, is_bot: false, first_name: "A" }, data: "x" } });
    await expect(telegram.call("answerCallbackQuery", { callback_query_id: "q2" })).resolves.toEqual({ ok: true, result: true });
  });

  it("refuses a caption over 1024 characters, also when copying", async () => {
    const { telegram, chatId } = withUser();
    const tooLong = { ok: false, error_code: 400, description: "Bad Request: message caption is too long" };
    const file = telegram.addFile(new TextEncoder().encode("a;b\n"), { fileName: "list.csv" });
    await expect(telegram.call("sendDocument", { chat_id: chatId, document: file.fileId, caption: "x".repeat(1025) })).resolves.toEqual(tooLong);
    const sent = await telegram.call("sendDocument", { chat_id: chatId, document: file.fileId, caption: "x".repeat(1024) });
    expect(sent.ok).toBe(true);
    const messageId = telegram.messages(chatId).at(-1)?.message.message_id;
    await expect(telegram.call("copyMessage", { chat_id: chatId, from_chat_id: chatId, message_id: messageId, caption: "y".repeat(1025) })).resolves.toEqual(tooLong);
    const copied = await telegram.call("copyMessage", { chat_id: chatId, from_chat_id: chatId, message_id: messageId, caption: "Copy" });
    expect(copied).toEqual({ ok: true, result: { message_id: (messageId ?? 0) + 1 } });
    expect(telegram.messages(chatId).at(-1)?.message).toMatchObject({ caption: "Copy", document: { file_name: "list.csv" } });
  });

  it("limits sends per chat and overall once asked, answering 429 with retry_after", async () => {
    const telegram = new FakeTelegram();
    for (const id of [1, 2, 3]) telegram.registerUser({ id, is_bot: false, first_name: `U${id}` });
    let now = 1_000_000;
    telegram.limitRate({ perSecond: 2, perChatPerSecond: 1, now: () => now });
    const send = (chatId: number) => telegram.call("sendMessage", { chat_id: chatId, text: "hi" });
    const tooMany = { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };

    expect((await send(1)).ok).toBe(true);
    await expect(send(1)).resolves.toEqual(tooMany); // one a second to a chat
    expect((await send(2)).ok).toBe(true);
    await expect(send(3)).resolves.toEqual(tooMany); // two a second overall
    expect((await telegram.call("sendChatAction", { chat_id: 1, action: "typing" })).ok).toBe(true); // not a send

    now += 999;
    await expect(send(3)).resolves.toEqual(tooMany);
    now += 1;
    expect((await send(3)).ok).toBe(true);
    expect((await send(1)).ok).toBe(true);

    const api = new Api(TOKEN, { fetch: telegram.fetch });
    const refused = await api.sendMessage(2, "hi").catch((error: unknown) => error);
    expect(refused instanceof GrammyError && refused.parameters.retry_after).toBe(1);
  });

  it("refuses every send and edit to a blocked or deactivated user with 403", async () => {
    const { telegram, chatId } = withUser();
    expect((await telegram.call("sendMessage", { chat_id: chatId, text: "Hello" })).ok).toBe(true); // message 1
    const file = telegram.addFile(new Uint8Array([1, 2, 3]), { fileName: "a.pdf" });
    const calls: [string, Record<string, unknown>][] = [
      ["sendMessage", { text: "hi" }],
      ["sendPhoto", { photo: "https://example.org/a.png" }],
      ["sendDocument", { document: file.fileId }],
      ["copyMessage", { from_chat_id: chatId, message_id: 1 }],
      ["sendChatAction", { action: "typing" }],
      ["editMessageText", { message_id: 1, text: "Edited" }],
    ];
    const outcomes = () =>
      Promise.all(
        calls.map(async ([method, payload]) => {
          const response = await telegram.call(method, { chat_id: chatId, ...payload });
          return response.ok ? "ok" : response.description;
        }),
      );

    telegram.setBlocked(chatId);
    expect(await outcomes()).toEqual(calls.map(() => "Forbidden: bot was blocked by the user"));
    telegram.setBlocked(chatId, false);
    telegram.setDeactivated(chatId);
    expect(await outcomes()).toEqual(calls.map(() => "Forbidden: user is deactivated"));
    telegram.setDeactivated(chatId, false);
    expect(await outcomes()).toEqual(calls.map(() => "ok"));
    await expect(telegram.call("sendMessage", { chat_id: 999, text: "hi" })).resolves.toMatchObject({ error_code: 400, description: "Bad Request: chat not found" });
  });
});
