// The bank of practices through the chat (issue #15, point 5): a teacher shares a practice (bad
// answers refused with their rule), a methodologist sends it back with a comment, the author edits
// and sends it again, it is approved; colleagues find it by subject, by area and by words, opening
// it counts once, and the route offers it for its deficit.
import { describe, expect, it } from "vitest";
import type { FakeUser } from "../../support/harness.ts";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import { createQuestionnaire } from "../diagnostics/take-support.ts";

/** Noon in Omsk: notices go at once. */
const NOW = new Date("2026-11-30T06:00:00Z");
const TITLE = "Проектная <деятельность> на уроках";
const PDF = "application/pdf";
const app = useApp({ clock: new FakeClock(NOW) });

const person = (fullName: string, role?: "methodologist") => teacherAtMenu(app, fullName, role);

/** The message before the last one: a refusal before the question asked again. */
const beforeLast = (u: FakeUser) => u.messages().slice(-2)[0]!.text;

async function openPractices(u: FakeUser) {
  await u.send("/menu");
  await u.press("💡 Практики");
}

describe("the bank of practices", () => {
  it("is shared, sent back, corrected, approved, found three ways, counted once and offered on the route", async () => {
    // Published before any menu is shown: a process keeps the open questionnaires for a minute.
    const questionnaire = "Проверка умений (практики)";
    await createQuestionnaire(app.t.db, { title: questionnaire });
    const author = await person("Петрова Анна Ивановна");
    const u = author.u;
    await openPractices(u);
    expect(u.lastMessage().text).toContain("Одобренных практик пока нет");
    await u.press("➕ Поделиться практикой");
    expect(u.lastMessage().text).toContain("Как называется ваша практика?");
    await u.send("   ");
    expect(beforeLast(u)).toBe("Нужно название от 1 до 200 символов.");
    await u.send("п".repeat(201));
    expect(beforeLast(u)).toBe("Нужно название от 1 до 200 символов.");
    expect(u.lastMessage().text).toContain("Как называется ваша практика?");
    await u.send(TITLE);
    await u.send("Ученики ведут мини-проекты и защищают их на уроке.");
    expect(u.lastMessage().buttons[0]![0]).toBe("Математика");
    await u.press("Математика");
    await u.press("Цифровая");
    expect(u.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["1–4", "5–9", "10–11", "ДОО"]));
    await u.press("5–9");
    expect(u.lastMessage().text).toContain("Пришлите документ (PDF, Word или PowerPoint, до 20 МБ)");
    await u.sendDocument({ fileName: "notes.txt", content: "просто текст", mimeType: "text/plain" });
    expect(beforeLast(u)).toContain("Такой файл не подойдёт");
    await u.sendUpdate({ message: { document: { file_id: "BQbig", file_unique_id: "big", file_name: "big.pdf", mime_type: PDF, file_size: 21 * 1024 * 1024 } } });
    expect(beforeLast(u)).toBe("Файл больше 20 МБ. Сожмите его или пришлите ссылку на него.");
    await u.send("ftp://example.org/file");
    expect(beforeLast(u)).toContain("Ссылка должна начинаться с http:// или https://");
    await u.sendDocument({ fileName: "Проекты.pdf", content: "%PDF-1.4", mimeType: PDF });
    const summary = u.lastMessage().text;
    expect(summary).toContain(`Название: ${TITLE}`);
    expect(summary).toContain("Предмет: Математика");
    expect(summary).toContain("Компетенция: Цифровая");
    expect(summary).toContain("Классы: 5–9");
    expect(summary).toContain("Материалы: Проекты.pdf");
    await u.press("📨 Отправить методисту");
    expect(beforeLast(u)).toContain("Практика отправлена методисту");
    expect(u.lastMessage().text).toContain(`1. ⏳ ${TITLE} — на проверке у методиста`);
    const practice = await app.t.db.practice.findFirstOrThrow({ where: { authorId: author.row.id } });
    expect(practice).toMatchObject({ title: TITLE, subject: "math", area: "digital", classLevel: "5–9", status: "submitted", fileName: "Проекты.pdf", link: null });

    // The methodologist sends it back with a comment; the author is told.
    const { u: m } = await person("Методистова Елена Петровна", "methodologist");
    await openPractices(m);
    await m.press("📝 На проверке (1)");
    let card = m.lastMessage().text;
    expect(card).toContain("Практики на проверке — 1 из 1");
    expect(card).toContain(TITLE);
    expect(card).toContain("Автор: Петрова Анна Ивановна");
    await m.press("📎 Файл");
    expect(m.calls("sendDocument").at(-1)?.payload).toMatchObject({ document: practice.fileId });
    await m.press("↩️ На доработку", { inMessage: m.messages().find((each) => each.text.includes("Практики на проверке"))!.id });
    expect(m.lastMessage().text).toContain("Что автору исправить?");
    await m.send("Добавьте <план> урока");
    expect(beforeLast(m)).toBe("Практика возвращена автору с вашим комментарием.");
    expect(m.lastMessage().text).toBe("Практик на проверке нет.");
    expect(u.lastMessage().text).toBe(`↩️ Методист вернул вашу практику «${TITLE}» на доработку: «Добавьте <план> урока». Исправьте её в «Моих практиках» и отправьте снова.`);

    // The author corrects the description, keeps the rest, and sends it again.
    await u.press("🗂 Мои практики");
    expect(u.lastMessage().text).toContain(`1. ↩️ ${TITLE} — возвращена на доработку`);
    expect(u.lastMessage().text).toContain("💬 Добавьте <план> урока");
    await u.press(`1. ${TITLE}`);
    await u.press("✏️ Исправить и отправить снова");
    expect(u.lastMessage().text).toContain(`Сейчас: ${TITLE}`);
    await u.press("↪️ Оставить как есть");
    await u.send("Ученики ведут мини-проекты по плану урока и защищают их.");
    await u.press("✅ Математика");
    await u.press("✅ Цифровая");
    await u.press("↪️ Оставить как есть");
    await u.press("↪️ Оставить как есть");
    expect(u.lastMessage().text).toContain("Материалы: Проекты.pdf");
    await u.press("📨 Отправить методисту");
    expect(beforeLast(u)).toBe("📨 Исправленная практика снова отправлена методисту.");
    expect(await app.t.db.practice.findUniqueOrThrow({ where: { id: practice.id } })).toMatchObject({ status: "submitted", description: "Ученики ведут мини-проекты по плану урока и защищают их." });

    await openPractices(m);
    await m.press("📝 На проверке (1)");
    card = m.lastMessage().text;
    expect(card).toContain("💬 Комментарий методиста: Добавьте <план> урока");
    await m.press("✅ Одобрить");
    expect(m.lastAnswer()?.text).toBe("Практика одобрена, автор получит сообщение.");
    expect(u.lastMessage().text).toContain(`✅ Ваша практика «${TITLE}» одобрена методистом`);
    expect(await app.t.db.practice.findUniqueOrThrow({ where: { id: practice.id } })).toMatchObject({ status: "approved", reviewComment: null });

    // A colleague finds it by subject, by area and by words (another case, another form).
    const { u: v, row: colleague } = await person("Сидорова Мария");
    await openPractices(v);
    expect(v.lastMessage().text).toContain("В банке 1 одобренная практика коллег.");
    await v.press("📚 По предметам");
    await v.press("Математика · 1");
    expect(v.lastMessage().text).toContain("📚 Математика — 1 практика");
    expect(v.lastMessage().text).toContain(`1. ${TITLE}\n    Петрова Анна Ивановна · 5–9`);
    await v.press(`1. ${TITLE}`);
    card = v.lastMessage().text;
    expect(card).toContain("Школа: ");
    expect(card).toContain("Компетенция: Цифровая");
    expect(card).toContain("Открыли: 1");
    expect(card).not.toContain("Статус");
    await v.press("‹ Назад");
    await v.press(`1. ${TITLE}`);
    expect(await app.t.db.practiceView.count({ where: { practiceId: practice.id } })).toBe(1);
    await v.press("‹ Назад");
    await v.press("‹ Назад");
    await v.press("‹ Назад");
    await v.press("🧩 По компетенциям");
    await v.press("Цифровая · 1");
    expect(v.lastMessage().text).toContain("🧩 Цифровая — 1 практика");
    await v.press("‹ Назад");
    await v.press("‹ Назад");
    await v.press("🔎 Поиск по словам");
    await v.send("ПРОЕКТНОЙ Деятельности");
    expect(v.lastMessage().text).toContain("🔎 «проектной деятельност» — найдена 1 практика");
    await v.press(`1. ${TITLE}`);
    await v.press("‹ Назад");
    expect(v.lastMessage().text).toContain("найдена 1 практика");
    await v.press("🔎 Искать другие слова");
    await v.send("химия");
    expect(v.lastMessage().text).toContain("🔎 «химия» — ничего не нашлось");
    expect(await app.t.db.practiceView.count({ where: { practiceId: practice.id } })).toBe(1);

    // The author sees how many opened it; their own look does not count.
    await openPractices(u);
    await u.press("🗂 Мои практики");
    expect(u.lastMessage().text).toContain(`1. ✅ ${TITLE} — одобрена, открыли: 1`);
    await u.press(`1. ${TITLE}`);
    expect(await app.t.db.practiceView.count({ where: { practiceId: practice.id } })).toBe(1);

    // The colleague's route offers it for the digital deficit beside its event, as a card of its own.
    await makeEvent(app.t.db, { title: "Цифровой урок", startsAt: new Date(NOW.getTime() + 5 * 86_400_000), areas: ["digital"] }, NOW);
    await v.send("/menu");
    await v.press("🧭 Самодиагностика");
    await v.press(questionnaire);
    for (const label of ["Могу", "Могу", "Не могу", "Скорее нет"]) await v.press(label);
    await v.press("🧭 Мой маршрут");
    const proposal = v.lastMessage();
    expect(proposal.text).toContain(`💡 Практики коллег: «${TITLE}»`);
    expect(proposal.buttons.slice(0, 2)).toEqual([["📅 5 декабря 2026 · Цифровой урок"], [`💡 ${TITLE}`]]);
    await v.press(`💡 ${TITLE}`);
    expect(v.lastMessage().id).not.toBe(proposal.id);
    expect(v.lastMessage().text).toContain(`💡 ${TITLE}`);
    await v.press("💾 Сохранить маршрут", { inMessage: proposal.id });
    expect(v.messages().find((each) => each.id === proposal.id)!.buttons.flat()).toContain(`💡 ${TITLE}`);
    expect(await app.t.db.practiceView.count({ where: { practiceId: practice.id, userId: colleague.id } })).toBe(1);
  });
});
