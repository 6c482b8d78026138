// A methodologist composes announcements in the chat: formatted text, a photo, a document, with
// buttons; the preview is the very message recipients get; bad input is refused with its reason;
// a scheduled one starts at its minute by the job.
import type { Message, MessageEntity } from "grammy/types";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scheduledBroadcasts } from "../../../src/features/broadcasts/jobs.ts";
import { deliveryOf } from "../../../src/features/broadcasts/service.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import { createHarness, media, type AppHarness, type FakeUser } from "../../support/harness.ts";

/** A Monday, 12:00 in Omsk: outside everyone's quiet hours. */
const NOON_OMSK = new Date("2030-03-04T06:00:00Z");
const EVENT_AT = new Date("2030-03-12T09:00:00Z");

const L = {
  ru: {
    menu: "📣 Рассылки",
    new: "✍️ Новая рассылка",
    history: "📜 История",
    backToMenu: "‹ В меню",
    askContent: "Пришлите рассылку одним сообщением",
    link: "➕ Ссылка",
    signUp: "➕ Запись на событие",
    done: "✅ Готово",
    linkInvalid: "Эта ссылка не подойдёт: пришлите адрес, начинающийся с https://.",
    label: "Программа",
    signUpButton: "✍️ Записаться на событие",
    mute: "🔕 Не присылать такие рассылки",
    reach: (n: number) => `👥 ${n} получател`,
    askAudience: "Кому отправить рассылку?",
    shownAs: "👆 Так рассылку увидят получатели.",
    sendNow: "📤 Отправить сейчас",
    schedule: "🕒 Запланировать…",
    urgentOff: "🚨 Срочно: нет",
    changeAudience: "👥 Изменить получателей",
    cancel: "✖️ Отмена",
    sending: (id: number) => `📣 Рассылка №${id} отправляется.`,
    scheduled: (id: number) => `📣 Рассылка №${id} запланирована.`,
    goesOut: "🕒 Отправка: вторник, 5 марта 2030, 10:00 (Омск)",
    past: "Это время уже прошло. Выберите время впереди.",
    sticker: "Такое сообщение нельзя разослать",
    album: "Альбом нельзя разослать одним сообщением.",
    longCaption: `Подпись слишком длинная: под фото или документом Telegram разрешает не больше ${new Intl.NumberFormat("ru").format(1024)} символов. Сократите её или пришлите текст отдельным сообщением без файла.`,
    empty: "Сообщение пустое.",
    subjects: "📚 Предметы: любые",
    physics: "Физика",
    nobody: "Рассылку никто не получит",
    cancelled: "Рассылка отменена: ничего не отправлено.",
  },
  en: {
    menu: "📣 Announcements",
    new: "✍️ New announcement",
    history: "📜 History",
    backToMenu: "‹ Menu",
    askContent: "Send the announcement as one message",
    link: "➕ Link",
    signUp: "➕ Sign-up for an event",
    done: "✅ Done",
    linkInvalid: "This link won’t work: send an https:// address.",
    label: "Programme",
    signUpButton: "✍️ Sign up for the event",
    mute: "🔕 Don’t send me such announcements",
    reach: (n: number) => `👥 ${n} recipient`,
    askAudience: "Who gets the announcement?",
    shownAs: "👆 This is how recipients will see the announcement.",
    sendNow: "📤 Send now",
    schedule: "🕒 Schedule…",
    urgentOff: "🚨 Urgent: off",
    changeAudience: "👥 Change the audience",
    cancel: "✖️ Cancel",
    sending: (id: number) => `📣 Announcement #${id} is being sent.`,
    scheduled: (id: number) => `📣 Announcement #${id} is scheduled.`,
    goesOut: "🕒 Goes out: Tuesday, 5 March 2030, 10:00 (Omsk)",
    past: "That time has passed. Choose a time ahead.",
    sticker: "This kind of message can’t be sent as an announcement",
    album: "An album can’t be sent as one announcement.",
    longCaption: "The caption is too long: Telegram allows 1,024 characters under a photo or document. Shorten it, or send the text as a message without a file.",
    empty: "The message is empty.",
    subjects: "📚 Subjects: any",
    physics: "Physics",
    nobody: "Nobody would get it",
    cancelled: "Announcement cancelled: nothing was sent.",
  },
} as const;
type Lang = keyof typeof L;
const LANGS: Lang[] = ["ru", "en"];

