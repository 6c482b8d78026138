// An announcement from saving to the last row, without the chat: who gets a row, when (quiet
// hours), in which lane, what the sender sends (the author's text and entities, a photo or a
// document, the buttons in each recipient's language), stop, progress and finishing.
import { Api } from "grammy";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { sharedI18n } from "../../../src/i18n/index.ts";
import type { MessageCopy } from "../../../src/messaging/copy.ts";
import { enqueue } from "../../../src/messaging/enqueue.ts";
import type { SendRate } from "../../../src/messaging/rate.ts";
import { LANE, OutboxSender } from "../../../src/messaging/sender.ts";
import { EVERYBODY, type Scope } from "../../../src/features/broadcasts/audience.ts";
import { scheduledBroadcasts } from "../../../src/features/broadcasts/jobs.ts";
import { reportProgress } from "../../../src/features/broadcasts/progress.ts";
import { finishIfDone, progressOf, saveBroadcast, startBroadcast, stopBroadcast, type Draft } from "../../../src/features/broadcasts/service.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { FakeTelegram, type ClientFetch } from "../../support/fake-telegram.ts";

const TOKEN = "123456:" + "A".repeat(35);
const NOON_OMSK = new Date("2026-12-01T06:00:00Z");
const NIGHT_OMSK = new Date("2026-12-01T18:00:00Z"); // 00:00 in Omsk
const free: SendRate = { take: async () => ({ ok: true }), pause: async () => {}, close: async () => {} };
const delivery = { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS };
const regional: Scope = { kind: "regional" };
const formatted: MessageCopy = {
  kind: "text",
  text: "Вебинар по ФГОС завтра",
  entities: [{ type: "bold", offset: 0, length: 7 }, { type: "text_link", offset: 11, length: 4, url: "https://example.org/fgos" }],
  previewOff: false,
};

let t: TestDb;
let telegram: FakeTelegram;
let clock: FakeClock;
let teachers: { id: number; telegramId: bigint }[];
let author: { id: number; telegramId: bigint };

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

beforeEach(async () => {
  telegram = new FakeTelegram();
  clock = new FakeClock(NOON_OMSK);
  await t.db.outboxMessage.deleteMany();
  await t.db.broadcast.deleteMany();
  await t.db.user.deleteMany();
  author = await createTeacher(t.db, { lang: "ru" });
  teachers = await Promise.all([createTeacher(t.db, { lang: "ru" }), createTeacher(t.db, { lang: "en" }), createTeacher(t.db, { lang: "ru" })]);
  for (const person of [author, ...teachers]) telegram.registerUser({ id: Number(person.telegramId), is_bot: false, first_name: "T" });
});

const draft = (over: Partial<Draft> = {}): Draft => ({
  authorId: author.id,
  scope: regional,
  copy: formatted,
  buttons: [[{ label: "Программа", url: "https://example.org/p" }], [{ key: "broadcast-button-history", data: "bc:l:0" }]],
  audience: EVERYBODY,
  urgent: false,
  ...over,
});

function sender(opts: { lanes?: number[]; paid?: boolean; perSecond?: number } = {}) {
  return new OutboxSender({ ...senderDeps(), ...opts });
}

const sendsTo = (telegramId: bigint) => telegram.calls.filter((call) => call.response?.ok && Number(call.payload.chat_id) === Number(telegramId));
const send = async (over: Partial<Draft> = {}) => {
  const id = await saveBroadcast(t.db, draft(over), { at: null, now: clock.now() });
  const queued = await startBroadcast(t.db, id, clock.now(), delivery);
  return { id, queued };
};

