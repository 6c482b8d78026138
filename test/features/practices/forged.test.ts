// Buttons are checked on the server: a made-up practice id, a decision without the role, someone
// else's practice to edit, another's unapproved practice to read: refused, nothing changed.
import { describe, expect, it } from "vitest";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { PRACTICE_DATA } from "../../../src/features/practices/callbacks.ts";
import { resubmitPractice } from "../../../src/features/practices/service.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
const NOT_ALLOWED = "Это действие вам недоступно.";
const app = useApp({ clock: new FakeClock(NOW) });

const person = (fullName: string, role?: "methodologist") => teacherAtMenu(app, fullName, role);

const practice = (authorId: number, status: string, title = "Практика") =>
  app.t.db.practice.create({ data: { authorId, title, description: "Описание", subject: "math", area: "digital", classLevel: "5–9", status, fileId: "BQfile", fileName: "a.pdf" } });

const stateOf = async (id: number) => {
  const row = await app.t.db.practice.findUniqueOrThrow({ where: { id } });
  return { status: row.status, title: row.title, reviewComment: row.reviewComment, reviewedById: row.reviewedById };
};

describe("forged practice buttons", () => {
  it("refuse reading, downloading, deciding, importing and editing to those who may not", async () => {
    const { row: author } = await person("Петрова Анна Ивановна");
    const { u: stranger, row: strangerRow } = await person("Сидорова Мария");
    const submitted = await practice(author.id, "submitted");
    const returned = await practice(author.id, "returned", "Возвращённая");
    const before = await stateOf(submitted.id);

    await stranger.pressData(PRACTICE_DATA.card(submitted.id, { list: "none" }));
    expect(stranger.lastAnswer()).toMatchObject({ text: "Не найдено: возможно, это уже изменили или удалили.", show_alert: true });
    await stranger.pressData(PRACTICE_DATA.cardAsNew(999_999));
    expect(stranger.lastAnswer()?.text).toContain("Не найдено");
    await stranger.pressData(PRACTICE_DATA.file(submitted.id));
    expect(stranger.calls("sendDocument")).toHaveLength(0);
    expect(await app.t.db.practiceView.count()).toBe(0);

    for (const data of [PRACTICE_DATA.approve(submitted.id, 0), PRACTICE_DATA.sendBack(submitted.id, 0), PRACTICE_DATA.reject(submitted.id, 0), PRACTICE_DATA.review(0), PRACTICE_DATA.import]) {
      await stranger.pressData(data);
      expect(stranger.lastAnswer()).toMatchObject({ text: NOT_ALLOWED, show_alert: true });
    }
    expect(await stateOf(submitted.id)).toEqual(before);

    // Someone else's returned practice: no question opens, the next message is no title.
    await stranger.pressData(PRACTICE_DATA.edit(returned.id));
    expect(stranger.lastAnswer()).toMatchObject({ text: "Эту практику сейчас нельзя исправить: её уже проверяют или она не ваша.", show_alert: true });
    await stranger.send("Чужое название");
    expect((await stateOf(returned.id)).title).toBe("Возвращённая");
    expect(await resubmitPractice(app.t.db, { authorId: strangerRow.id, practiceId: returned.id, now: NOW, input: { title: "Чужое", description: "x", subject: "math", area: "digital", classLevel: "1–4", link: null, file: null } })).toEqual({ ok: false, rule: "not-returned" });

    await stranger.pressData("pr:zz:1");
    expect(stranger.lastAnswer()?.text).toBe("Эта кнопка устарела.");
  });

  it("let a methodologist decide once, never on their own practice nor on a made-up one", async () => {
    const { u: m, row: methodologist } = await person("Методистова Елена", "methodologist");
    const { row: author } = await person("Иванова Ольга");
    const own = await practice(methodologist.id, "submitted", "Своя");
    const other = await practice(author.id, "submitted", "Чужая");

    await m.pressData(PRACTICE_DATA.approve(999_999, 0));
    expect(m.lastAnswer()?.text).toContain("Не найдено");
    await m.pressData(PRACTICE_DATA.approve(own.id, 0));
    expect(m.lastAnswer()).toMatchObject({ text: "Свою практику проверяет другой методист.", show_alert: true });
    await m.pressData(PRACTICE_DATA.sendBack(own.id, 0));
    expect(m.lastAnswer()?.text).toBe("Свою практику проверяет другой методист.");
    expect((await stateOf(own.id)).status).toBe("submitted");

    await m.pressData(PRACTICE_DATA.approve(other.id, 0));
    expect(m.lastAnswer()?.text).toBe("Практика одобрена, автор получит сообщение.");
    await m.pressData(PRACTICE_DATA.reject(other.id, 0));
    expect(m.lastAnswer()?.text).toBe("По этой практике уже приняли решение.");
    expect(await stateOf(other.id)).toMatchObject({ status: "approved", reviewedById: methodologist.id });
    // The author of an approved practice cannot edit it back into review.
    expect(await resubmitPractice(app.t.db, { authorId: author.id, practiceId: other.id, now: NOW, input: { title: "Другая", description: "x", subject: "math", area: "digital", classLevel: "1–4", link: null, file: null } })).toEqual({ ok: false, rule: "not-returned" });
  });
});

describe("a practice at every limit", () => {
  it("still opens for its author, returned with the longest comment, with the button to fix it", async () => {
    const { u, row } = await person("Длиннова Анна");
    const long = await app.t.db.practice.create({
      data: { authorId: row.id, title: "Т".repeat(200), description: "О".repeat(3000), subject: "math", area: "digital", classLevel: "5–9", status: "returned", reviewComment: "К".repeat(1000) },
    });
    await u.pressData(PRACTICE_DATA.card(long.id, { list: "mine", page: 0 }));
    const card = u.lastMessage();
    expect(card.text.length).toBeLessThanOrEqual(4096);
    expect(card.text).toContain("Т".repeat(200));
    expect(card.buttons.flat()).toContain("✏️ Исправить и отправить снова");
  });
});
