// An in-memory Telegram Bot API. It sits at the HTTP level (a `fetch` for grammY's `client.fetch`,
// or behind fake-bot-api-server.ts) because conversations build their own Api, which an API
// transformer would never reach. It answers like Telegram, including Telegram's refusals.
import type {
  Chat,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ResponseParameters,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import type { BotConfig, Context } from "grammy";
import { SendRate, type SendRateOptions } from "./send-rate.ts";

export type Payload = Record<string, unknown>;
export type ApiError = { error_code: number; description: string; parameters?: ResponseParameters };
export type ApiResponse = { ok: true; result: unknown } | ({ ok: false } & ApiError);
export type RecordedCall = { method: string; payload: Payload; response?: ApiResponse };
/** What a multipart upload left in the recorded payload in place of the file. */
export type UploadedFile = { fileId: string; fileName: string; size: number; mimeType: string; text?: string };
export type StoredMessage = {
  message: Message;
  fromBot: boolean;
  /** Increases on every send and edit, so "the newest thing the user saw" is the highest seq. */
  seq: number;
  deleted: boolean;
  /** A reply keyboard is not part of the returned Message, but the user sees it. */
  replyKeyboard?: string[][];
};
export type StoredFile = { fileId: string; uniqueId: string; path: string; bytes: Uint8Array; fileName?: string; mimeType: string };
export type UpdateInput = Omit<Update, "update_id"> & { update_id?: number };
/** The type of grammY's `client.fetch` option. */
export type ClientFetch = NonNullable<NonNullable<BotConfig<Context>["client"]>["fetch"]>;
export type HttpAnswer = { status: number; contentType: string; body: Uint8Array | string };

const BOT: UserFromGetMe = {
  id: 1000,
  is_bot: true,
  first_name: "ProfRost",
  username: "profrost_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const BLOCKED = "Forbidden: bot was blocked by the user";
const QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid";
// What Telegram's Bot API server answers for a method it does not have: 404, not 400.
const UNKNOWN_METHOD: ApiError = { error_code: 404, description: "Not Found: method not found" };
// Methods that post a message, and so count against the send rate.
const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "copyMessage"]);
const MENU_BUTTONS = new Set(["commands", "web_app", "default"]);
// Telegram's default when a bot never set allowed_updates.
const NOT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
// Multipart fields that are free text: never JSON-decode them ("123" must stay a string caption).
const TEXT_FIELDS = new Set(["text", "caption", "title", "performer", "question", "description", "short_description",
  "name", "emoji", "parse_mode", "callback_query_id", "inline_message_id", "business_connection_id", "message_effect_id", "url", "secret_token"]);
const MIME: Record<string, string> = { pdf: "application/pdf", csv: "text/csv", txt: "text/plain", ics: "text/calendar",
  json: "application/json", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", svg: "image/svg+xml", html: "text/html",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };

/** Thrown inside method handlers; becomes `{ ok: false, ... }`. */
export class TelegramFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.description);
  }
}
const fail = (error_code: number, description: string): never => {
  throw new TelegramFailure({ error_code, description });
};

export class FakeTelegram {
  readonly botInfo: UserFromGetMe = { ...BOT };
  readonly botUser: User = { id: BOT.id, is_bot: true, first_name: BOT.first_name, username: BOT.username };
  readonly calls: RecordedCall[] = [];
  readonly files = new Map<string, StoredFile>();
  private readonly chats = new Map<number, Chat>();
  private readonly history = new Map<number, StoredMessage[]>();
  private readonly lastMessageId = new Map<number, number>();
  /** Chats that refuse everything with a 403, and why. */
  private readonly refusals = new Map<number, string>();
  /** Callback queries delivered and not answered yet; Telegram accepts one answer each. */
  private readonly openQueries = new Set<string>();
  private sendRate: SendRate | undefined;
  private menuButton: unknown = { type: "default" };
  private readonly failures: { method: string; chatId?: number; error: ApiError }[] = [];
  private readonly listeners = new Set<(call: RecordedCall) => void>();
  private readonly commands = new Map<string, unknown>();
  private seq = 0;
  private counter = 0;
  private updateId = 1;
  private queue: Update[] = [];
  private allowed: Set<string> | undefined;
  private poll: { settle(outcome: "wake" | "conflict" | "close"): void } | undefined;
  private webhookUrl = "";

