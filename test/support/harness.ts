// A fake user talking to the bot through FakeTelegram: updates go in through bot.handleUpdate, and
// every answer comes back through the bot's own HTTP client, as with the real Telegram.
import { Api, BotError, type Bot, type Context as GrammyContext } from "grammy";
import type { CallbackQuery, Chat, ChatMemberUpdated, Message, PhotoSize, Sticker, Update, User, Voice } from "grammy/types";
import { parseConfig, type Config } from "../../src/config/index.ts";
import type { Db } from "../../src/db/client.ts";
import { pino } from "pino";
import type { Context } from "../../src/bot/context.ts";
import type { ChatLock } from "../../src/bot/chat-lock/index.ts";
import { systemClock, type Clock } from "../../src/core/clock.ts";
import { sharedI18n } from "../../src/i18n/index.ts";
import { OutboxSender } from "../../src/messaging/sender.ts";
import type { SendRate } from "../../src/messaging/rate.ts";
import { FakeTelegram, isRecord, type RecordedCall, type StoredMessage } from "./fake-telegram.ts";

export type HarnessOptions = {
  db: Db;
  config?: Partial<Config>;
  botToken?: string;
  /**
   * Default true: a middleware error fails the send()/press() that caused it, after the bot has
   * handled it (bot.catch, or an error line in its log when an errorBoundary caught it).
   */
  rethrowBotErrors?: boolean;
  /** The bot's clock; the real time by default. */
  clock?: Clock;
  /**
   * Default true: after each update the outbox sends whatever is due, as the real sender would a
   * moment later. False leaves the rows for the test to send (`outbox.sendAllDue()`).
   */
  sendOutbox?: boolean;
  /** The bot as one of several webhook instances (see createBot). */
  chatLock?: ChatLock;
};

export type UserOptions = { id?: number; firstName?: string; lastName?: string; username?: string; languageCode?: string | undefined };

/** A message as the user sees it. */
export type ShownMessage = { id: number; text: string; buttons: string[][]; urls: string[]; replyKeyboard: string[][]; raw: Message };
export type CallbackAnswer = { callback_query_id: string; text?: string; show_alert?: boolean; url?: string };

/** Any update; the sender, chat, ids and dates are filled in. */
export type UpdatePartial = Omit<Partial<Update>, "message" | "edited_message" | "callback_query" | "my_chat_member"> & {
  message?: Partial<Message>;
  edited_message?: Partial<Message>;
  callback_query?: Partial<CallbackQuery>;
  my_chat_member?: Partial<ChatMemberUpdated>;
};

export type Harness<C extends GrammyContext = Context> = {
  bot: Bot<C>;
  telegram: FakeTelegram;
  /** Every middleware error (handed to bot.catch), in order. */
  errors: BotError<C>[];
  user(opts?: UserOptions): FakeUser;
};

export type AppHarness = Harness<Context> & {
  config: Config;
  db: Db;
  /** what the bot logged at warn and above */
  logs: LogEntry[];
  /** The outbox sender, on the same fake Telegram, with no rate limit of its own. */
  outbox: OutboxSender;
};

/** A warning or error the bot logged; `err` is pino's serialised error. */
export type LogEntry = { level: number; msg: string; err?: { type?: string; message?: string; stack?: string } };

/** The real bot from src/bot/index.ts, initialised against a fresh FakeTelegram. */
export async function createHarness(opts: HarnessOptions): Promise<AppHarness> {
  // Loaded lazily so this file (and the harness's own tests) load even while the bot module is broken.
  const { createBot } = await import("../../src/bot/index.ts");
  const telegram = new FakeTelegram();
  const config: Config = {
    ...parseConfig({ BOT_TOKEN: opts.botToken ?? "123456:" + "A".repeat(35), LOG_LEVEL: "silent" }),
    ...opts.config,
  };
  // Not a silent logger: the bot's errorBoundary ends every middleware error in logger.error, so
  // that log line is the only trace of a failure; it is kept and fails the test (see deliver).
  const logs: LogEntry[] = [];
  const logger = pino({ level: "warn", base: undefined }, { write: (line: string) => logs.push(toLogEntry(line)) });
  const clock = opts.clock ?? systemClock;
  const outbox = new OutboxSender({
    db: opts.db,
    api: new Api(config.botToken, { apiRoot: config.apiRoot, fetch: telegram.fetch }),
    i18n: sharedI18n(),
    clock,
    logger,
    rate: unlimitedRate,
    defaultTimezone: config.defaultTimezone,
    perSecond: 1000,
  });
  const bot = createBot({ config, db: opts.db, logger, fetch: telegram.fetch, clock, outbox, chatLock: opts.chatLock });
  await bot.init();
  const rethrow = opts.rethrowBotErrors === undefined ? {} : { rethrowBotErrors: opts.rethrowBotErrors };
  const afterUpdate = opts.sendOutbox === false ? undefined : async () => void (await outbox.sendAllDue());
  return { ...harnessFor(bot, telegram, { ...rethrow, logs, ...(afterUpdate ? { afterUpdate } : {}) }), config, db: opts.db, logs, outbox };
}

