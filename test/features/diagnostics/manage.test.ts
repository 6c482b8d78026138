// Methodologists manage questionnaires in the bot, in Russian and English: upload a file (errors
// with their lines, nothing saved), see it as a draft, publish, set a due date and audience, close.
// The rules themselves are checked apart from Telegram.
import { describe, expect, it } from "vitest";
import { ensureDefaultQuestionnaire } from "../../../src/features/diagnostics/default.ts";
import { closeQuestionnaire, publishQuestionnaire, saveUploadedQuestionnaire, setQuestionnaireDue } from "../../../src/features/diagnostics/manage-service.ts";
import { parseQuestionnaireFile } from "../../../src/features/diagnostics/file.ts";
import { createTeacher } from "../../support/factories.ts";
import { useMethodologists } from "../../support/methodologists.ts";

const staff = useMethodologists();
const Y = new Date().getUTCFullYear() + 1;
const file = (id: string, extra = "") => `id: ${id}
title: { ru: Анкета ${id}, en: Survey ${id} }
scale:
  - { id: no, label: { ru: Нет, en: No }, score: 0 }
  - { id: yes, label: { ru: Да, en: Yes }, score: 1 }
areas:
  - { id: digital, title: { ru: Цифровая, en: Digital } }
  - { id: subject, title: { ru: Предметная, en: Subject } }
questions:
  - { id: q1, area: digital, text: { ru: Я могу, en: I can } }
  - { id: q2, area: subject, text: { ru: Я могу ещё, en: I can more } }
${extra}`;
const definitionOf = (text: string) => {
  const parsed = parseQuestionnaireFile(text);
  if ("errors" in parsed) throw new Error("invalid");
  return parsed.definition;
};