  // ---- set-up and inspection -------------------------------------------------------------

  /** Telegram answers "chat not found" for chats it does not know; users are known once registered. */
  registerChat(chat: Chat): void {
    this.chats.set(chat.id, chat);
  }

  registerUser(user: User): Chat.PrivateChat {
    const chat: Chat.PrivateChat = { id: user.id, type: "private", first_name: user.first_name };
    if (user.last_name !== undefined) chat.last_name = user.last_name;
    if (user.username !== undefined) chat.username = user.username;
    this.registerChat(chat);
    return chat;
  }

  /** While blocked, every send/edit to the chat fails with 403, as after the user blocked the bot. */
  setBlocked(chatId: number, blocked = true): void {
    this.refuse(chatId, blocked ? BLOCKED : undefined);
  }

  /** A deleted account: every send/edit to the chat fails with 403 "user is deactivated". */
  setDeactivated(chatId: number, deactivated = true): void {
    this.refuse(chatId, deactivated ? "Forbidden: user is deactivated" : undefined);
  }

  /** From now on sends over these limits answer 429 with retry_after, like Telegram's flood control. */
  limitRate(options: SendRateOptions): void {
    this.sendRate = new SendRate(options);
  }

  /** A callback query the bot may answer once (the harness's users open theirs themselves). */
  openCallbackQuery(id: string): void {
    this.openQueries.add(id);
  }

  /** The next call of `method` (optionally only to `chatId`) fails with `error`. Queued in order. */
  failNext(method: string, error: ApiError, opts: { chatId?: number } = {}): void {
    this.failures.push({ method, error, ...opts });
  }

  /** Message ids in a chat are one sequence shared by the user and the bot. */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  nextUpdateId(): number {
    return this.updateId++;
  }

  newId(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  /** Stores a message the user sent, so ids stay shared and the bot may delete it. */
  storeIncoming(message: Message): void {
    this.store(message.chat.id, { message, fromBot: false, seq: ++this.seq, deleted: false });
  }

  /** The chat's messages (both sides) in the order they were sent, deleted ones left out. */
  messages(chatId: number): StoredMessage[] {
    return (this.history.get(chatId) ?? []).filter((m) => !m.deleted);
  }

  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messages(chatId).find((m) => m.message.message_id === messageId);
  }

  /** Registers a file as if uploaded to Telegram; getFile and the file URL then serve it. */
  addFile(bytes: Uint8Array, opts: { fileName?: string; mimeType?: string; folder?: string } = {}): StoredFile {
    const n = ++this.counter;
    const ext = opts.fileName?.split(".").pop()?.toLowerCase() ?? "";
    const file: StoredFile = {
      fileId: `BQACAgIAAxkBAAI${n}`,
      uniqueId: `uniq_${n}`,
      path: `${opts.folder ?? "documents"}/file_${n}${ext ? `.${ext}` : ""}`,
      bytes,
      mimeType: opts.mimeType ?? MIME[ext] ?? "application/octet-stream",
    };
    if (opts.fileName !== undefined) file.fileName = opts.fileName;
    this.files.set(file.fileId, file);
    return file;
  }

  /** Calls `listener` after each call completes; returns the unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first call from index `fromIndex` on (past or future) matching `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 5000, fromIndex = 0): Promise<RecordedCall> {
    const done = this.calls.slice(fromIndex).find((c) => c.response !== undefined && predicate(c));
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`No matching Bot API call within ${timeoutMs} ms; calls so far: ${this.calls.map((c) => c.method).join(", ")}`));
      }, timeoutMs);
      const stop = this.onCall((call) => {
        if (this.calls.indexOf(call) < fromIndex || !predicate(call)) return;
        clearTimeout(timer);
        stop();
        resolve(call);
      });
    });
  }

  // ---- updates for getUpdates --------------------------------------------------------------

  /** Queues an update for getUpdates (the HTTP server's polling bot), waking a held long poll. */
  pushUpdate(input: UpdateInput): Update {
    const update: Update = { ...input, update_id: input.update_id ?? this.nextUpdateId() };
    this.updateId = Math.max(this.updateId, update.update_id + 1);
    this.queue.push(update);
    if (update.callback_query) this.openCallbackQuery(update.callback_query.id);
    this.poll?.settle("wake");
    return update;
  }