function toLogEntry(line: string): LogEntry {
  const parsed: unknown = JSON.parse(line);
  const record = isRecord(parsed) ? parsed : {};
  const entry: LogEntry = { level: typeof record.level === "number" ? record.level : 0, msg: typeof record.msg === "string" ? record.msg : "" };
  const err = record.err;
  if (isRecord(err)) {
    entry.err = {};
    if (typeof err.type === "string") entry.err.type = err.type;
    if (typeof err.message === "string") entry.err.message = err.message;
    if (typeof err.stack === "string") entry.err.stack = err.stack;
  }
  return entry;
}

/** Fake users for any bot whose client fetch is `telegram.fetch` (and that is initialised). */
export function harnessFor<C extends GrammyContext>(
  bot: Bot<C>,
  telegram: FakeTelegram,
  opts: {
    rethrowBotErrors?: boolean;
    /** the bot's log, whose error lines fail the update */
    logs?: LogEntry[];
    /** runs after each update the bot handled (the outbox's send) */
    afterUpdate?: () => Promise<void>;
  } = {},
): Harness<C> {
  const errors: BotError<C>[] = [];
  const deliver = async (update: Update): Promise<void> => {
    const logged = opts.logs?.length ?? 0;
    try {
      await bot.handleUpdate(update);
      await opts.afterUpdate?.();
    } catch (error) {
      if (!(error instanceof BotError)) throw error;
      // handleUpdate never calls bot.catch itself (bot.start and the runner do): do what they do,
      // so the bot's own error reply happens, then fail the test unless told otherwise.
      const botError: BotError<C> = error;
      errors.push(botError);
      await bot.errorHandler(botError);
      if (opts.rethrowBotErrors !== false) throw botError;
    }
    // Counted by position: with updates delivered concurrently, blame may land on a neighbour.
    const failure = opts.logs?.slice(logged).find((entry) => entry.level >= 50);
    if (failure && opts.rethrowBotErrors !== false) {
      const cause = failure.err?.stack ?? failure.err?.message ?? "";
      throw new Error(`The bot logged an error while handling update ${update.update_id}: ${failure.msg}\n${cause}`);
    }
  };
  let nextId = 7_000_000_001; // above 2^32 on purpose: ids must survive as bigint in the database
  return {
    bot,
    telegram,
    errors,
    user: (userOpts = {}) => new FakeUser(telegram, deliver, { ...userOpts, id: userOpts.id ?? nextId++ }),
  };
}

const now = (): number => Math.floor(Date.now() / 1000);

export class FakeUser {
  readonly id: number;
  readonly user: User;
  readonly chat: Chat.PrivateChat;
  /** Index into telegram.calls when the last update was delivered (see waitForReply). */
  private mark = 0;
  private readonly callbackIds = new Set<string>();

  constructor(
    readonly telegram: FakeTelegram,
    private readonly deliver: (update: Update) => Promise<void>,
    opts: UserOptions & { id: number },
  ) {
    this.id = opts.id;
    this.user = { id: opts.id, is_bot: false, first_name: opts.firstName ?? "Иван" };
    if (opts.lastName !== undefined) this.user.last_name = opts.lastName;
    if (opts.username !== undefined) this.user.username = opts.username;
    const language = "languageCode" in opts ? opts.languageCode : "ru";
    if (language !== undefined) this.user.language_code = language;
    this.chat = telegram.registerUser(this.user);
  }

