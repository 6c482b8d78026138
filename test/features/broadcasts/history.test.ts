// The history of announcements (issue #10, point 8): methodologists and admins see every one, a
// coordinator their own, anyone else nothing; a page is eight, newest first, each with its date in
// the member's zone, status and delivered of recipients; one opened says what it said, to whom,
// by whom, when, and what became of it, with "Stop" and "Who did not get it" where they apply.
import { describe, expect, it } from "vitest";
import type { BroadcastAudience, Scope } from "../../../src/features/broadcasts/audience.ts";
import { EVERYBODY } from "../../../src/features/broadcasts/audience.ts";
import { BROADCAST_DATA } from "../../../src/features/broadcasts/callbacks.ts";
import type { MessageCopy } from "../../../src/messaging/copy.ts";
import { useApp } from "../../support/app.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { FakeUser } from "../../support/harness.ts";

// The rows made here stand as they are: no sender picks up the pending ones.
const app = useApp({ sendOutbox: false });

type Lang = "ru" | "en";

async function person(opts: { role?: "methodologist" | "coordinator" | "admin"; fullName?: string; lang?: Lang } = {}) {
  const db = app.t.db;
  const lang = opts.lang ?? "ru";
  const row = await createTeacher(db, { fullName: opts.fullName, lang });
  if (opts.role === "coordinator") await db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: row.schoolId, scopeKey: `s:${row.schoolId}` } });
  else if (opts.role) await db.roleGrant.create({ data: { userId: row.id, role: opts.role } });
  const u = app.h.user({ id: Number(row.telegramId), languageCode: lang }) as FakeUser;
  // A screen to press the history's buttons on, as from the announcements' menu.
  await u.send("/menu");
  return { row, u };
}

type RowStatus = "sent" | "blocked" | "failed" | "pending" | "unknown" | "cancelled";

/** An announcement as the compose flow and the sender leave it, with one outbox row per recipient in `rows`. */
async function broadcast(opts: {
  authorId: number;
  status: string;
  copy?: MessageCopy;
  audience?: BroadcastAudience;
  scope?: Scope;
  urgent?: boolean;
  createdAt?: Date;
  scheduledAt?: Date;
  startedAt?: Date | null;
  finishedAt?: Date | null;
  rows?: RowStatus[];
}): Promise<number> {
  const db = app.t.db;
  const createdAt = opts.createdAt ?? new Date();
  const rows = opts.rows ?? [];
  const started = opts.status !== "scheduled" && opts.status !== "cancelled";
  const { id } = await db.broadcast.create({
    data: {
      authorId: opts.authorId,
      scope: JSON.stringify(opts.scope ?? { kind: "regional" }),
      content: JSON.stringify(opts.copy ?? { kind: "text", text: "Уважаемые коллеги!", entities: [], previewOff: false }),
      audience: JSON.stringify(opts.audience ?? EVERYBODY),
      urgent: opts.urgent ?? false,
      status: opts.status,
      createdAt,
      scheduledAt: opts.scheduledAt ?? createdAt,
      startedAt: opts.startedAt !== undefined ? opts.startedAt : started ? createdAt : null,
      finishedAt: opts.finishedAt ?? null,
      recipients: rows.length,
    },
  });
  for (const status of rows) {
    const recipient = await createTeacher(db, { fullName: "Получатель" });
    await db.outboxMessage.create({
      data: { dedupeKey: `broadcast:${id}/${recipient.id}`, source: `broadcast:${id}`, broadcastId: id, lane: 1, userId: recipient.id, chatId: recipient.telegramId, payload: "{}", status, notBefore: createdAt, nextAttemptAt: createdAt },
    });
  }
  return id;
}

const text = (u: FakeUser) => u.lastMessage().text;
const buttons = (u: FakeUser) => u.lastMessage().buttons;
const MARCH_5_0900_UTC = new Date("2026-03-05T09:00:00Z");
const MINUTE = 60_000;