/** Bold, italic, a hidden link and a custom emoji-free spoiler, as Telegram sends them. */
const TEXT = "Вебинар по ФГОС 12 марта. Программа и запись — по ссылке.";
const ENTITIES: MessageEntity[] = [
  { type: "bold", offset: 0, length: 7 },
  { type: "italic", offset: 16, length: 8 },
  { type: "text_link", offset: 26, length: 9, url: "https://example.org/fgos" },
  { type: "spoiler", offset: 47, length: 10 },
];

let t: TestDb;
let h: AppHarness;
let clock: FakeClock;
let eventId: number;
const authors = {} as Record<Lang, { user: FakeUser; id: number }>;
const readers = {} as Record<Lang, FakeUser>;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  clock = new FakeClock(NOON_OMSK);
  h = await createHarness({ db: t.db, clock });
  for (const lang of LANGS) {
    const author = await createTeacher(t.db, { lang, fullName: `Методист ${lang}` });
    await t.db.roleGrant.create({ data: { userId: author.id, role: "methodologist" } });
    authors[lang] = { user: h.user({ id: Number(author.telegramId), languageCode: lang }), id: author.id };
    const reader = await createTeacher(t.db, { lang });
    readers[lang] = h.user({ id: Number(reader.telegramId), languageCode: lang });
  }
  eventId = await makeEvent(t.db, { title: "Семинар по ФГОС", startsAt: EVENT_AT }, NOON_OMSK);
});
afterAll(() => t.drop());

beforeEach(async () => {
  clock.set(NOON_OMSK);
  for (const lang of LANGS) await authors[lang].user.send("/cancel");
});

/** The message before the step's prompt: the refusal naming the reason. */
const refusal = (u: FakeUser) => u.messages().at(-2)!.text;
/** What a recipient sees of a message, to compare with the preview. */
const seen = (m: Message) => ({
  text: m.text,
  entities: m.entities,
  caption: m.caption,
  caption_entities: m.caption_entities,
  photo: m.photo?.map((size) => size.file_id),
  document: m.document?.file_id,
  reply_markup: m.reply_markup,
});
const latestBroadcast = () => t.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });
/** Everyone the regional audience reaches now: registered, not blocked, not muted. */
const everyone = () => t.db.user.count({ where: { onboardedAt: { not: null }, blockedAt: null, muteRegional: false } });

async function openCompose(u: FakeUser, lang: Lang) {
  await u.send("/menu");
  await u.press(L[lang].menu);
  await u.press(L[lang].new);
}

/** From the content step: no buttons, everyone, to the control message under the preview. */
async function toControl(u: FakeUser, lang: Lang) {
  await u.press(L[lang].done);
  await u.press(L[lang].done);
}