describe("starting an announcement", () => {
  it("queues one row per recipient at once, and starting it again adds nothing", async () => {
    const { id, queued } = await send();
    expect(queued).toBe(4); // the author is a teacher too
    expect(await startBroadcast(t.db, id, clock.now(), delivery)).toBeNull();
    const rows = await t.db.outboxMessage.findMany({ where: { broadcastId: id } });
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.lane === LANE.broadcast && row.status === "pending")).toBe(true);
    expect(await t.db.broadcast.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sending", recipients: 4, startedAt: NOON_OMSK });
  });

  it("leaves out those who blocked the bot and those who muted the region's announcements, but not the municipality's", async () => {
    await t.db.user.update({ where: { id: teachers[0]!.id }, data: { blockedAt: NOON_OMSK } });
    await t.db.user.update({ where: { id: teachers[1]!.id }, data: { muteRegional: true } });
    await t.db.user.update({ where: { id: teachers[2]!.id }, data: { muteMunicipal: true } });
    const { id } = await send();
    const rows = await t.db.outboxMessage.findMany({ where: { broadcastId: id }, select: { userId: true } });
    expect(rows.map((row) => row.userId).sort()).toEqual([author.id, teachers[2]!.id].sort());
  });

  it("holds rows through the night in the recipient's zone, unless urgent", async () => {
    clock.set(NIGHT_OMSK);
    const calm = await send();
    const morning = new Date("2026-12-02T02:00:00Z"); // 08:00 in Omsk
    const calmRows = await t.db.outboxMessage.findMany({ where: { broadcastId: calm.id } });
    expect(calmRows.every((row) => row.nextAttemptAt.getTime() === morning.getTime())).toBe(true);
    expect(await sender().sendAllDue()).toBe(0);
    expect((await progressOf(t.db, calm.id, clock.now())).waitingForMorning).toBe(4);

    const urgent = await send({ urgent: true });
    expect(await sender().sendAllDue()).toBe(4);
    expect((await t.db.outboxMessage.findMany({ where: { broadcastId: urgent.id } })).every((row) => row.status === "sent")).toBe(true);
    clock.set(morning);
    expect(await sender().sendAllDue()).toBe(4);
  });

  it("sends urgent ones as paid broadcasts in their own lane when the deployment has them", async () => {
    const id = await saveBroadcast(t.db, draft({ urgent: true }), { at: null, now: clock.now() });
    await startBroadcast(t.db, id, clock.now(), { ...delivery, paidBroadcasts: true });
    expect(await sender({ lanes: [LANE.notice, LANE.broadcast] }).sendAllDue()).toBe(0);
    expect(await sender({ lanes: [LANE.paid], paid: true }).sendAllDue()).toBe(4);
    expect(telegram.calls.filter((call) => call.method === "sendMessage").every((call) => call.payload.allow_paid_broadcast === true)).toBe(true);
  });
});

describe("what recipients get", () => {
  it("the author's text with its entities exactly, and the buttons in each recipient's language", async () => {
    await send();
    await sender().sendAllDue();
    const [ru] = sendsTo(teachers[0]!.telegramId);
    const [en] = sendsTo(teachers[1]!.telegramId);
    for (const call of [ru!, en!]) {
      expect(call.payload.text).toBe(formatted.text);
      expect(call.payload.entities).toEqual(formatted.entities);
      expect(call.payload.parse_mode).toBeUndefined();
    }
    expect(ru!.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "Программа", url: "https://example.org/p" }], [{ text: "📣 Рассылки", callback_data: "bc:l:0" }]] });
    expect(en!.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "Программа", url: "https://example.org/p" }], [{ text: "📣 Announcements", callback_data: "bc:l:0" }]] });
  });

  it("a photo or a document by its file id, with the caption and its entities", async () => {
    const picture = telegram.addFile(new Uint8Array([1, 2, 3]), { mimeType: "image/jpeg" });
    const file = telegram.addFile(new Uint8Array([4, 5]), { fileName: "plan.pdf", mimeType: "application/pdf" });
    const photo = await send({ copy: { kind: "photo", fileId: picture.fileId, caption: "Афиша", entities: [{ type: "italic", offset: 0, length: 5 }] } });
    await sender().sendAllDue();
    const document = await send({ copy: { kind: "document", fileId: file.fileId, caption: "", entities: [] }, buttons: [] });
    await sender().sendAllDue();
    const calls = sendsTo(teachers[0]!.telegramId);
    expect(calls.map((call) => call.method)).toEqual(["sendPhoto", "sendDocument"]);
    expect(calls[0]!.payload).toMatchObject({ photo: picture.fileId, caption: "Афиша", caption_entities: [{ type: "italic", offset: 0, length: 5 }] });
    expect(calls[1]!.payload).toMatchObject({ document: file.fileId });
    expect(calls[1]!.payload.caption).toBeUndefined();
    expect((await progressOf(t.db, photo.id, clock.now())).sent).toBe(4);
    expect((await progressOf(t.db, document.id, clock.now())).sent).toBe(4);
  });

  it("a notice to one person queued behind a broadcast goes first", async () => {
    await send();
    await t.db.$transaction((tx) =>
      enqueue(tx, { source: "event:1", purpose: "moved", recipients: [teachers[2]!].map((p) => ({ userId: p.id, telegramId: p.telegramId })), notice: { key: "broadcast-button-open" }, now: clock.now() }),
    );
    const one = sender({ perSecond: 4 }); // a batch of one
    await one.sendDue();
    expect(telegram.calls.filter((call) => call.response?.ok).map((call) => call.payload.text)).toEqual(["Открыть"]);
  });
});

function senderDeps() {
  return {
    db: t.db,
    api: new Api(TOKEN, { apiRoot: "https://api.telegram.org", fetch: telegram.fetch }),
    i18n: sharedI18n(),
    clock,
    logger: pino({ level: "silent" }),
    rate: free,
    defaultTimezone: "Asia/Omsk",
    perSecond: 100,
  };
}

