// The real process, as a user starts it: `npm start` (node with tsx on src/main.ts) against a
// database of the provider under test (empty for the first start, which migrates it) and the fake
// Bot API over HTTP.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { createDb, type Db } from "../../src/db/client.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api-server.ts";
import type { FakeUser, ShownMessage } from "../support/harness.ts";
import type { FakeTelegram, Payload } from "../support/fake-telegram.ts";
import { cancelRegistration, registerForEvent } from "../../src/features/events/registration.ts";
import { makeEvent } from "../support/events.ts";
import { createTeacher, memberOf } from "../support/factories.ts";
import { testProvider } from "../support/db-names.ts";
import { createTestDb } from "../support/db.ts";
import { freePort, freshDatabase, killAll, startBot, TOKEN, until, type BotProcess, type FreshDatabase } from "./bot-process.ts";

const START_MS = 45_000; // migrations on an empty database + tsx + bot.init; about 3-8 s in practice
const REPLY_MS = 15_000;
const TEST_MS = 60_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  killAll();
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

type Running = { api: FakeBotApi; database: FreshDatabase; bot: BotProcess };

/**
 * A fake Bot API, a database and `npm start` against both. The database is migrated and holds the
 * directory, as on every start but the first; `empty` gives the first start's (the first test's).
 */
async function launch(settings: Record<string, string> = {}, { empty = false } = {}): Promise<Running> {
  const api = await startFakeBotApi();
  cleanups.push(() => api.close());
  const database = empty ? await freshDatabase() : await createTestDb({ directory: true });
  cleanups.push(() => database.drop());
  const bot = startBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    DATABASE_URL: database.url,
    LOG_LEVEL: "info",
    BOT_ADMIN_IDS: "42",
    ...settings,
  });
  return { api, database, bot };
}

/** A Prisma client on the test's database, disconnected after the test. */
async function open(database: FreshDatabase): Promise<Db> {
  const db = await createDb(database.url);
  // Runs before database.drop() (cleanups run in reverse).
  cleanups.push(() => db.$disconnect());
  return db;
}

/** Waits until the newest bot message in the user's chat satisfies `wanted`. */
async function shown(u: FakeUser, bot: BotProcess, wanted: string | ((m: ShownMessage) => boolean)): Promise<ShownMessage> {
  const test = typeof wanted === "string" ? (m: ShownMessage) => m.text.includes(wanted) : wanted;
  return until(
    () => {
      const last = u.messages().length ? u.lastMessage() : undefined;
      return last && test(last) ? last : undefined;
    },
    REPLY_MS,
    () =>
      `the bot never showed ${typeof wanted === "string" ? JSON.stringify(wanted) : "the expected message"}; last message: ${JSON.stringify(
        u.messages().length ? { text: u.lastMessage().text, buttons: u.lastMessage().buttons } : null,
      )}\nBot API calls: ${u.telegram.calls.map((c) => c.method).join(", ")}\n${bot.transcript()}`,
  );
}

async function sigterm(bot: BotProcess, pid: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const sentAt = Date.now();
  process.kill(pid, "SIGTERM");
  const exit = await bot.waitForExit(15_000);
  return { code: exit.code, signal: exit.signal, ms: exit.at - sentAt };
}

