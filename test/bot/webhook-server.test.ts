// The webhook server refuses what is not a Telegram update with the right status and keeps serving.
import { afterEach, describe, expect, it } from "vitest";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { pino } from "pino";
import { startWebhookServer, type WebhookServer } from "../../src/bot/webhook-server.ts";
import { FakeTelegram } from "../support/fake-telegram.ts";

const TOKEN = "123456:" + "A".repeat(35);
const SECRET = "Wh00k-Secret_0123456";

let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(opts: { answerWithinMs?: number; handler?: () => Promise<void> } = {}) {
  const telegram = new FakeTelegram();
  const user = telegram.registerUser({ id: 77, is_bot: false, first_name: "Анна" });
  const bot = new Bot(TOKEN, { botInfo: telegram.botInfo, client: { fetch: telegram.fetch } });
  const handled: number[] = [];
  const caught: string[] = [];
  bot.catch((error) => void caught.push(error.error instanceof Error ? error.error.message : String(error.error)));
  bot.on("message:text", async (ctx) => {
    await opts.handler?.();
    handled.push(ctx.update.update_id);
    await ctx.reply(`Got ${ctx.message.text}`);
  });
  const warnings: string[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) });
  server = await startWebhookServer({ bot, path: "/tg-hook", secret: SECRET, port: 0, logger, ...opts });
  const url = `http://127.0.0.1:${server.port}/tg-hook`;
  const post = (body: string | Uint8Array, secret: string | null = SECRET) =>
    fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}) } });
  let updateId = 1;
  const textUpdate = (text: string): Update => ({
    update_id: updateId++,
    message: { message_id: updateId, date: 0, chat: user, from: { id: user.id, is_bot: false, first_name: "Анна" }, text },
  });
  return { telegram, handled, caught, warnings, url, post, textUpdate };
}

describe("webhook server", () => {
  it("answers 401, 400 and 413 to bad requests, 404 elsewhere, and still handles the next good update", async () => {
    const { telegram, handled, warnings, url, post, textUpdate } = await setup();

    expect((await post(JSON.stringify(textUpdate("wrong secret")), "Wrong-Secret_0123456")).status).toBe(401);
    expect((await post(JSON.stringify(textUpdate("no secret")), null)).status).toBe(401);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: "world" }))).status).toBe(400); // JSON, but no update
    expect((await post(new Uint8Array(2 * 1024 * 1024).fill(32))).status).toBe(413);
    expect((await fetch(url.replace("/tg-hook", "/other"), { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404); // a GET
    expect(handled).toEqual([]);
    expect(warnings).toHaveLength(5); // each refusal of a request that reached the webhook path is logged

    const good = textUpdate("hello");
    expect((await post(JSON.stringify(good))).status).toBe(200);
    expect(handled).toEqual([good.update_id]);
    expect(telegram.messages(77).at(-1)?.message.text).toBe("Got hello");
  });

  it("refuses a body over the limit also when it streams in without a Content-Length", async () => {
    const { url, post, textUpdate } = await setup();
    const chunk = new Uint8Array(64 * 1024).fill(32);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 4 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    // `duplex` is required by Node's fetch for a stream body but missing from RequestInit's typings.
    const init = { method: "POST", body: endless, duplex: "half", headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET } };
    const response = await fetch(url, init as RequestInit);
    expect(response.status).toBe(413);
    expect((await post(JSON.stringify(textUpdate("after")))).status).toBe(200);
  });

  it("hands a failing update to bot.catch and answers 200, as polling would", async () => {
    const { post, textUpdate, caught } = await setup({ handler: () => Promise.reject(new Error("boom")) });
    expect((await post(JSON.stringify(textUpdate("fail")))).status).toBe(200);
    expect(caught).toEqual(["boom"]);
  });

  it("answers in time while a slow update goes on, and close() waits for it", async () => {
    let finish = (): void => undefined;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const { handled, post, textUpdate } = await setup({ answerWithinMs: 50, handler: () => slow });
    const update = textUpdate("slow");
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect(handled).toEqual([]); // answered before the update was done

    const closing = server?.close();
    server = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handled).toEqual([]);
    finish();
    await closing;
    expect(handled).toEqual([update.update_id]);
  });
});