describe("progress, stop and the end", () => {
  it("counts delivered and blocked, and finishes when nothing is left", async () => {
    telegram.setBlocked(Number(teachers[0]!.telegramId));
    const { id } = await send();
    let progress = await progressOf(t.db, id, clock.now());
    expect(progress).toMatchObject({ recipients: 4, sent: 0, left: 4 });
    expect(await finishIfDone(t.db, id, progress, clock.now())).toBe(false);
    await sender().sendAllDue();
    progress = await progressOf(t.db, id, clock.now());
    expect(progress).toMatchObject({ recipients: 4, sent: 3, blocked: 1, left: 0 });
    expect(await finishIfDone(t.db, id, progress, clock.now())).toBe(true);
    expect(await finishIfDone(t.db, id, progress, clock.now())).toBe(false);
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id } })).status).toBe("done");
  });

  it("stop withdraws the rows not yet sent; stopping again changes nothing", async () => {
    const { id } = await send();
    await sender({ perSecond: 4 }).sendDue();
    expect(await stopBroadcast(t.db, id, clock.now())).toBe("stopped");
    expect(await stopBroadcast(t.db, id, clock.now())).toBeNull();
    expect(await sender().sendAllDue()).toBe(0);
    expect(await progressOf(t.db, id, clock.now())).toMatchObject({ sent: 1, cancelled: 3, left: 0 });
  });

  it("a row in flight when Stop comes is not tried again after Telegram says wait", async () => {
    const { id } = await send();
    telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    // The author presses Stop while the batch is at Telegram.
    const stopping: typeof fetch = async (input, init) => {
      await stopBroadcast(t.db, id, clock.now());
      return telegram.webFetch(input, init);
    };
    await new OutboxSender({ ...senderDeps(), api: new Api(TOKEN, { apiRoot: "https://api.telegram.org", fetch: stopping as unknown as ClientFetch }), perSecond: 4 }).sendDue();
    clock.advance(2000);
    expect(await sender().sendAllDue()).toBe(0);
    expect(await progressOf(t.db, id, clock.now())).toMatchObject({ sent: 0, cancelled: 4, left: 0 });
  });

  it("a scheduled one starts at its minute through the job, and a cancelled one never does", async () => {
    const at = new Date(NOON_OMSK.getTime() + 60 * 60_000);
    const planned = await saveBroadcast(t.db, draft(), { at, now: clock.now() });
    const cancelled = await saveBroadcast(t.db, draft(), { at, now: clock.now() });
    expect(await stopBroadcast(t.db, cancelled, clock.now())).toBe("cancelled");
    const job = scheduledBroadcasts(delivery);
    const deps = { db: t.db, clock, logger: pino({ level: "silent" }) };
    await job.run(deps, clock.now());
    expect(await t.db.outboxMessage.count()).toBe(0);
    clock.set(at);
    await job.run(deps, clock.now());
    expect(await t.db.outboxMessage.count({ where: { broadcastId: planned } })).toBe(4);
    expect(await t.db.outboxMessage.count({ where: { broadcastId: cancelled } })).toBe(0);
  });
});

describe("the author's status message", () => {
  it("is edited with the counts as the rows go, once across instances, and the author is told when it is done", async () => {
    const api = new Api(TOKEN, { apiRoot: "https://api.telegram.org", fetch: telegram.fetch });
    const status = await api.sendMessage(Number(author.telegramId), "…");
    const { id } = await send();
    await t.db.broadcast.update({ where: { id }, data: { statusChatId: author.telegramId, statusMessageId: status.message_id } });
    const deps = { db: t.db, api, i18n: sharedI18n(), clock, logger: pino({ level: "silent" }), perSecond: 25, paidPerSecond: null };
    const edits = () => telegram.calls.filter((call) => call.method === "editMessageText" && call.response?.ok);

    await reportProgress(deps);
    expect(edits().at(-1)!.payload.text).toBe("📣 <b>Рассылка №" + id + "</b> отправляется.\n👥 Получателей: 4\n✅ Доставлено: 0\n⏳ Осталось: 4, меньше минуты");
    await reportProgress(deps); // another instance within the same five seconds: no second edit
    expect(edits()).toHaveLength(1);

    await sender().sendAllDue();
    clock.advance(5000);
    await reportProgress(deps);
    expect(edits().at(-1)!.payload.text).toBe("📣 <b>Рассылка №" + id + "</b> отправлена.\n👥 Получателей: 4\n✅ Доставлено: 4");
    expect((await t.db.broadcast.findUniqueOrThrow({ where: { id } })).status).toBe("done");
    await sender().sendAllDue();
    const told = sendsTo(author.telegramId).filter((call) => call.method === "sendMessage").at(-1)!;
    expect(told.payload.text).toBe(`📣 Рассылка №${id} отправлена: доставлено 4 из 4.`);
  });
});