  /** Answers a held long poll with [] at once (server shutdown). */
  close(): void {
    this.poll?.settle("close");
  }

  // ---- the API -----------------------------------------------------------------------------

  /** One Bot API call, answered as Telegram would. Only getUpdates may wait (long polling). */
  async call(method: string, payload: Payload, signal?: AbortSignal | null): Promise<ApiResponse> {
    const call: RecordedCall = { method, payload };
    this.calls.push(call);
    try {
      const response = await this.answer(method, payload, signal);
      call.response = response;
      return response;
    } finally {
      // Also after an abort, so waiters see every call; an aborted one has no response.
      for (const listener of [...this.listeners]) listener(call);
    }
  }

  private async answer(method: string, payload: Payload, signal?: AbortSignal | null): Promise<ApiResponse> {
    try {
      const chatId = optNumber(payload.chat_id);
      const failure = this.failures.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
      const injected = failure >= 0 ? this.failures.splice(failure, 1)[0] : undefined;
      if (injected) return { ok: false, ...injected.error };
      if (method === "getUpdates") return { ok: true, result: await this.getUpdates(payload, signal) };
      // Own properties only: "toString" is no Bot API method.
      const handler = Object.hasOwn(this.handlers, method) ? this.handlers[method] : undefined;
      if (!handler) return { ok: false, ...UNKNOWN_METHOD };
      const tooMany = SENDS.has(method) ? this.sendRate?.admit(chatId) : undefined;
      if (tooMany) return { ok: false, ...tooMany };
      return { ok: true, result: handler(payload) };
    } catch (error) {
      if (error instanceof TelegramFailure) return { ok: false, ...error.error };
      throw error;
    }
  }