function startUpdate(telegram: FakeTelegram, u: FakeUser): Update {
  return {
    update_id: telegram.nextUpdateId(),
    message: {
      message_id: telegram.nextMessageId(u.id),
      date: Math.floor(Date.now() / 1000),
      chat: u.chat,
      from: u.user,
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

// Once per suite, on the default deployment (SQLite): the process and its signals do not depend on
// the database, which the service and flow tests cover on both.
describe.runIf(testProvider() === "sqlite")("npm start (the real process)", { timeout: TEST_MS }, () => {
  it("migrates a fresh database, loads the bundled directory, registers commands and polls", async () => {
    const { api, database, bot } = await launch({}, { empty: true });
    await bot.waitForLog("polling for updates", START_MS);
    await until(() => api.telegram.calls.find((c) => c.method === "getUpdates"), REPLY_MS, () => `no getUpdates\n${bot.transcript()}`);

    expect(bot.stdout()).toContain("All migrations have been successfully applied");
    expect(bot.logs().find((l) => l.msg === "bundled directory loaded")).toMatchObject({ municipalities: 34 });
    const db = await open(database);
    expect(await db.municipality.count()).toBe(34);
    expect(await db.school.count()).toBeGreaterThan(0);

    // Registered beside polling, not before it: all three may come after the first getUpdates.
    await until(() => api.telegram.calls.filter((c) => c.method === "setMyCommands" && c.response).length >= 3 || undefined, REPLY_MS, () => `not all commands registered\n${bot.transcript()}`);
    const commands = api.telegram.calls.filter((c) => c.method === "setMyCommands");
    expect(commands.every((c) => c.response?.ok === true), JSON.stringify(commands)).toBe(true);
    expect(commands.map((c) => c.payload.language_code ?? "default").sort()).toEqual(["default", "en", "ru"]);
    const ru = commands.find((c) => c.payload.language_code === "ru")?.payload;
    const en = commands.find((c) => c.payload.language_code === "en")?.payload;
    expect(commandNames(ru)).toEqual(["start", "menu", "settings", "help"]);
    expect(commandNames(en)).toEqual(["start", "menu", "settings", "help"]);
    expect(description(ru, "menu")).toBe("Главное меню");
    expect(description(en, "menu")).not.toBe(description(ru, "menu"));
    // Polling: any webhook left from webhook mode is removed first, and no update kind is left out.
    const methods = api.telegram.calls.map((c) => c.method);
    expect(methods.indexOf("deleteWebhook")).toBeGreaterThan(-1);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
    const poll = api.telegram.calls.find((c) => c.method === "getUpdates")?.payload;
    expect(poll?.allowed_updates).toEqual(expect.arrayContaining(["message", "callback_query", "my_chat_member"]));
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
  });

  const WALKS = [
    {
      lang: "ru",
      telegramLanguage: "ru",
      language: "Русский",
      consent: ["Согласие на обработку персональных данных", /Согласен/],
      name: ["Как вас зовут", "Петрова Анна Ивановна"],
      municipality: "муниципалитет",
      school: "школу",
      subjects: ["предметы", "Математика", "✅ Готово"],
      experience: "Сколько лет",
      menu: ["Главное меню", ["📅 Ближайшие события", "🎫 Мои записи", "🧭 Самодиагностика", "💡 Практики", "🤝 Наставничество", "👤 Профиль", "⚙️ Настройки", "❓ Помощь"]],
      done: "вы зарегистрированы",
    },
    {
      lang: "en",
      telegramLanguage: "de",
      language: "English",
      consent: ["Consent to personal data processing", /I agree/],
      name: ["What is your name", "Anna Petrova"],
      municipality: "municipality",
      school: "school",
      subjects: ["subjects", "Mathematics", "✅ Done"],
      experience: "How many years",
      menu: ["Main menu", ["📅 Upcoming events", "🎫 My registrations", "🧭 Self-diagnosis", "💡 Practices", "🤝 Mentoring", "👤 Profile", "⚙️ Settings", "❓ Help"]],
      done: "registered",
    },
  ] as const;

  for (const walk of WALKS) {
    it(`walks a new user from /start through the whole onboarding (${walk.lang}) to the main menu`, async () => {
      const { api, database, bot } = await launch();
      await bot.waitForLog("polling for updates", START_MS);
      const u = api.user({ languageCode: walk.telegramLanguage });

      await u.send("/start");
      const language = await shown(u, bot, "Выберите язык");
      expect(language.buttons).toEqual([["Русский", "English"]]);

      await u.press(walk.language);
      await shown(u, bot, walk.consent[0]);
      await u.press(walk.consent[1]);
      await shown(u, bot, walk.name[0]);
      await u.send(walk.name[1]);
      await shown(u, bot, (m) => m.text.includes(walk.municipality) && m.buttons.flat().includes("г. Омск"));
      await u.press("г. Омск");
      const schools = await shown(u, bot, walk.school);
      const school = schools.buttons[0]?.[0];
      expect(school).toBeTruthy();
      await u.press(school!);
      await shown(u, bot, walk.subjects[0]);
      await u.press(walk.subjects[1]);
      await shown(u, bot, (m) => m.buttons.flat().includes(`✅ ${walk.subjects[1]}`));
      await u.press(walk.subjects[2]);
      await shown(u, bot, walk.experience);
      await u.press("2");
      const menu = await shown(u, bot, walk.menu[0]);
      expect(menu.buttons.flat()).toEqual(walk.menu[1]);
      expect(u.messages().some((m) => m.text.includes(walk.done))).toBe(true);

      const db = await open(database);
      const row = await db.user.findUnique({ where: { telegramId: BigInt(u.id) }, include: { subjects: true, school: { include: { municipality: true } } } });
      expect(row).toMatchObject({ fullName: walk.name[1], lang: walk.lang, teachingSince: new Date().getUTCFullYear() - 2 });
      expect(row?.onboardedAt).toBeInstanceOf(Date);
      expect(row?.consentAt).toBeInstanceOf(Date);
      expect(row?.school?.name).toBe(school);
      expect(row?.school?.municipality.name).toBe("г. Омск");
      expect(row?.subjects.map((s) => s.subject)).toEqual(["math"]);
      expect(bot.logs().filter((l) => l.level >= 50), bot.transcript()).toEqual([]);
    });
  }

  it("a promotion queued while no bot runs (killed with SIGKILL before sending) is delivered once after the restart", async () => {
    const { api, database, bot } = await launch();
    await bot.waitForLog("polling for updates", START_MS);
    process.kill(-bot.pid, "SIGKILL");
    await bot.waitForExit(15_000);

    // What a cancellation commits in one transaction: the seat goes to the first waiting, with its notice.
    const db = await open(database);
    const now = new Date();
    const eventId = await makeEvent(db, { title: "Семинар после сбоя", capacity: 1 }, now);
    const [leaving, waiting] = [await createTeacher(db), await createTeacher(db, { lang: "en" })];
    for (const user of [leaving, waiting]) {
      api.telegram.registerUser({ id: Number(user.telegramId), is_bot: false, first_name: "T" });
      await registerForEvent(db, { eventId, person: await memberOf(db, user.id), now });
    }
    const cancelled = await cancelRegistration(db, { eventId, userId: leaving.id, now });
    expect(cancelled.promoted?.userId).toBe(waiting.id);
    expect(await db.outboxMessage.count({ where: { userId: waiting.id, status: "pending" } })).toBe(1);

    const restarted = startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: database.url, LOG_LEVEL: "info" });
    const toWaiting = (c: { method: string; payload: Payload }) => c.method === "sendMessage" && Number(c.payload.chat_id) === Number(waiting.telegramId);
    const sent = await until(() => api.telegram.calls.find(toWaiting), START_MS, () => `no promotion notice\n${restarted.transcript()}`);
    expect(String(sent.payload.text)).toContain("Семинар после сбоя");
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the sender looks again every second
    expect(api.telegram.calls.filter(toWaiting)).toHaveLength(1);
    expect(await db.outboxMessage.findMany({ where: { userId: waiting.id }, select: { status: true } })).toEqual([{ status: "sent" }]);
  });

  it("SIGTERM to the bot's process: it stops gracefully, logs \"stopped\" and npm start exits 0 within 10 s", async () => {
    const { bot } = await launch();
    await bot.waitForLog("polling for updates", START_MS);
    const { code, ms } = await sigterm(bot, bot.botPid());
    expect(code, bot.transcript()).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(bot.logs().find((l) => l.msg.startsWith("stopping"))).toMatchObject({ signal: "SIGTERM" });
    expectStopped(bot);
    expect(await bot.leftovers()).toEqual([]);
  });

  // `npm start` must hand signals to the bot: its script ends in `exec node --import tsx src/main.ts`,
  // since sh (dash) would otherwise die of SIGTERM without passing it on and orphan the bot.
  it("SIGTERM to npm start itself reaches the bot: graceful stop, exit 0 within 10 s, nothing left running", async () => {
    const { bot } = await launch();
    await bot.waitForLog("polling for updates", START_MS);
    const { code, signal, ms } = await sigterm(bot, bot.pid);
    const left = await bot.leftovers();
    expect({ code, signal, left }, bot.transcript()).toEqual({ code: 0, signal: null, left: [] });
    expect(ms).toBeLessThan(10_000);
    expectStopped(bot);
  });

  // Ctrl+C in a terminal, and systemd's default KillMode, signal the whole process group: npm and
  // node each get it, and npm forwards its copy to node as a second signal; src/main.ts must keep
  // listening (process.on, not once) or that second signal ends the process mid-shutdown.
  it("Ctrl+C (SIGINT to the whole process group) while an update is in flight: it is finished, npm start exits 0", async () => {
    const { api, bot } = await launch();
    await bot.waitForLog("polling for updates", START_MS);
    const slow = delay(api.telegram, "sendMessage", 2000);
    const u = api.user({ languageCode: "ru" });
    await u.send("/start");
    await until(() => (slow.arrived.length ? true : undefined), REPLY_MS, () => `no sendMessage reached the fake\n${bot.transcript()}`);
    process.kill(-bot.pid, "SIGINT");
    const exit = await bot.waitForExit(15_000);
    expect({ code: exit.code, signal: exit.signal, left: await bot.leftovers() }, bot.transcript()).toEqual({ code: 0, signal: null, left: [] });
    expect(slow.answered).toEqual([{ clientWaited: true }]);
    expectStopped(bot);
  });

  it("SIGTERM while an update is being handled: the bot finishes it before it exits", async () => {
    const { api, bot } = await launch();
    await bot.waitForLog("polling for updates", START_MS);
    const slow = delay(api.telegram, "sendMessage", 2000);
    const u = api.user({ languageCode: "ru" });
    await u.send("/start");
    await until(() => (slow.arrived.length ? true : undefined), REPLY_MS, () => `no sendMessage reached the fake\n${bot.transcript()}`);
    const { code } = await sigterm(bot, bot.botPid());
    expect(code, bot.transcript()).toBe(0);
    expect(slow.answered, `the bot exited ${JSON.stringify(bot.exit())} before its sendMessage was answered`).toEqual([{ clientWaited: true }]);
    expect(u.lastMessage().text).toContain("Выберите язык");
    expectStopped(bot);
  });

  describe("a missing or malformed setting stops start-up with one line", () => {
    it.each([
      ["missing", undefined],
      ["malformed", "not-a-token-123"],
      ["malformed (no secret part)", "123456:short"],
    ])("BOT_TOKEN %s", async (_, token) => {
      const database = await freshDatabase();
      cleanups.push(() => database.drop());
      const bot = startBot({ DATABASE_URL: database.url, ...(token === undefined ? {} : { BOT_TOKEN: token }) });
      const exit = await bot.waitForExit(START_MS);
      expect(exit.code, bot.transcript()).not.toBe(0);
      expect(exit.code, bot.transcript()).not.toBeNull();
      const lines = bot.stderr().split("\n").filter((line) => line.includes("BOT_TOKEN"));
      expect(lines, bot.transcript()).toHaveLength(1);
      expect(lines[0]).toContain("@BotFather");
      expect(lines[0]).toContain(".env.example");
      if (token) expect(bot.stderr() + bot.stdout()).not.toContain(token);
      expect(bot.stderr() + bot.stdout(), bot.transcript()).not.toMatch(/^ {4}at /m);
      expect(bot.logs(), "the bot must not have started").toEqual([]);
    });
  });

  it("webhook mode: sets the webhook with its secret, refuses a wrong secret, answers the right one, stops on SIGTERM", async () => {
    const port = await freePort();
    const secret = "Wh00k-Secret_0123456"; // 20 characters
    const url = "https://example.test/tg-hook";
    const { api, bot } = await launch({ BOT_MODE: "webhook", WEBHOOK_URL: url, WEBHOOK_SECRET: secret, PORT: String(port) });
    const setWebhook = await api.waitFor((c) => c.method === "setWebhook", START_MS).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${bot.transcript()}`);
    });
    expect(setWebhook.payload).toMatchObject({ url, secret_token: secret });
    expect(setWebhook.response?.ok).toBe(true);
    await bot.waitForLog("webhook server listening", REPLY_MS);
    // The commands are registered beside start-up, not before it: let that finish first.
    await api.waitFor((c) => c.method === "setChatMenuButton", REPLY_MS);
    expect(api.telegram.calls.map((c) => c.method)).not.toContain("getUpdates");
    const callsBefore = api.telegram.calls.length;

    const u = api.user({ languageCode: "ru" });
    const post = (update: Update, headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/tg-hook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(update),
      });
    const wrong = await post(startUpdate(api.telegram, u), { "X-Telegram-Bot-Api-Secret-Token": "Wrong-Secret_0123456" });
    expect(wrong.status).toBe(401);
    const missing = await post(startUpdate(api.telegram, u), {});
    expect(missing.status).toBe(401);
    const elsewhere = await fetch(`http://127.0.0.1:${port}/other`, { method: "POST", body: "{}" });
    expect(elsewhere.status).toBe(404);
    // With the right secret, a body that is not an update is refused and the process keeps serving.
    const malformed = await fetch(`http://127.0.0.1:${port}/tg-hook`, { method: "POST", headers: { "X-Telegram-Bot-Api-Secret-Token": secret }, body: "{not json" });
    expect(malformed.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.telegram.calls.slice(callsBefore).map((c) => c.method), "refused updates must send nothing").toEqual([]);

    const right = await post(startUpdate(api.telegram, u), { "X-Telegram-Bot-Api-Secret-Token": secret });
    expect(right.status, bot.transcript()).toBe(200);
    const language = await shown(u, bot, "Выберите язык");
    expect(language.buttons).toEqual([["Русский", "English"]]);

    const { code, ms } = await sigterm(bot, bot.botPid());
    expect(code, bot.transcript()).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expectStopped(bot);
    expect(await bot.leftovers()).toEqual([]);
  });
});

/**
 * The bot logged "stopping…" and then "stopped", and no error. pino writes asynchronously and
 * src/main.ts calls process.exit right after "stopped", which flushes that line synchronously:
 * it can land before "stopping…" in the output, so the order is read from the times.
 */
function expectStopped(bot: BotProcess): void {
  const logs = bot.logs();
  const stopping = logs.filter((l) => l.msg.startsWith("stopping"));
  const stopped = logs.filter((l) => l.msg === "stopped");
  expect({ stopping: stopping.length, stopped: stopped.length }, bot.transcript()).toEqual({ stopping: 1, stopped: 1 });
  expect(String(stopped[0]?.time) >= String(stopping[0]?.time), bot.transcript()).toBe(true);
  expect(logs.filter((l) => l.level >= 50), bot.transcript()).toEqual([]);
}

function commandNames(payload: Payload | undefined): string[] {
  const commands = Array.isArray(payload?.commands) ? (payload.commands as unknown[]) : [];
  return commands.map((c) => (typeof c === "object" && c !== null && "command" in c ? String(c.command) : ""));
}

function description(payload: Payload | undefined, command: string): string | undefined {
  const commands = Array.isArray(payload?.commands) ? (payload.commands as unknown[]) : [];
  for (const c of commands) {
    if (typeof c === "object" && c !== null && "command" in c && c.command === command && "description" in c) return String(c.description);
  }
  return undefined;
}

/**
 * Holds every `method` call `ms` before the fake answers it. `answered` says, per call, whether
 * the bot was still waiting for the answer (its connection open) when it came.
 */
function delay(telegram: FakeTelegram, method: string, ms: number) {
  const arrived: Payload[] = [];
  const answered: { clientWaited: boolean }[] = [];
  const original = telegram.call.bind(telegram);
  telegram.call = async (name, payload, signal) => {
    if (name !== method) return original(name, payload, signal);
    arrived.push(payload);
    await new Promise((resolve) => setTimeout(resolve, ms));
    answered.push({ clientWaited: signal?.aborted !== true });
    return original(name, payload, signal);
  };
  return { arrived, answered };
}