describe("the rules", () => {
  it("an upload is a draft; a new file with its id replaces the draft; once published it is refused", async () => {
    const db = staff.t.db;
    const first = await saveUploadedQuestionnaire(db, { definition: definitionOf(file("rules")), userId: staff.ruId });
    expect(first).toMatchObject({ ok: true, replaced: false });
    if (!first.ok) return;
    const again = await saveUploadedQuestionnaire(db, { definition: definitionOf(file("rules", "  - { id: q3, area: digital, text: { ru: Три, en: Three } }\n")), userId: staff.ruId });
    expect(again).toEqual({ ok: true, id: first.id, replaced: true });
    const now = new Date();
    expect(await setQuestionnaireDue(db, first.id, new Date(now.getTime() - 1000), now)).toEqual({ ok: false, refusal: "due-passed" });
    expect(await publishQuestionnaire(db, first.id, now)).toEqual({ ok: true });
    expect(await saveUploadedQuestionnaire(db, { definition: definitionOf(file("rules")), userId: staff.ruId })).toEqual({ ok: false, refusal: "not-draft", status: "published" });
    const stored = await db.questionnaire.findUniqueOrThrow({ where: { id: first.id } });
    expect(JSON.parse(stored.definition).questions).toHaveLength(3);
    expect(await closeQuestionnaire(db, first.id, now)).toEqual({ ok: true });
    expect((await db.questionnaire.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("closed");
    expect(await publishQuestionnaire(db, 999_999, now)).toEqual({ ok: false, refusal: "not-found" });
  });
});

describe("the default questionnaire at start-up", () => {
  it("is created published for everyone once, and never touched again", async () => {
    const db = staff.t.db;
    expect(await ensureDefaultQuestionnaire(db, new Date("2026-12-01T06:00:00Z"))).toBe("teacher-self-assessment");
    const row = await db.questionnaire.findUniqueOrThrow({ where: { key: "teacher-self-assessment" }, include: { audience: true } });
    expect([row.status, row.audience]).toEqual(["published", []]);
    await closeQuestionnaire(db, row.id, new Date());
    expect(await ensureDefaultQuestionnaire(db, new Date("2026-12-01T06:00:00Z"))).toBeNull();
    expect((await db.questionnaire.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("closed");
  });
});

describe("in the bot", () => {
  it("(ru) a file with errors: each with its line, nothing saved", async () => {
    const before = await staff.t.db.questionnaire.count();
    const broken = file("broken").replace("score: 1", 'score: "один"').replace("{ id: q2, area: subject", "{ id: q1, area: robotics");
    await staff.ru.sendDocument({ fileName: "broken.yaml", content: broken });
    const text = staff.ru.lastMessage().text;
    expect(text).toContain("ничего не сохранено");
    // Every detail in Russian: zod's own words, and ours for what the file format adds.
    expect(text).toContain("строка 5, scale[1].score: Неверный ввод: ожидалось число");
    const twice = file("twice").replace("{ id: q2, area: subject", "{ id: q1, area: subject");
    await staff.ru.sendDocument({ fileName: "twice.yaml", content: twice });
    expect(staff.ru.lastMessage().text).toContain("вопрос с id «q1» уже есть выше");
    await staff.ru.sendDocument({ fileName: "tabs.yaml", content: "id: tabs\nareas:\n\t- id: a\n" });
    expect(staff.ru.lastMessage().text).toMatch(/строка \d+: (отступ табуляцией|ошибка синтаксиса YAML|неверный отступ)/);
    expect(await staff.t.db.questionnaire.count()).toBe(before);
  });

  it("(ru) upload, list, publish, due date, audience, close", async () => {
    await staff.ru.sendDocument({ fileName: "ru-flow.yml", content: file("ru-flow") });
    expect(staff.ru.messages().at(-2)!.text).toContain("сохранена как черновик");
    expect(staff.ru.lastMessage().text).toContain("Статус: 📝 черновик");
    expect(staff.ru.lastMessage().text).toContain("Области: Цифровая, Предметная");
    expect(staff.ru.lastMessage().text).toContain("Для кого: все");
    await staff.ru.press("🟢 Опубликовать");
    expect(staff.ru.lastMessage().text).toContain("Статус: 🟢 опубликована");
    await staff.ru.press("📅 Срок…");
    await staff.ru.send("31.02.2000");
    expect(staff.ru.messages().at(-2)!.text).toContain("Не понял дату");
    await staff.ru.send(`20.12.${Y}`);
    expect(staff.ru.lastMessage().text).toContain(`Срок: `);
    expect(staff.ru.lastMessage().text).toContain(`20 декабря ${Y}, 23:59`);
    const row = await staff.t.db.questionnaire.findUniqueOrThrow({ where: { key: "ru-flow" } });
    expect(row.dueAt?.toISOString()).toBe(new Date(Date.UTC(Y, 11, 20, 17, 59)).toISOString());
    await staff.ru.press("👥 Для кого…");
    await staff.ru.press(/Только молодые/);
    await staff.ru.press("✅ Готово");
    expect(staff.ru.lastMessage().text).toContain("Для кого: только молодые педагоги");
    expect(await staff.t.db.questionnaireAudience.findMany({ where: { questionnaireId: row.id }, select: { kind: true } })).toEqual([{ kind: "young" }]);
    await staff.ru.press("⛔ Закрыть");
    expect(staff.ru.lastMessage().text).toContain("Статус: ⛔ закрыта");
    await staff.ru.send("/menu");
    await staff.ru.press("🧭 Анкеты");
    expect(staff.ru.lastMessage().text).toContain("⛔ закрыта <b>Анкета ru-flow</b>".replace(/<\/?b>/g, ""));
  });

  it("(en) upload and the published one refused", async () => {
    await staff.en.sendDocument({ fileName: "en.json", content: JSON.stringify(definitionOf(file("en-flow"))) });
    expect(staff.en.lastMessage().text).toContain("Status: 📝 draft");
    await staff.en.press("🟢 Publish");
    expect(staff.en.lastMessage().text).toContain("Status: 🟢 published");
    await staff.en.sendDocument({ fileName: "en.json", content: JSON.stringify(definitionOf(file("en-flow"))) });
    expect(staff.en.lastMessage().text).toContain("Not saved: A questionnaire with this id is already 🟢 published");
    await staff.en.send("/menu");
    await staff.en.press("🧭 Questionnaires");
    expect(staff.en.lastMessage().text).toContain("Survey en-flow");
    expect(staff.en.lastMessage().text).toContain("in progress: 0 · finished: 0");
  });

  it("a teacher sees no menu entry, and a teacher's .yaml is not taken as a questionnaire", async () => {
    const row = await createTeacher(staff.t.db, { lang: "en" });
    const teacher = staff.h.user({ id: Number(row.telegramId), languageCode: "en" });
    await teacher.send("/menu");
    expect(teacher.lastMessage().buttons.flat()).not.toContain("🧭 Questionnaires");
    const before = await staff.t.db.questionnaire.count();
    await teacher.sendDocument({ fileName: "x.yaml", content: file("teacher") });
    expect(await staff.t.db.questionnaire.count()).toBe(before);
  });
});