describe.each(LANGS)("composing in %s", (lang) => {
  const l = L[lang];

  it("sends formatted text with a link and a sign-up button; the preview is what a recipient gets", async () => {
    const author = authors[lang].user;
    const reader = readers[lang];
    await author.send("/menu");
    expect(author.lastMessage().buttons.flat()).toContain(l.menu);
    await author.press(l.menu);
    expect(author.lastMessage().buttons).toEqual([[l.new], [l.history], [l.backToMenu]]);
    await author.press(l.new);
    expect(author.lastMessage().text).toContain(l.askContent);
    await author.sendUpdate({ message: { text: TEXT, entities: ENTITIES } });

    await author.press(l.link);
    await author.send("http://example.org/programme");
    expect(refusal(author)).toBe(l.linkInvalid);
    await author.send("https://example.org/programme?a=1&b=2");
    await author.send(l.label);
    await author.press(l.signUp);
    await author.press(/^12\.03\.30 · Семинар по ФГОС$/);
    await author.press(l.done);

    expect(author.lastMessage().text).toContain(l.askAudience);
    expect(author.lastMessage().text).toContain(l.reach(await everyone()));
    await author.press(l.done);
    const preview = author.messages().at(-2)!.raw;
    const control = author.lastMessage();
    expect(control.text).toContain(l.shownAs);
    expect(control.text).toContain(l.reach(await everyone()));
    expect(control.buttons).toEqual([[l.sendNow, l.schedule], [l.urgentOff], [l.changeAudience], [l.cancel]]);
    const before = reader.messages().length;

    await author.press(l.sendNow);
    const broadcast = await latestBroadcast();
    const status = author.messages().find((m) => m.text.startsWith(l.sending(broadcast.id)))!;
    expect(status).toBeDefined();
    expect(broadcast).toMatchObject({ authorId: authors[lang].id, statusChatId: BigInt(author.id), statusMessageId: status.id, urgent: false });
    // The sender ran after the update: the reader got the very message the author previewed.
    expect(reader.messages()).toHaveLength(before + 1);
    const received = reader.lastMessage().raw;
    expect(seen(received)).toEqual(seen(preview));
    expect(received.text).toBe(TEXT);
    expect(received.entities).toEqual(ENTITIES);
    expect(received.reply_markup?.inline_keyboard).toEqual([
      [{ text: l.signUpButton, callback_data: `ev:cardn:${eventId}` }],
      [{ text: l.label, url: "https://example.org/programme?a=1&b=2" }],
      [{ text: l.mute, callback_data: "bc:mute:regional" }],
    ]);
    // The sign-up button brings the event's card as a message of its own; the announcement stays.
    await reader.press(l.signUpButton);
    expect(reader.lastMessage().text).toContain("Семинар по ФГОС");
    expect(reader.messages().at(-2)!.text).toBe(TEXT);
  });

  it("sends one photo and one document with their captions as previewed", async () => {
    const author = authors[lang].user;
    const reader = readers[lang];
    const poster = h.telegram.addFile(new Uint8Array([0xff, 0xd8, 0xff]), { fileName: "poster.jpg", folder: "photos" });
    await openCompose(author, lang);
    const caption = "Афиша конкурса «Учитель года»";
    await author.sendUpdate({
      message: { photo: [{ file_id: poster.fileId, file_unique_id: poster.uniqueId, width: 800, height: 600 }], caption, caption_entities: [{ type: "bold", offset: 0, length: 5 }] },
    });
    await toControl(author, lang);
    const photoPreview = author.messages().at(-2)!.raw;
    await author.press(l.sendNow);
    const photo = reader.lastMessage().raw;
    expect(seen(photo)).toEqual(seen(photoPreview));
    expect(photo).toMatchObject({ caption, caption_entities: [{ type: "bold", offset: 0, length: 5 }] });
    expect(photo.photo?.[0]?.file_id).toBe(poster.fileId);

    await openCompose(author, lang);
    await author.sendDocument({ fileName: "programme.pdf", content: "%PDF-1.4 programme", mimeType: "application/pdf", caption: "Программа семинара" });
    await toControl(author, lang);
    const documentPreview = author.messages().at(-2)!.raw;
    await author.press(l.sendNow);
    const document = reader.lastMessage().raw;
    expect(seen(document)).toEqual(seen(documentPreview));
    expect(document.caption).toBe("Программа семинара");
    expect(document.document?.file_name).toBe("programme.pdf");
    const stored = await latestBroadcast();
    expect(JSON.parse(stored.content)).toMatchObject({ kind: "document", caption: "Программа семинара" });
  });

  it("refuses a sticker, a voice note, an album, an empty message and a caption over 1024, asking again each time", async () => {
    const author = authors[lang].user;
    const broadcasts = await t.db.broadcast.count();
    await openCompose(author, lang);
    await author.sendUpdate({ message: { sticker: media.sticker() } });
    expect(refusal(author)).toContain(l.sticker);
    expect(author.lastMessage().text).toContain(l.askContent);
    await author.sendUpdate({ message: { voice: media.voice() } });
    expect(refusal(author)).toContain(l.sticker);
    await author.send("   ");
    expect(refusal(author)).toContain(l.empty);
    await author.sendUpdate({ message: { photo: media.photo(), caption: "я".repeat(1025) } });
    expect(refusal(author)).toBe(l.longCaption);
    // An album comes as one message per photo: one refusal for all of them.
    const albumBefore = author.messages().filter((m) => m.text.startsWith(l.album)).length;
    await author.sendUpdate({ message: { photo: media.photo(), media_group_id: "album-1", caption: "1" } });
    await author.sendUpdate({ message: { photo: media.photo(), media_group_id: "album-1" } });
    await author.sendUpdate({ message: { photo: media.photo(), media_group_id: "album-1" } });
    expect(author.messages().filter((m) => m.text.startsWith(l.album))).toHaveLength(albumBefore + 1);
    expect(author.lastMessage().text).toContain(l.askContent);
    await author.press(l.cancel);
    expect(author.messages().at(-2)!.text).toBe(l.cancelled);
    expect(await t.db.broadcast.count()).toBe(broadcasts);
  });

  it("refuses an audience of nobody with the reason and keeps the step", async () => {
    const author = authors[lang].user;
    const broadcasts = await t.db.broadcast.count();
    await openCompose(author, lang);
    await author.send("Только для физиков");
    await author.press(l.done);
    await author.press(l.subjects);
    await author.press(l.physics);
    await author.press(l.done);
    expect(author.lastMessage().text).toContain(l.reach(0));
    await author.press(l.done);
    expect(author.lastAnswer()).toMatchObject({ show_alert: true });
    expect(author.lastAnswer()?.text).toContain(l.nobody);
    expect(author.lastMessage().text).toContain(l.askAudience);
    await author.press(l.cancel);
    expect(await t.db.broadcast.count()).toBe(broadcasts);
  });

  it("schedules at a typed time in the author's zone, refuses the past, and the job starts it at its minute", async () => {
    const author = authors[lang].user;
    const reader = readers[lang];
    await openCompose(author, lang);
    await author.send("Напоминание: отчёты до пятницы");
    await toControl(author, lang);
    await author.press(l.schedule);
    await author.send("01.03.2030 10:00");
    expect(refusal(author)).toBe(l.past);
    await author.send("05.03 10:00");
    const broadcast = await latestBroadcast();
    expect(broadcast).toMatchObject({ status: "scheduled", scheduledAt: new Date("2030-03-05T04:00:00Z"), statusMessageId: author.lastMessage().id });
    expect(author.lastMessage().text).toBe(`${l.scheduled(broadcast.id)}\n${l.goesOut}`);
    const before = reader.messages().length;

    const job = scheduledBroadcasts(deliveryOf(h.config));
    const deps = { db: t.db, clock, logger: pino({ level: "silent" }) };
    clock.set(new Date("2030-03-05T03:59:00Z"));
    await job.run(deps, clock.now());
    await h.outbox.sendAllDue();
    expect(reader.messages()).toHaveLength(before);
    clock.set(new Date("2030-03-05T04:00:00Z"));
    await job.run(deps, clock.now());
    await h.outbox.sendAllDue();
    expect(reader.messages()).toHaveLength(before + 1);
    expect(reader.lastMessage().text).toBe("Напоминание: отчёты до пятницы");
    expect((await latestBroadcast()).status).toBe("sending");
  });
});