  private readonly handlers: Record<string, (p: Payload) => unknown> = {
    getMe: () => this.botInfo,
    getWebhookInfo: () => ({ url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.queue.length }),
    setWebhook: (p) => {
      this.webhookUrl = requireString(p, "url");
      return true;
    },
    deleteWebhook: (p) => {
      this.webhookUrl = "";
      if (p.drop_pending_updates === true) this.queue = [];
      return true;
    },
    setMyCommands: (p) => {
      const commands = Array.isArray(p.commands) ? p.commands : fail(400, "Bad Request: parameter \"commands\" is required");
      for (const c of commands) {
        const command = isRecord(c) ? c.command : undefined;
        const description = isRecord(c) ? c.description : undefined;
        if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command)) fail(400, "Bad Request: BOT_COMMAND_INVALID");
        if (typeof description !== "string" || description.length < 1 || description.length > 256) {
          fail(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }
      }
      this.commands.set(commandsKey(p), commands);
      return true;
    },
    getMyCommands: (p) => this.commands.get(commandsKey(p)) ?? [],
    deleteMyCommands: (p) => this.commands.delete(commandsKey(p)) || true,
    setChatMenuButton: (p) => {
      const button = p.menu_button ?? { type: "default" };
      if (!isRecord(button) || typeof button.type !== "string" || !MENU_BUTTONS.has(button.type)) {
        fail(400, "Bad Request: can't parse menu button: unsupported menu button type");
      }
      this.menuButton = button;
      return true;
    },
    getChatMenuButton: () => this.menuButton,
    answerCallbackQuery: (p) => {
      const id = requireString(p, "callback_query_id");
      if (typeof p.text === "string" && p.text.length > 200) fail(400, "Bad Request: MESSAGE_TOO_LONG");
      if (!this.openQueries.delete(id)) fail(400, QUERY_INVALID);
      return true;
    },
    getChat: (p) => this.chat(p),
    sendChatAction: (p) => {
      this.reachableChat(p);
      return true;
    },
    sendMessage: (p) => {
      const chat = this.reachableChat(p);
      const { text, entities } = formatted(p, "text", "entities");
      if (text.trim() === "") fail(400, "Bad Request: message text is empty");
      if (text.length > 4096) fail(400, "Bad Request: message is too long");
      return this.send(chat, p, { text, ...(entities.length ? { entities } : {}) });
    },
    sendDocument: (p) => this.sendMedia(p, "document"),
    sendPhoto: (p) => this.sendMedia(p, "photo"),
    copyMessage: (p) => {
      const chat = this.reachableChat(p);
      const from = optNumber(p.from_chat_id) ?? fail(400, "Bad Request: chat not found");
      const source = this.message(from, optNumber(p.message_id) ?? -1) ?? fail(400, "Bad Request: message to copy not found");
      const { message_id: _id, from: _from, chat: _chat, date: _date, reply_markup: _markup, edit_date: _edited, ...content } = source.message;
      if (typeof p.caption === "string") {
        const { text, entities } = formatted(p, "caption", "caption_entities");
        if (text.length > 1024) fail(400, "Bad Request: message caption is too long");
        Object.assign(content, { caption: text, ...(entities.length ? { caption_entities: entities } : {}) });
      }
      return { message_id: this.send(chat, p, structuredClone(content)).message_id };
    },
    editMessageText: (p) => {
      const { text, entities } = formatted(p, "text", "entities");
      if (text.trim() === "") fail(400, "Bad Request: message text is empty");
      if (text.length > 4096) fail(400, "Bad Request: MESSAGE_TOO_LONG");
      return this.edit(p, (m) => {
        if (m.text === undefined) fail(400, "Bad Request: there is no text in the message to edit");
        return { text, entities };
      });
    },
    editMessageCaption: (p) => {
      const { text, entities } = formatted(p, "caption", "caption_entities");
      return this.edit(p, (m) => {
        if (m.document === undefined && m.photo === undefined) fail(400, "Bad Request: there is no caption in the message to edit");
        return { caption: text, caption_entities: entities };
      });
    },
    editMessageReplyMarkup: (p) => this.edit(p, () => ({})),
    deleteMessage: (p) => {
      const stored = this.message(requireChatId(p), optNumber(p.message_id) ?? -1);
      if (!stored) fail(400, "Bad Request: message to delete not found");
      else stored.deleted = true;
      return true;
    },
    getFile: (p) => {
      const file = this.files.get(requireString(p, "file_id")) ?? fail(400, "Bad Request: invalid file_id");
      if (file.bytes.length > 20 * 1024 * 1024) fail(400, "Bad Request: file is too big");
      return { file_id: file.fileId, file_unique_id: file.uniqueId, file_size: file.bytes.length, file_path: file.path };
    },
  };

  private chat(p: Payload): Chat {
    return this.chats.get(requireChatId(p)) ?? fail(400, "Bad Request: chat not found");
  }

  private reachableChat(p: Payload): Chat {
    const chat = this.chat(p);
    this.requireReachable(chat.id);
    return chat;
  }

  private requireReachable(chatId: number): void {
    const refusal = this.refusals.get(chatId);
    if (refusal) fail(403, refusal);
  }

  private refuse(chatId: number, refusal: string | undefined): void {
    if (refusal) this.refusals.set(chatId, refusal);
    else this.refusals.delete(chatId);
  }

  private send(chat: Chat, p: Payload, content: Partial<Message>): Message {
    const markup = p.reply_markup;
    const inline = inlineMarkup(markup);
    const message: Message = {
      message_id: this.nextMessageId(chat.id),
      from: this.botUser,
      chat,
      date: now(),
      ...content,
      ...(inline ? { reply_markup: inline } : {}),
    };
    const stored: StoredMessage = { message, fromBot: true, seq: ++this.seq, deleted: false };
    const keyboard = replyKeyboard(markup);
    if (keyboard) stored.replyKeyboard = keyboard;
    this.store(chat.id, stored);
    return structuredClone(message);
  }

  private sendMedia(p: Payload, kind: "document" | "photo"): Message {
    const chat = this.reachableChat(p);
    const { text, entities } = formatted(p, "caption", "caption_entities");
    if (text.length > 1024) fail(400, "Bad Request: message caption is too long");
    const file = this.fileFor(p[kind]);
    const ref = { file_id: file.fileId, file_unique_id: file.uniqueId, file_size: file.bytes.length };
    const media: Partial<Message> =
      kind === "photo"
        ? { photo: [{ ...ref, width: 320, height: 240 }] }
        : { document: { ...ref, mime_type: file.mimeType, ...(file.fileName ? { file_name: file.fileName } : {}) } };
    const caption = text ? { caption: text, ...(entities.length ? { caption_entities: entities } : {}) } : {};
    return this.send(chat, p, { ...media, ...caption });
  }

  /** An upload (already replaced by an UploadedFile), a known file_id, or a URL. */
  private fileFor(value: unknown): StoredFile {
    if (isUploadedFile(value)) return this.files.get(value.fileId) ?? fail(400, "Bad Request: wrong file identifier");
    if (typeof value !== "string" || value === "") return fail(400, "Bad Request: there is no document in the request");
    const known = this.files.get(value);
    if (known) return known;
    if (/^https?:\/\//.test(value)) return this.addFile(new Uint8Array(), { fileName: value.split("/").pop() ?? "file" });
    return fail(400, "Bad Request: wrong file identifier/HTTP URL specified");
  }

  private edit(p: Payload, change: (m: Message) => Partial<Message>): Message | true {
    if (typeof p.inline_message_id === "string") return true;
    const chatId = requireChatId(p);
    this.requireReachable(chatId);
    const stored = this.message(chatId, optNumber(p.message_id) ?? -1) ?? fail(400, "Bad Request: message to edit not found");
    if (!stored.fromBot) fail(400, "Bad Request: message can't be edited");
    const before = stored.message;
    // Telegram drops the inline keyboard when an edit does not repeat it.
    const { reply_markup: _old, ...rest } = before;
    const inline = inlineMarkup(p.reply_markup);
    const after: Message = { ...rest, ...change(before), ...(inline ? { reply_markup: inline } : {}) };
    if (!after.entities?.length) delete after.entities;
    if (!after.caption_entities?.length) delete after.caption_entities;
    if (!after.caption) delete after.caption;
    if (visible(after) === visible(before)) fail(400, NOT_MODIFIED);
    stored.message = { ...after, edit_date: now() };
    stored.seq = ++this.seq;
    return structuredClone(stored.message);
  }

  private store(chatId: number, stored: StoredMessage): void {
    const list = this.history.get(chatId) ?? [];
    list.push(stored);
    this.history.set(chatId, list);
    this.lastMessageId.set(chatId, Math.max(this.lastMessageId.get(chatId) ?? 0, stored.message.message_id));
  }

  private async getUpdates(p: Payload, signal?: AbortSignal | null): Promise<Update[]> {
    if (this.webhookUrl) {
      fail(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const offset = optNumber(p.offset);
    if (offset !== undefined && offset < 0) this.queue = this.queue.slice(offset);
    else if (offset !== undefined) this.queue = this.queue.filter((u) => u.update_id >= offset); // confirmed
    if (Array.isArray(p.allowed_updates)) {
      this.allowed = p.allowed_updates.length ? new Set(p.allowed_updates.map(String)) : undefined;
    }
    const wanted = (): Update[] => {
      this.queue = this.queue.filter((u) => (this.allowed ? this.allowed.has(kindOf(u)) : !NOT_BY_DEFAULT.has(kindOf(u))));
      return this.queue.slice(0, Math.min(Math.max(optNumber(p.limit) ?? 100, 1), 100));
    };
    const timeout = optNumber(p.timeout) ?? 0;
    if (wanted().length === 0 && timeout > 0) await this.hold(timeout * 1000, signal);
    return wanted();
  }

  /** Holds a long poll until an update arrives, the timeout passes, it is aborted or superseded. */
  private hold(ms: number, signal?: AbortSignal | null): Promise<void> {
    this.poll?.settle("conflict"); // Telegram ends the older of two concurrent polls with 409
    return new Promise((resolve, reject) => {
      const settle = (outcome: "wake" | "conflict" | "close" | "abort"): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (this.poll === poll) this.poll = undefined;
        if (outcome === "abort") reject(new DOMException("This operation was aborted", "AbortError"));
        else if (outcome === "conflict") {
          reject(new TelegramFailure({ error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" }));
        } else resolve();
      };
      const poll = { settle };
      const onAbort = (): void => settle("abort");
      const timer = setTimeout(() => settle("wake"), ms);
      if (signal?.aborted) return settle("abort");
      signal?.addEventListener("abort", onAbort);
      this.poll = poll;
    });
  }

  // ---- HTTP --------------------------------------------------------------------------------

  /** `/bot<token>/<method>` and `/file/bot<token>/<path>`, for fetch and for the HTTP server. */
  async handleHttp(req: { url: string; contentType: string; body: Uint8Array; signal?: AbortSignal | null }): Promise<HttpAnswer> {
    const url = new URL(req.url, "http://fake.telegram");
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(url.pathname);
    if (file) {
      const stored = [...this.files.values()].find((f) => f.path === decodeURIComponent(file[1] ?? ""));
      return stored
        ? { status: 200, contentType: stored.mimeType, body: stored.bytes }
        : { status: 404, contentType: "application/json", body: JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }) };
    }
    const api = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(url.pathname);
    if (!api?.[1]) return { status: 404, contentType: "application/json", body: JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }) };
    const payload: Payload = { ...Object.fromEntries(url.searchParams), ...this.parseBody(req.contentType, req.body) };
    const response = await this.call(api[1], payload, req.signal);
    return { status: response.ok ? 200 : response.error_code, contentType: "application/json", body: JSON.stringify(response) };
  }

  /** The whole Bot API (and file downloads) without a socket, typed as the standard fetch. */
  readonly webFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : input instanceof URL ? input.href : String(input);
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    // grammY sends multipart as a Node stream; Request reads any body kind into bytes for us.
    const body =
      method === "GET" || method === "HEAD"
        ? new Uint8Array()
        : new Uint8Array(await (request ?? new Request(url, { method, body: init?.body ?? null, duplex: "half" })).arrayBuffer());
    const headers = new Headers(init?.headers ?? request?.headers);
    const answer = await this.handleHttp({ url, contentType: headers.get("content-type") ?? "", body, signal: init?.signal ?? request?.signal });
    return new Response(answer.body, { status: answer.status, headers: { "content-type": answer.contentType } });
  };

  /**
   * The same function for grammY's `client: { fetch }` and createBot's `fetch`. grammY types that
   * option with whichever node-fetch typings npm hoisted (v3's here, via libsql) although it runs
   * node-fetch v2 and only ever calls `fetch(url, init).then((r) => r.json())`: the standard
   * fetch fits at run time, so this one assertion bridges two declarations of the same API.
   */
  readonly fetch: ClientFetch = this.webFetch as unknown as ClientFetch;

  /** JSON, urlencoded or multipart/form-data; uploaded files are stored and replaced by UploadedFile. */
  private parseBody(contentType: string, body: Uint8Array): Payload {
    const text = (): string => new TextDecoder().decode(body);
    if (body.length === 0) return {};
    if (contentType.includes("application/json")) {
      const parsed: unknown = JSON.parse(text());
      return isRecord(parsed) ? parsed : {};
    }
    if (contentType.includes("application/x-www-form-urlencoded")) return coerceFields(new URLSearchParams(text()));
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    if (!contentType.includes("multipart/form-data") || !boundary) return {};
    const fields: [string, string][] = [];
    const uploads = new Map<string, UploadedFile>();
    for (const part of parseMultipart(body, boundary[1] ?? boundary[2] ?? "")) {
      if (part.fileName === undefined) {
        fields.push([part.name, new TextDecoder().decode(part.data)]);
        continue;
      }
      const file = this.addFile(part.data, { fileName: part.fileName });
      const upload: UploadedFile = { fileId: file.fileId, fileName: part.fileName, size: part.data.length, mimeType: file.mimeType };
      const asText = part.data.length <= 64 * 1024 ? decodeText(part.data) : undefined;
      if (asText !== undefined) upload.text = asText;
      uploads.set(part.name, upload);
    }
    return replaceAttachments(coerceFields(fields), uploads);
  }
}

