// A practice's title is the author's text, up to 200 characters: every button naming a practice
// (by subject, by area, found by words, "My practices", the route's offers) shows at most what a
// phone shows across the screen, cut with "…" between whole characters (never half an emoji).
import { describe, expect, it } from "vitest";
import { BUTTON_LABEL_MAX } from "../../../src/features/practices/labels.ts";
import { teacherAtMenu, useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import { createQuestionnaire } from "../diagnostics/take-support.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
const app = useApp({ clock: new FakeClock(NOW) });

// The emoji begins at the 36th character, where a cut to 36 would keep half of it: the cut must not keep half of it.
const HEAD = "Проектная деятельность: ааааааааааа";
const TITLE = `${HEAD}🌱 ${"и исследования ".repeat(11)}`.slice(0, 200);
const SHOWN = `${HEAD}…`;

describe("buttons naming a practice", () => {
  it("are cut to a phone's width in every list and on the route", async () => {
    expect(HEAD).toHaveLength(35);
    // Before any menu is shown: the menu keeps the open questionnaires for a minute.
    const questionnaire = "Проверка умений (длинные названия)";
    await createQuestionnaire(app.t.db, { title: questionnaire });
    await makeEvent(app.t.db, { title: "Цифровой урок", startsAt: new Date(NOW.getTime() + 5 * 86_400_000), areas: ["digital"] }, NOW);
    const { u: author, row } = await teacherAtMenu(app, "Петрова Анна Ивановна");
    await app.t.db.practice.create({ data: { authorId: row.id, title: TITLE, description: "Описание", subject: "math", area: "digital", status: "approved", reviewedAt: NOW } });
    const every: string[] = [];
    const button = (label: string) => {
      every.push(label);
      return label;
    };

    const { u } = await teacherAtMenu(app, "Сидорова Мария");
    await u.press("💡 Практики");
    await u.press("📚 По предметам");
    await u.press("Математика · 1");
    expect(u.lastMessage().text).toContain(TITLE);
    expect(u.lastMessage().buttons[0]).toEqual([button(`1. ${SHOWN}`)]);
    await u.press(`1. ${SHOWN}`);
    expect(u.lastMessage().text).toContain(TITLE);
    for (const _ of ["card", "list", "subjects"]) await u.press("‹ Назад");
    await u.press("🧩 По компетенциям");
    await u.press("Цифровая · 1");
    expect(u.lastMessage().buttons[0]).toEqual([button(`1. ${SHOWN}`)]);
    await u.press("‹ Назад");
    await u.press("‹ Назад");
    await u.press("🔎 Поиск по словам");
    await u.send("исследования");
    expect(u.lastMessage().buttons[0]).toEqual([button(`1. ${SHOWN}`)]);

    await author.press("💡 Практики");
    await author.press("🗂 Мои практики");
    expect(author.lastMessage().buttons[0]).toEqual([button(`1. ${SHOWN}`)]);

    await u.send("/menu");
    await u.press("🧭 Самодиагностика");
    await u.press(questionnaire);
    for (const label of ["Могу", "Могу", "Не могу", "Скорее нет"]) await u.press(label);
    await u.press("🧭 Мой маршрут");
    expect(u.lastMessage().buttons[1]).toEqual([button(`💡 ${SHOWN}`)]);
    await u.press(`💡 ${SHOWN}`);
    expect(u.lastMessage().text).toContain(TITLE);
    // A card of its own, its keyboard without the empty row a practice with no file or link leaves.
    expect(u.lastMessage().buttons).toEqual([["‹ Назад"]]);

    for (const label of every) expect(label.length).toBeLessThanOrEqual(BUTTON_LABEL_MAX);
  });
});