  /** A text message; a leading /command gets its bot_command entity, as Telegram adds it. */
  send(text: string): Promise<Update> {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    return this.sendUpdate({ message: { text, ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}) } });
  }

  /** A document from the user; the bot can getFile it and download it from the file URL. */
  sendDocument(file: { fileName: string; content: string | Uint8Array; mimeType?: string; caption?: string }): Promise<Update> {
    const bytes = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
    const stored = this.telegram.addFile(bytes, { fileName: file.fileName, ...(file.mimeType ? { mimeType: file.mimeType } : {}) });
    const document = { file_id: stored.fileId, file_unique_id: stored.uniqueId, file_name: file.fileName, mime_type: stored.mimeType, file_size: bytes.length };
    return this.sendUpdate({ message: { document, ...(file.caption === undefined ? {} : { caption: file.caption }) } });
  }

  /** Any update kind; missing ids, dates, sender and chat are filled in. */
  async sendUpdate(partial: UpdatePartial): Promise<Update> {
    const { message, edited_message, callback_query, my_chat_member, ...rest } = partial;
    const update: Update = { ...rest, update_id: partial.update_id ?? this.telegram.nextUpdateId() };
    if (message) {
      const full: Message & Update.NonChannel = {
        message_id: this.telegram.nextMessageId(this.id),
        date: now(),
        ...message,
        chat: this.chat,
        from: this.user,
      };
      this.telegram.storeIncoming(full);
      update.message = full;
    }
    if (edited_message) {
      const previous = this.telegram.messages(this.id).filter((m) => !m.fromBot).at(-1)?.message;
      update.edited_message = { ...previous, message_id: previous?.message_id ?? 1, date: previous?.date ?? now(), ...edited_message, edit_date: now(), chat: this.chat, from: this.user };
    }
    if (callback_query) {
      update.callback_query = { id: this.telegram.newId("cb"), chat_instance: `ci${this.id}`, ...callback_query, from: this.user };
      this.callbackIds.add(update.callback_query.id);
      this.telegram.openCallbackQuery(update.callback_query.id);
    }
    if (my_chat_member) {
      update.my_chat_member = {
        chat: this.chat,
        from: this.user,
        date: now(),
        old_chat_member: { status: "member", user: this.telegram.botUser },
        new_chat_member: { status: "kicked", user: this.telegram.botUser, until_date: 0 },
        ...my_chat_member,
      };
    }
    this.mark = this.telegram.calls.length;
    await this.deliver(update);
    return update;
  }

  /** The user blocks the bot: Telegram sends my_chat_member and refuses further messages with 403. */
  blockBot(): Promise<Update> {
    this.telegram.setBlocked(this.id);
    return this.sendUpdate({ my_chat_member: {} });
  }

  /** Presses the button with this visible label, in the newest bot message with an inline keyboard. */
  press(label: string | RegExp, opts: { inMessage?: number } = {}): Promise<Update> {
    const stored = this.keyboardMessage(opts.inMessage);
    const rows = stored.message.reply_markup?.inline_keyboard ?? [];
    const button = rows.flat().find((b) => (typeof label === "string" ? b.text === label : new RegExp(label.source, label.flags.replace("g", "")).test(b.text)));
    if (!button) {
      const shown = rows.map((row) => row.map((b) => `[${b.text}]`).join(" ")).join(" / ");
      throw new Error(`No button ${typeof label === "string" ? JSON.stringify(label) : String(label)} in message #${stored.message.message_id} ${quote(textOf(stored.message))}. Buttons: ${shown}`);
    }
    if ("url" in button) throw new Error(`Button "${button.text}" is a URL button (${button.url}): pressing it opens a link and sends the bot nothing`);
    if (!("callback_data" in button)) throw new Error(`Button "${button.text}" has no callback data: ${JSON.stringify(button)}`);
    return this.pressData(button.callback_data, stored.message.message_id);
  }

  /** A callback query with any data (e.g. forged or outdated), attached to a bot message if there is one. */
  pressData(data: string, messageId?: number): Promise<Update> {
    const stored = messageId === undefined ? this.newestBotMessage((m) => m.message.reply_markup !== undefined) ?? this.newestBotMessage() : this.botMessage(messageId);
    return this.sendUpdate({ callback_query: { data, ...(stored ? { message: structuredClone(stored.message) } : {}) } });
  }

  /** The message the bot most recently sent or edited in this chat. */
  lastMessage(): ShownMessage {
    const newest = this.botMessages().sort((a, b) => b.seq - a.seq)[0];
    if (!newest) throw new Error(`The bot has sent nothing to user ${this.id} (calls: ${this.telegram.calls.map((c) => c.method).join(", ")})`);
    return show(newest);
  }

  /** All bot messages in this chat still present, in the order they were sent. */
  messages(): ShownMessage[] {
    return this.botMessages().map(show);
  }

  /** The last answerCallbackQuery for this user's button presses. */
  lastAnswer(): CallbackAnswer | undefined {
    const payload = this.calls("answerCallbackQuery").at(-1)?.payload;
    if (!payload || typeof payload.callback_query_id !== "string") return undefined;
    const answer: CallbackAnswer = { callback_query_id: payload.callback_query_id };
    if (typeof payload.text === "string") answer.text = payload.text;
    if (typeof payload.show_alert === "boolean") answer.show_alert = payload.show_alert;
    if (typeof payload.url === "string") answer.url = payload.url;
    return answer;
  }

  /** Recorded calls of `method` concerning this chat (answerCallbackQuery: this user's queries). */
  calls(method: string): RecordedCall[] {
    return this.telegram.calls.filter(
      (c) =>
        c.method === method &&
        (method === "answerCallbackQuery"
          ? typeof c.payload.callback_query_id === "string" && this.callbackIds.has(c.payload.callback_query_id)
          : String(c.payload.chat_id) === String(this.id)),
    );
  }

  /** Resolves once the bot sends or edits a message here after the last update (for polling bots). */
  async waitForReply(timeoutMs = 2000): Promise<ShownMessage> {
    await this.telegram.waitForCall(
      (c) => c.response?.ok === true && /^(send(?!ChatAction)|edit)/.test(c.method) && String(c.payload.chat_id) === String(this.id),
      timeoutMs,
      this.mark,
    );
    return this.lastMessage();
  }

  private botMessages(): StoredMessage[] {
    return this.telegram.messages(this.id).filter((m) => m.fromBot);
  }

  private botMessage(id: number): StoredMessage {
    const stored = this.botMessages().find((m) => m.message.message_id === id);
    if (!stored) throw new Error(`No bot message #${id} in the chat with user ${this.id}`);
    return stored;
  }

  private newestBotMessage(where: (m: StoredMessage) => boolean = () => true): StoredMessage | undefined {
    return this.botMessages().filter(where).at(-1);
  }

  private keyboardMessage(id: number | undefined): StoredMessage {
    if (id !== undefined) return this.botMessage(id);
    const stored = this.newestBotMessage((m) => (m.message.reply_markup?.inline_keyboard.length ?? 0) > 0);
    if (stored) return stored;
    const last = this.newestBotMessage();
    throw new Error(`User ${this.id} sees no inline keyboard; the last bot message is ${last ? quote(textOf(last.message)) : "none"}`);
  }
}

