// The real process, `npm start`, killed with SIGKILL in the middle of an announcement to 400 people
// and started again: it carries on with the rows not yet sent, nobody gets it twice, and the only
// rows left in doubt are the batch that was in flight at the kill.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS } from "../../src/core/quiet-hours.ts";
import { EVERYBODY } from "../../src/features/broadcasts/audience.ts";
import { saveBroadcast, startBroadcast } from "../../src/features/broadcasts/service.ts";
import { CONSENT_VERSION } from "../../src/features/profile/service.ts";
import type { MessageCopy } from "../../src/messaging/copy.ts";
import { createTestDb } from "../support/db.ts";
import { testProvider } from "../support/db-names.ts";
import { startFakeBotApi } from "../support/fake-bot-api-server.ts";
import { killAll, startBot, TOKEN, until, type BotProcess } from "./bot-process.ts";

const RECIPIENTS = 400;
const RATE = 50;
/** What the sender claims at once: what the rate lets through in about a quarter of a second. */
const BATCH = Math.ceil(RATE / 4);
const KILL_AFTER_SENDS = 100;
const FIRST_CHAT = 8_100_000_000;
const START_MS = 45_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const onSqlite = testProvider() === "sqlite";
describe.runIf(onSqlite)(`an announcement while the real process is killed and started again${onSqlite ? "" : " (skipped: the real process runs on SQLite only)"}`, { timeout: 90_000 }, () => {
  it(`SIGKILL after ${KILL_AFTER_SENDS} of ${RECIPIENTS} sends, then a start: nobody gets it twice, nobody is skipped but the batch in flight`, async () => {
    const api = await startFakeBotApi();
    cleanups.push(() => api.close());
    const { telegram } = api;
    const database = await createTestDb();
    cleanups.push(() => database.drop());
    const { db } = database;

    // 400 teachers, and an author outside the audience (not onboarded), queued as "Send now" would.
    const now = new Date();
    await db.user.createMany({
      data: Array.from({ length: RECIPIENTS }, (_, i) => ({
        telegramId: BigInt(FIRST_CHAT + i),
        lang: i % 2 ? "en" : "ru",
        fullName: `Педагог ${i}`,
        consentVersion: CONSENT_VERSION,
        consentAt: now,
        onboardedAt: now,
      })),
    });
    for (let i = 0; i < RECIPIENTS; i++) telegram.registerUser({ id: FIRST_CHAT + i, is_bot: false, first_name: "T" });
    const author = await db.user.create({ data: { telegramId: BigInt(FIRST_CHAT - 1), consentVersion: CONSENT_VERSION, consentAt: now }, select: { id: true } });
    const file = telegram.addFile(new TextEncoder().encode("%PDF-1.4 программа"), { fileName: "программа.pdf" });
    const copy: MessageCopy = {
      kind: "document",
      fileId: file.fileId,
      caption: "Семинар для молодых педагогов: программа во вложении",
      entities: [{ type: "bold", offset: 0, length: 7 }],
    };
    const link = { label: "Запись", url: "https://example.org/seminar" };
    const id = await saveBroadcast(
      db,
      { authorId: author.id, scope: { kind: "regional" }, copy, buttons: [[link]], audience: EVERYBODY, urgent: true },
      { at: null, now },
    );
    expect(await startBroadcast(db, id, now, { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS })).toBe(RECIPIENTS);

    // What each chat received, and the kill the moment the fake has answered the 100th send.
    const received = new Map<number, number>();
    let sends = 0;
    let first: BotProcess | undefined;
    telegram.onCall((call) => {
      if (call.method !== "sendDocument" || call.response?.ok !== true) return;
      const chat = Number(call.payload.chat_id);
      received.set(chat, (received.get(chat) ?? 0) + 1);
      if (++sends === KILL_AFTER_SENDS && first) process.kill(-first.pid, "SIGKILL");
    });
    const settings = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: database.url, LOG_LEVEL: "info", SEND_RATE_PER_SECOND: String(RATE) };
    first = startBot(settings);
    const exit = await first.waitForExit(START_MS);
    expect(exit.signal, `the bot ended before the kill\n${first.transcript()}`).toBe("SIGKILL");
    const sentBeforeRestart = sends;
    const byStatus = async () => {
      const groups = await db.outboxMessage.groupBy({ by: ["status"], where: { broadcastId: id }, _count: { _all: true } });
      return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
    };
    const atKill = await byStatus();
    const inFlightAtKill = atKill.sending ?? 0;
    // The 100th send is in the middle of a batch (13 at 50 a second): that batch was claimed and not recorded.
    expect(inFlightAtKill, JSON.stringify(atKill)).toBeGreaterThan(0);
    expect(inFlightAtKill, JSON.stringify(atKill)).toBeLessThanOrEqual(BATCH);

    const second = startBot(settings);
    await until(
      () => (sends >= RECIPIENTS - inFlightAtKill ? true : undefined),
      START_MS,
      () => `${sends} sends of ${RECIPIENTS - inFlightAtKill} expected\n${second.transcript()}`,
    );
    // The last batch is recorded once Telegram has answered it.
    let final = await byStatus();
    for (const deadline = Date.now() + 10_000; final.pending || (final.sending ?? 0) > inFlightAtKill; final = await byStatus()) {
      if (Date.now() > deadline) throw new Error(`rows still pending or being sent: ${JSON.stringify(final)}\n${second.transcript()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const rows = await db.outboxMessage.findMany({ where: { broadcastId: id }, select: { chatId: true, status: true } });
    const inDoubt = rows.filter((row) => row.status === "sending" || row.status === "unknown");
    const settled = rows.filter((row) => !inDoubt.includes(row));
    expect([...received.values()].filter((n) => n > 1), "chats that got it twice").toEqual([]);
    expect(new Set(settled.map((row) => row.status)), JSON.stringify(final)).toEqual(new Set(["sent"]));
    expect(settled.filter((row) => received.get(Number(row.chatId)) !== 1), "rows marked sent whose chat did not get it once").toEqual([]);
    // In doubt: exactly the rows the killed process had claimed; each of those chats got it at most once.
    expect(inDoubt).toHaveLength(inFlightAtKill);
    expect(inDoubt.length).toBeLessThanOrEqual(BATCH);
    expect(settled.length + inDoubt.length).toBe(RECIPIENTS);
    // Both processes sent: the kill came mid-way and the restart carried on.
    expect(sentBeforeRestart).toBeGreaterThanOrEqual(KILL_AFTER_SENDS);
    expect(sends - sentBeforeRestart).toBeGreaterThan(RECIPIENTS / 2);

    // What they got is the author's message: the document, the caption with its entities, the link.
    const got = telegram.messages(FIRST_CHAT + RECIPIENTS - 1).at(-1)?.message;
    expect(got).toMatchObject({
      document: { file_id: file.fileId },
      caption: copy.caption,
      caption_entities: copy.entities,
      reply_markup: { inline_keyboard: [[{ text: link.label, url: link.url }]] },
    });
  });
});