// ---- helpers -----------------------------------------------------------------------------

const now = (): number => Math.floor(Date.now() / 1000);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return isRecord(value) && typeof value.fileId === "string" && typeof value.fileName === "string";
}

function optNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function requireChatId(p: Payload): number {
  return optNumber(p.chat_id) ?? fail(400, "Bad Request: chat not found");
}

function requireString(p: Payload, key: string): string {
  const value = p[key];
  return typeof value === "string" ? value : fail(400, `Bad Request: parameter "${key}" is required`);
}

function commandsKey(p: Payload): string {
  return `${JSON.stringify(p.scope ?? { type: "default" })}|${typeof p.language_code === "string" ? p.language_code : ""}`;
}

function kindOf(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "";
}

/** Only inline keyboards belong to the Message; their buttons are validated like Telegram does. */
function inlineMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  if (!isRecord(markup) || !Array.isArray(markup.inline_keyboard)) return undefined;
  const rows: InlineKeyboardButton[][] = [];
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row)) fail(400, "Bad Request: can't parse inline keyboard button: field \"inline_keyboard\" must be an Array of Arrays");
    rows.push(row.map(checkButton));
  }
  return { inline_keyboard: rows };
}

function checkButton(button: unknown): InlineKeyboardButton {
  if (!isRecord(button) || typeof button.text !== "string") return fail(400, "Bad Request: can't parse inline keyboard button: Text must be non-empty");
  const data = button.callback_data;
  if (typeof data === "string") {
    const size = new TextEncoder().encode(data).length;
    if (size < 1 || size > 64) fail(400, "Bad Request: BUTTON_DATA_INVALID");
    return { text: button.text, callback_data: data };
  }
  const actions = ["url", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];
  if (!actions.some((a) => a in button)) fail(400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  if (typeof button.url === "string") return { text: button.text, url: button.url };
  return structuredClone(button) as unknown as InlineKeyboardButton; // kept as sent: other kinds are rare in this bot
}

function replyKeyboard(markup: unknown): string[][] | undefined {
  if (!isRecord(markup) || !Array.isArray(markup.keyboard)) return undefined;
  return markup.keyboard.map((row) =>
    Array.isArray(row) ? row.map((b) => (typeof b === "string" ? b : isRecord(b) && typeof b.text === "string" ? b.text : "")) : [],
  );
}

/** What the user sees; an edit that leaves it unchanged is "message is not modified". */
function visible(m: Message): string {
  return JSON.stringify([m.text, m.entities ?? [], m.caption ?? "", m.caption_entities ?? [], m.reply_markup ?? null]);
}

/** Text plus entities: explicit entities win, parse_mode HTML is parsed, other modes are kept raw. */
function formatted(p: Payload, textKey: string, entitiesKey: string): { text: string; entities: MessageEntity[] } {
  const raw = p[textKey];
  const text = typeof raw === "string" ? raw : "";
  const given = p[entitiesKey];
  if (Array.isArray(given)) return { text, entities: given.filter(isRecord) as unknown as MessageEntity[] };
  if (typeof p.parse_mode === "string" && p.parse_mode.toUpperCase() === "HTML") return parseHtml(text);
  return { text, entities: [] };
}

const ENTITY_OF_TAG: Record<string, MessageEntity["type"]> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline", s: "strikethrough",
  strike: "strikethrough", del: "strikethrough", "tg-spoiler": "spoiler", span: "spoiler", a: "text_link", code: "code",
  pre: "pre", blockquote: "blockquote", "tg-emoji": "custom_emoji",
};
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Telegram's HTML parse mode, strict like Telegram: unknown or unbalanced tags are a 400. */
export function parseHtml(html: string): { text: string; entities: MessageEntity[] } {
  const bytes = (at: number): number => new TextEncoder().encode(html.slice(0, at)).length;
  const refuse = (what: string, at?: number): never =>
    fail(400, `Bad Request: can't parse entities: ${what}${at === undefined ? "" : ` at byte offset ${bytes(at)}`}`);
  let text = "";
  const entities: MessageEntity[] = [];
  const open: { tag: string; offset: number; attrs: Record<string, string> }[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i] ?? "";
    if (ch === "&") {
      const m = /^&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/.exec(html.slice(i, i + 12));
      text += !m ? "&" : m[1] ? (NAMED_ENTITIES[m[1]] ?? "") : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3] ?? "0", 16));
      i += m ? m[0].length : 1;
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i += 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][\w-]*)?((?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>/.exec(html.slice(i));
    if (!tag) return refuse(`Unsupported start tag "${/^<\/?([^\s>]*)/.exec(html.slice(i))?.[1] ?? ""}"`, i);
    const name = (tag[2] ?? "").toLowerCase();
    if (tag[1]) {
      const top = open.pop();
      if (!top) return refuse("Unexpected end tag", i);
      if (top.tag !== name) return refuse(`Unmatched end tag at byte offset ${bytes(i)}, expected "</${top.tag}>", found "</${name}>"`);
      const entity = toEntity(top.tag, top.offset, text.length - top.offset, top.attrs, open.at(-1));
      if (entity) entities.push(entity);
    } else {
      const attrs = Object.fromEntries(
        [...(tag[3] ?? "").matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)].map((a) => [
          a[1]?.toLowerCase() ?? "",
          a[2] ?? a[3] ?? a[4] ?? "",
        ]),
      );
      if (!(name in ENTITY_OF_TAG) || (name === "span" && attrs.class !== "tg-spoiler")) return refuse(`Unsupported start tag "${name}"`, i);
      open.push({ tag: name, offset: text.length, attrs });
    }
    i += tag[0].length;
  }
  const unclosed = open.pop();
  if (unclosed) refuse(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function toEntity(tag: string, offset: number, length: number, attrs: Record<string, string>, parent?: { tag: string }): MessageEntity | undefined {
  if (length === 0) return undefined;
  const type = ENTITY_OF_TAG[tag];
  if (tag === "a") return { type: "text_link", offset, length, url: attrs.href ?? "" };
  if (tag === "code" && parent?.tag === "pre") return undefined; // <pre><code class="language-x"> is one pre entity
  if (tag === "pre") return { type: "pre", offset, length };
  if (tag === "blockquote") return { type: "expandable" in attrs ? "expandable_blockquote" : "blockquote", offset, length };
  if (tag === "tg-emoji") return { type: "custom_emoji", offset, length, custom_emoji_id: attrs["emoji-id"] ?? "" };
  if (type === "bold" || type === "italic" || type === "underline" || type === "strikethrough" || type === "spoiler" || type === "code") {
    return { type, offset, length };
  }
  return undefined;
}

type Part = { name: string; fileName?: string; data: Uint8Array };

// Node's own Request.formData() rejects grammY's compact part headers ("content-disposition:form-data;
// name=..."), so the multipart body is split by hand.
function parseMultipart(body: Uint8Array, boundary: string): Part[] {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = buffer.indexOf(delimiter);
  while (start >= 0) {
    const from = start + delimiter.length;
    if (buffer.subarray(from, from + 2).toString() === "--") break;
    const next = buffer.indexOf(delimiter, from);
    if (next < 0) break;
    const chunk = buffer.subarray(from + 2, next - 2); // without the CRLF after the delimiter and before the next
    const split = chunk.indexOf("\r\n\r\n");
    const head = chunk.subarray(0, split).toString("utf8");
    const disposition = /content-disposition\s*:([^\r\n]*)/i.exec(head)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? /\bname=([^;\s]*)/i.exec(disposition)?.[1] ?? "";
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? /\bfilename=([^;\r\n]*)/i.exec(disposition)?.[1];
    const part: Part = { name, data: new Uint8Array(chunk.subarray(split + 4)) };
    if (fileName !== undefined) part.fileName = fileName.trim();
    parts.push(part);
    start = next;
  }
  return parts;
}

/** Form fields arrive as strings; Telegram reads numbers and JSON objects out of them. */
function coerceFields(fields: Iterable<[string, string]>): Payload {
  const payload: Payload = {};
  for (const [key, value] of fields) {
    if (TEXT_FIELDS.has(key)) payload[key] = value;
    else {
      try {
        payload[key] = JSON.parse(value);
      } catch {
        payload[key] = value;
      }
    }
  }
  return payload;
}

/** `attach://<part>` references (also inside JSON, e.g. media groups) become the UploadedFile. */
function replaceAttachments(value: Payload, uploads: Map<string, UploadedFile>): Payload {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string" && v.startsWith("attach://")) return uploads.get(v.slice("attach://".length)) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const result: Payload = {};
  for (const [key, v] of Object.entries(value)) result[key] = walk(v);
  return result;
}

/** Small files that are valid UTF-8 without control bytes are recorded as text, for assertions. */
function decodeText(data: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(data);
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