function textOf(message: Message): string {
  return message.text ?? message.caption ?? "";
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function show(stored: StoredMessage): ShownMessage {
  const rows = stored.message.reply_markup?.inline_keyboard ?? [];
  return {
    id: stored.message.message_id,
    text: textOf(stored.message),
    buttons: rows.map((row) => row.map((b) => b.text)),
    urls: rows.flat().flatMap((b) => ("url" in b && typeof b.url === "string" ? [b.url] : [])),
    replyKeyboard: stored.replyKeyboard ?? [],
    raw: structuredClone(stored.message),
  };
}

/** Ready-made media for sendUpdate({ message: { sticker: media.sticker() } }) and the like. */
export const media = {
  sticker: (): Sticker => ({ file_id: "CAACAgIAAxkBAAIBsticker", file_unique_id: "sticker1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" }),
  photo: (): PhotoSize[] => [
    { file_id: "AgACAgIAAxkBAAIBphoto_s", file_unique_id: "photo1s", width: 90, height: 67, file_size: 1200 },
    { file_id: "AgACAgIAAxkBAAIBphoto_m", file_unique_id: "photo1m", width: 800, height: 600, file_size: 54000 },
  ],
  voice: (): Voice => ({ file_id: "AwACAgIAAxkBAAIBvoice", file_unique_id: "voice1", duration: 3, mime_type: "audio/ogg", file_size: 9000 }),
};

/** True when a value is a plain object; re-exported for tests narrowing recorded payloads. */
export { isRecord };

/** Tests of flows do not wait for a rate: every send may go at once. */
const unlimitedRate: SendRate = { take: async () => ({ ok: true }), pause: async () => {}, close: async () => {} };