describe("a methodologist", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = {
      ru: {
        title: "📣 Рассылки:",
        done: "✅ отправлена · 📬 3/5",
        sending: "📤 отправляется · 📬 1/3",
        scheduled: "🕓 запланирована",
        card: "📣 Рассылка №{id} · ✅ отправлена",
        audience: "👥 Кому: {place}; роли: координатор; предметы: Математика; только молодым педагогам; записанным на «Семинар {lang}»",
        author: "✍️ Автор: Методистова Мария",
        created: "🕓 Создана: 5 мар., 15:00",
        started: "▶️ Начата: 5 мар., 15:01",
        finished: "🏁 Завершена: 5 мар., 15:30",
        counts: ["👥 Получателей: 5", "✅ Доставлено: 3", "⛔ Заблокировали бота: 1", "⚠️ Не доставлено: 1"],
        missed: "📄 Кто не получил",
        stop: "⏹ Остановить",
        toList: "‹ К списку",
        left: "⏳ Осталось: 2",
        plannedFor: "📅 Запланирована на:",
      },
      en: {
        title: "📣 Announcements:",
        done: "✅ sent · 📬 3/5",
        sending: "📤 being sent · 📬 1/3",
        scheduled: "🕓 scheduled",
        card: "📣 Announcement #{id} · ✅ sent",
        audience: "👥 For: {place}; roles: coordinator; subjects: Mathematics; young teachers only; signed up for “Семинар {lang}”",
        author: "✍️ Author: Методистова Мария",
        created: "🕓 Created: 5 Mar, 15:00",
        started: "▶️ Started: 5 Mar, 15:01",
        finished: "🏁 Finished: 5 Mar, 15:30",
        counts: ["👥 Recipients: 5", "✅ Delivered: 3", "⛔ Blocked the bot: 1", "⚠️ Not delivered: 1"],
        missed: "📄 Who did not get it",
        stop: "⏹ Stop",
        toList: "‹ To the list",
        left: "⏳ Left: 2",
        plannedFor: "📅 Scheduled for:",
      },
    }[lang];

    it(`reads the list newest first and opens one to see what it said, to whom, by whom, when and how it went (${lang})`, async () => {
      const db = app.t.db;
      const { row: author } = await person({ role: "methodologist", fullName: "Методистова Мария" });
      const { u } = await person({ role: "methodologist", lang });
      expect((await db.municipality.findUniqueOrThrow({ where: { id: author.municipalityId! } })).timezone).toBe("Asia/Omsk");
      const place = (await db.municipality.findUniqueOrThrow({ where: { id: author.municipalityId! } })).name;
      const eventId = await makeEvent(db, { title: `Семинар ${lang}` });
      const done = await broadcast({
        authorId: author.id,
        status: "done",
        copy: { kind: "text", text: `Коллеги, приглашаем на семинар ${lang}. <Важно>`, entities: [], previewOff: false },
        audience: { municipalityIds: [author.municipalityId!], schoolIds: [], subjects: ["math"], roles: ["coordinator"], youngOnly: true, event: { id: eventId, attended: false } },
        createdAt: MARCH_5_0900_UTC,
        startedAt: new Date(MARCH_5_0900_UTC.getTime() + MINUTE),
        finishedAt: new Date(MARCH_5_0900_UTC.getTime() + 30 * MINUTE),
        rows: ["sent", "sent", "sent", "blocked", "failed"],
      });
      const now = Date.now();
      const sending = await broadcast({ authorId: author.id, status: "sending", createdAt: new Date(now - 2 * MINUTE), rows: ["sent", "pending", "pending"] });
      const scheduled = await broadcast({ authorId: author.id, status: "scheduled", createdAt: new Date(now - MINUTE), scheduledAt: new Date(now + 86_400_000) });

      await u.pressData(BROADCAST_DATA.list(0));
      const list = u.lastMessage();
      expect(list.text).toContain(l.title);
      expect(list.text.indexOf(`#${scheduled} `)).toBeLessThan(list.text.indexOf(`#${sending} `));
      expect(list.text).toContain(`#${sending} · `);
      expect(list.text).toMatch(new RegExp(`#${scheduled} · .*\\n${l.scheduled}\\n`));
      expect(list.text).toMatch(new RegExp(`#${sending} · .*\\n${l.sending}`));

      // The March one is older than anything made today: it is on a later page, or below them.
      await u.pressData(BROADCAST_DATA.open(done, 0), list.id);
      const card = u.lastMessage();
      expect(card.id).toBe(list.id);
      expect(card.text).toContain(l.card.replace("{id}", String(done)));
      expect(card.text).toContain(`Коллеги, приглашаем на семинар ${lang}. <Важно>`);
      expect(card.text).toContain(l.audience.replace("{place}", place).replace("{lang}", lang));
      expect(card.text).toContain(l.author);
      for (const line of [l.created, l.started, l.finished, ...l.counts]) expect(card.text).toContain(line);
      expect(card.text).not.toContain(l.plannedFor);
      expect(card.buttons).toEqual([[l.missed], [l.toList]]);
      await u.press(l.toList);
      expect(u.lastMessage().text).toContain(l.title);

      await u.pressData(BROADCAST_DATA.open(sending, 0));
      expect(text(u)).toContain(l.left);
      expect(buttons(u)).toEqual([[l.stop], [l.toList]]);

      await u.pressData(BROADCAST_DATA.open(scheduled, 0));
      expect(text(u)).toContain(l.plannedFor);
      expect(text(u)).not.toContain(l.counts[0]);
      expect(buttons(u)).toEqual([[l.stop], [l.toList]]);

      const doneLine = new RegExp(`#${done} · .*\\n${l.done.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
      // Wherever it is, the done one reads "sent · 3/5" on its page.
      let found = false;
      for (let page = 0; page < 50 && !found; page++) {
        await u.pressData(BROADCAST_DATA.list(page));
        found = doneLine.test(text(u));
      }
      expect(found).toBe(true);
    });
  }

  it("sees a photo or a document named as such, with the caption, and a long text cut short", async () => {
    const { row, u } = await person({ role: "methodologist" });
    const photo = await broadcast({ authorId: row.id, status: "done", copy: { kind: "photo", fileId: "AgAC-photo", caption: "Афиша недели", entities: [] }, rows: ["sent"] });
    const document = await broadcast({ authorId: row.id, status: "done", copy: { kind: "document", fileId: "BQAC-doc", caption: "", entities: [] }, rows: ["sent"] });
    const long = await broadcast({ authorId: row.id, status: "done", copy: { kind: "text", text: `${"Очень длинное объявление. ".repeat(150)}КОНЕЦ`, entities: [], previewOff: false } });
    await u.pressData(BROADCAST_DATA.open(photo, 0));
    expect(text(u)).toContain("🖼 Фото · Афиша недели");
    await u.pressData(BROADCAST_DATA.open(document, 0));
    expect(text(u)).toContain("📄 Документ");
    await u.pressData(BROADCAST_DATA.open(long, 0));
    expect(text(u)).not.toContain("КОНЕЦ");
    const extract = text(u).split("\n").find((line) => line.startsWith("Очень длинное"))!;
    expect(Array.from(extract).length).toBeLessThanOrEqual(200);
    expect(extract.endsWith("…")).toBe(true);
  });

  it("sees an audience of many places named in part, and the screen stays within Telegram's 4,096 characters", async () => {
    const db = app.t.db;
    const { row, u } = await person({ role: "methodologist" });
    const municipalities = await db.municipality.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const schools = await db.school.findMany({ take: 40, orderBy: { id: "asc" }, select: { id: true } });
    const id = await broadcast({
      authorId: row.id,
      status: "done",
      copy: { kind: "text", text: "Я".repeat(4096), entities: [], previewOff: false },
      audience: { municipalityIds: municipalities.map((m) => m.id), schoolIds: schools.map((s) => s.id), subjects: ["math", "physics", "russian"], roles: ["teacher", "coordinator"], youngOnly: true, event: null },
      rows: ["sent", "blocked", "failed", "unknown", "cancelled"],
    });
    await u.pressData(BROADCAST_DATA.open(id, 0));
    expect(text(u)).toContain(`и ещё ${municipalities.length + schools.length - 5}`);
    expect(text(u).length).toBeLessThanOrEqual(4096);
  });
});

describe("a coordinator", () => {
  it("sees only their own announcements, eight a page, and someone else's is not found", async () => {
    const { row, u } = await person({ role: "coordinator" });
    const { row: methodologist } = await person({ role: "methodologist" });
    const scope: Scope = { kind: "municipal", municipalityIds: [], schoolIds: [row.schoolId!] };
    const own: number[] = [];
    for (let i = 0; i < 10; i++) own.push(await broadcast({ authorId: row.id, scope, status: "done", createdAt: new Date(Date.now() - (10 - i) * MINUTE), rows: ["sent"] }));
    const foreign = await broadcast({ authorId: methodologist.id, status: "done", rows: ["sent"] });

    await u.pressData(BROADCAST_DATA.list(0));
    const first = u.lastMessage();
    expect(first.text).toContain("📣 Рассылки: 10");
    expect(first.text).not.toContain(`#${foreign} `);
    const shown = (message: string) => [...message.matchAll(/#(\d+) · /g)].map((match) => Number(match[1]));
    expect(shown(first.text)).toEqual(own.slice(2).reverse());
    expect(first.buttons.flat()).toContain("1/2");
    await u.press("›");
    expect(shown(text(u))).toEqual(own.slice(0, 2).reverse());
    expect(u.lastMessage().id).toBe(first.id);

    const before = text(u);
    await u.pressData(BROADCAST_DATA.open(foreign, 1));
    expect(u.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили.", show_alert: true });
    expect(text(u)).toBe(before);
    await u.pressData(BROADCAST_DATA.open(own[0]!, 1));
    expect(text(u)).toContain(`Рассылка №${own[0]}`);
  });
});

describe("anyone else", () => {
  it("a teacher is refused the list and any announcement, and nothing on screen changes", async () => {
    const { row: methodologist } = await person({ role: "methodologist" });
    const id = await broadcast({ authorId: methodologist.id, status: "done" });
    const { u } = await person();
    const before = u.lastMessage();
    for (const data of [BROADCAST_DATA.list(0), BROADCAST_DATA.open(id, 0)]) {
      await u.pressData(data);
      expect(u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
      expect(u.lastMessage()).toMatchObject({ id: before.id, text: before.text });
    }
  });

  it("a forged id is not found, even for a methodologist", async () => {
    const { u } = await person({ role: "methodologist", lang: "en" });
    const before = u.lastMessage();
    await u.pressData(BROADCAST_DATA.open(999_999_999, 0));
    expect(u.lastAnswer()).toMatchObject({ text: "Record not found: it may have been changed or deleted.", show_alert: true });
    expect(u.lastMessage().text).toBe(before.text);
    await u.pressData("bc:v:12x:0");
    expect(u.lastMessage().text).toBe(before.text);
  });
});
