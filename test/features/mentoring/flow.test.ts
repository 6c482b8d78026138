// Mentoring through the chat (issue #15, points 1 and 2): an experienced teacher offers to mentor
// (a 1,000-character note refused with its rule; how many mentees typed or tapped); a school
// coordinator pairs a young teacher in a few taps; both accept from their notices; the young
// teacher ends the pair with a reason and the mentor hears why. A young teacher asks, the
// municipality's coordinator picks a mentor, the mentor accepts. Buttons pressed by someone else,
// or forged, change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { atMenu, makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let h: AppHarness;
let w: MentoringWorld;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
  w = await makeMentoringWorld(t.db);
});
afterAll(() => t.drop());

/** The message before the last one: a refusal before the question asked again, a notice before the screen. */
const beforeLast = (u: FakeUser) => u.messages().slice(-2)[0]!.text;
const NOT_ALLOWED = { text: "Это действие вам недоступно.", show_alert: true };

describe("mentors and pairs in the chat", () => {
  it("an experienced teacher offers to mentor: subjects, how many, a note (the rule for one too long)", async () => {
    const row = await person(t.db, "Наставница Мария", w.schoolA, { years: 7, subjects: ["math"] });
    const u = await atMenu(h, row);
    await u.press("🤝 Наставничество");
    expect(u.lastMessage().text).toContain("У вас стаж от 5 лет: вы можете стать наставником");
    await u.press("🎓 Стать наставником");
    expect(u.lastMessage().text).toContain("По каким предметам вы готовы наставлять? Отметьте один или несколько и нажмите «Готово». Выбрано: 1.");
    await u.press("Физика");
    expect(u.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["✅ Математика", "✅ Физика"]));
    await u.press("✅ Готово");
    expect(u.lastMessage().text).toBe("Сколько подопечных вы готовы вести одновременно? От 1 до 10.");
    await u.press("3");
    await u.send("Я".repeat(1000));
    expect(beforeLast(u)).toBe("Заметка — от 1 до 300 символов. Напишите короче или нажмите «Без заметки».");
    expect(u.lastMessage().text).toContain("Напишите заметку для координатора");
    await u.send("<b>Вторник</b> & четверг после 14:00");
    expect(beforeLast(u)).toContain("🎓 Готово: вы в банке наставников.");
    const home = u.lastMessage().text;
    expect(home).toContain("Предметы: Математика, Физика\nПодопечных: 0 из 3");
    expect(home).toContain("Заметка для координатора: <b>Вторник</b> & четверг после 14:00");
    expect(await t.db.mentorOffer.findUniqueOrThrow({ where: { userId: row.id } })).toMatchObject({ capacity: 3, active: true, note: "<b>Вторник</b> & четверг после 14:00" });
    expect((await t.db.mentorSubject.findMany({ where: { mentorId: row.id }, orderBy: { subject: "asc" } })).map((each) => each.subject)).toEqual(["math", "physics"]);
  });

  it("a school coordinator proposes a pair in a few taps; both accept from their notices; the young teacher ends it with a reason", async () => {
    const coordinator = await atMenu(h, await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id }));
    const yana = await atMenu(h, w.yana);
    const anna = await atMenu(h, w.anna);
    await coordinator.press("🤝 Наставничество");
    await coordinator.press("📋 Координатору: пары и наставники");
    expect(coordinator.lastMessage().text).toContain("🙋 Молодых педагогов без наставника: 1 (просят сами: 0)");
    await coordinator.press("🙋 Без наставника (1)");
    expect(coordinator.lastMessage().text).toContain(`👤 Молодая Яна Олеговна (${w.schoolA.name}) · Математика, Информатика`);
    await coordinator.press("👤 Молодая Яна Олеговна");
    const suggestions = coordinator.lastMessage().text;
    expect(suggestions).toContain("Стаж: 1 год");
    // The same school and the fewest mentees first; Galina (full), Vera (Russian), Dmitry (elsewhere) not at all.
    expect(suggestions).toContain(
      [
        "Подходящие наставники (сначала из той же школы):",
        `1. Наставница Мария (${w.schoolA.name}) — Математика, та же школа, подопечных: 0 из 3`,
        `2. Опытная Анна Ивановна (${w.schoolA.name}) — Математика, та же школа, подопечных: 0 из 1`,
        `3. Занятая Зоя Петровна (${w.schoolA.name}) — Математика, та же школа, подопечных: 1 из 3`,
        `4. Соседний Борис Ильич (${w.schoolB.name}) — Математика, тот же район, подопечных: 0 из 2`,
      ].join("\n"),
    );
    expect(suggestions).not.toMatch(/Галина|Вера Николаевна|Дмитрий|Елена/);
    await coordinator.press("🤝 Опытная Анна Ивановна");
    expect(coordinator.lastAnswer()?.text).toBe("Пара предложена: оба получат предложение в чате.");
    expect(coordinator.lastMessage().text).toContain("у всех молодых педагогов есть наставник или пара ждёт согласия");
    const pair = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: w.yana.id } });

    expect(yana.lastMessage().text).toBe(`🤝 Координатова Вера предлагает вам наставника: Опытная Анна Ивановна (${w.schoolA.name}), предмет: Математика. Согласны?`);
    expect(anna.lastMessage().text).toBe(`🤝 Координатова Вера предлагает вам стать наставником молодого педагога: Молодая Яна Олеговна (${w.schoolA.name}), предмет: Математика. Согласны?`);
    expect(anna.lastMessage().buttons).toEqual([["✅ Принять", "✖️ Отказаться"], ["🤝 Открыть пару"]]);

    // Nobody accepts for someone else: the coordinator, a forged pair id, a stranger ending it.
    await coordinator.pressData(MENTORING_DATA.accept(pair.id));
    expect(coordinator.lastAnswer()).toMatchObject(NOT_ALLOWED);
    await yana.pressData(MENTORING_DATA.accept(999_999));
    expect(yana.lastAnswer()).toMatchObject(NOT_ALLOWED);
    expect(await t.db.mentorPair.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({ status: "proposed", mentorAcceptedAt: null, menteeAcceptedAt: null });

    await yana.press("✅ Принять");
    expect(yana.lastAnswer()?.text).toBe("Вы согласились. Ждём ответа второй стороны.");
    expect(yana.lastMessage().text).toContain("⏳ Предложена 30 ноября 2026, ждёт согласия: Опытная Анна Ивановна");
    expect(yana.lastMessage().buttons.flat()).toEqual(["✖️ Отказаться", "‹ Назад"]);
    await anna.press("✅ Принять");
    expect(anna.lastAnswer()?.text).toBe("Пара сложилась! Все получат уведомление.");
    const active = "✅ Пара наставничества сложилась: наставник Опытная Анна Ивановна, молодой педагог Молодая Яна Олеговна, предмет: Математика.";
    for (const u of [yana, anna, coordinator]) expect(u.lastMessage().text).toContain(active);
    // Anna's notice became the pair: both people, the subject, since when, and what she can do.
    const screen = anna.messages().find((m) => m.text.startsWith("🤝 Пара наставничества"))!;
    expect(screen.text).toContain(`Наставник: Опытная Анна Ивановна (${w.schoolA.name})\nМолодой педагог: Молодая Яна Олеговна (${w.schoolA.name})\nПредмет: Математика\n✅ Работает с 30 ноября 2026`);
    expect(screen.buttons).toEqual([["🗓 Встречи"], ["Завершить пару"], ["‹ Назад"]]);

    await anna.send("/menu");
    await anna.press("🤝 Наставничество");
    expect(anna.lastMessage().text).toContain("🎓 Вы в банке наставников.\nПредметы: Математика\nПодопечных: 1 из 1\n🤝 Подопечный: Молодая Яна Олеговна (Математика)");
    expect(anna.lastMessage().buttons).toEqual([["✏️ Изменить", "Снять предложение"], ["🤝 Молодая Яна Олеговна"], ["‹ В меню"]]);

    await coordinator.pressData(MENTORING_DATA.end(pair.id));
    expect(coordinator.lastAnswer()).toMatchObject(NOT_ALLOWED);
    await yana.press("🤝 Открыть пару");
    await yana.press("Завершить пару");
    expect(yana.lastMessage().text).toContain("Почему вы завершаете пару? Выберите причину или напишите своими словами (до 500 символов) — Опытная Анна Ивановна получит уведомление с этой причиной.");
    await yana.send("   ");
    expect(beforeLast(yana)).toBe("Причина — от 1 до 500 символов. Напишите короче или выберите причину кнопкой.");
    await yana.send("Ж".repeat(1000));
    expect(beforeLast(yana)).toBe("Причина — от 1 до 500 символов. Напишите короче или выберите причину кнопкой.");
    expect(yana.lastMessage().text).toContain("Почему вы завершаете пару");
    await yana.send("Перехожу в <другую> школу");
    expect(beforeLast(yana)).toBe("Пара завершена. Опытная Анна Ивановна получит уведомление.");
    expect(anna.lastMessage().text).toBe("Пару наставничества завершил(а) Молодая Яна Олеговна (наставник Опытная Анна Ивановна, молодой педагог Молодая Яна Олеговна).\nПричина: Перехожу в <другую> школу");
    expect(await t.db.mentorPair.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({ status: "ended", endReason: "Перехожу в <другую> школу", endedById: w.yana.id });
    // The ended pair stays reachable from the mentor's screen, with its meetings and the reason.
    await anna.pressData(MENTORING_DATA.home());
    expect(anna.lastMessage().text).toContain("🗂 Завершённые пары: их встречи и заметки можно посмотреть.");
    await anna.press("🗂 Молодая Яна Олеговна");
    expect(anna.lastMessage().text).toContain("Перехожу в <другую> школу");
    expect(anna.lastMessage().buttons.flat()).toContain("🗓 Встречи");
  });

  it("a young teacher asks; the municipality's coordinator picks a mentor from the notice; the mentor accepts", async () => {
    const pavel = await atMenu(h, await person(t.db, "Просящий Павел", w.schoolB, { years: 0, subjects: ["physics", "math"] }));
    const municipal = await atMenu(h, await staff(t.db, "Муниципальная Ольга", { role: "coordinator", municipalityId: w.schoolB.municipalityId }));
    const elsewhere = await atMenu(h, await staff(t.db, "Чужой Координатор", { role: "coordinator", schoolId: w.schoolC.id }));
    const boris = await atMenu(h, w.boris);
    const anna = await atMenu(h, w.anna);

    await anna.pressData(MENTORING_DATA.askSubject());
    expect(anna.lastAnswer()?.text).toBe("Попросить наставника могут молодые педагоги со стажем до 3 лет.");
    await pavel.press("🤝 Наставничество");
    expect(pavel.lastMessage().text).toContain("Вы молодой педагог (стаж до 3 лет).");
    await pavel.press("🙋 Попросить наставника");
    expect(pavel.lastMessage().buttons).toEqual([["Математика"], ["Физика"], ["Любой предмет"], ["‹ Назад"]]);
    await pavel.press("Физика");
    expect(pavel.lastAnswer()?.text).toBe("Просьба отправлена координатору.");
    expect(pavel.lastMessage().text).toContain("🙋 Вы попросили наставника (предмет: Физика).");

    expect(municipal.lastMessage().text).toBe(`🙋 Просящий Павел (${w.schoolB.name}) просит наставника, предмет: Физика.`);
    const young = await t.db.user.findFirstOrThrow({ where: { fullName: "Просящий Павел" } });
    await elsewhere.pressData(MENTORING_DATA.suggest("s", w.schoolC.id, young.id));
    expect(elsewhere.lastAnswer()).toMatchObject(NOT_ALLOWED);
    await elsewhere.pressData(MENTORING_DATA.propose("m", w.schoolB.municipalityId, young.id, w.boris.id));
    expect(elsewhere.lastAnswer()).toMatchObject(NOT_ALLOWED);

    await municipal.press("🔎 Подобрать наставника");
    const suggestions = municipal.lastMessage().text;
    expect(suggestions).toContain("🙋 Просит наставника, предмет: Физика.");
    expect(suggestions).toContain(`1. Соседний Борис Ильич (${w.schoolB.name}) — Физика, та же школа, подопечных: 0 из 2`);
    expect(suggestions).toContain(`2. Наставница Мария (${w.schoolA.name}) — Физика, тот же район, подопечных: 0 из 3`);
    await municipal.press("🤝 Соседний Борис Ильич");
    expect(municipal.lastAnswer()?.text).toBe("Пара предложена: оба получат предложение в чате.");
    expect(pavel.lastMessage().text).toContain("🤝 По вашей просьбе Муниципальная Ольга подобрал(а) вам наставника: Соседний Борис Ильич");
    expect(pavel.lastMessage().buttons).toEqual([["🤝 Открыть пару"]]);
    expect(boris.lastMessage().text).toContain("предлагает вам стать наставником молодого педагога: Просящий Павел");

    await boris.press("✅ Принять");
    expect(boris.lastAnswer()?.text).toBe("Пара сложилась! Все получат уведомление.");
    expect(pavel.lastMessage().text).toContain("✅ Пара наставничества сложилась: наставник Соседний Борис Ильич, молодой педагог Просящий Павел, предмет: Физика.");
    expect(municipal.lastMessage().text).toContain("✅ Пара наставничества сложилась");
    await pavel.press("🤝 Открыть пару");
    expect(pavel.lastMessage().text).toContain("Предложил(а): Муниципальная Ольга");
    await pavel.press("‹ Назад");
    expect(pavel.lastMessage().text).toContain("🤝 Ваш наставник: Соседний Борис Ильич (Физика).");

    // The mentor ends it with a reason from the buttons; the young teacher hears it.
    await boris.press("🤝 Открыть пару");
    await boris.press("Завершить пару");
    await boris.press("Цели наставничества достигнуты");
    expect(beforeLast(boris)).toBe("Пара завершена. Просящий Павел получит уведомление.");
    expect(pavel.lastMessage().text).toContain("Причина: Цели наставничества достигнуты");
    expect((await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: young.id } })).endReason).toBe("Цели наставничества достигнуты");

    // A mentor leaves the bank: suggested to nobody from now on.
    const maria = await atMenu(h, await t.db.user.findFirstOrThrow({ where: { fullName: "Наставница Мария" } }));
    await maria.press("🤝 Наставничество");
    await maria.press("Снять предложение");
    await maria.press("Да, снять");
    expect(maria.lastAnswer()?.text).toBe("Предложение снято.");
    expect(maria.lastMessage().text).toContain("Вы сняли предложение быть наставником.");
    await municipal.pressData(MENTORING_DATA.suggest("m", w.schoolB.municipalityId, young.id));
    expect(municipal.lastMessage().text).not.toContain("Наставница Мария");
  });

  it("takes the number of mentees typed as well as tapped; other text gets the rule in the person's language and the same question", async () => {
    const tamara = await person(t.db, "Наставница Тамара", w.schoolB, { years: 9, subjects: ["math"] });
    const ru = await atMenu(h, tamara);
    await ru.press("🤝 Наставничество");
    await ru.press("🎓 Стать наставником");
    await ru.press("✅ Готово");
    for (const typed of ["три", "0", "11", "2.5", "3 человека"]) {
      await ru.send(typed);
      expect(beforeLast(ru)).toBe("Напишите число от 1 до 10 или нажмите кнопку.");
      expect(ru.lastMessage().text).toBe("Сколько подопечных вы готовы вести одновременно? От 1 до 10.");
      expect(ru.lastMessage().buttons.flat()).toContain("10");
    }
    await ru.send(" 4 ");
    expect(ru.lastMessage().text).toContain("Напишите заметку для координатора");
    await ru.press("Без заметки");
    expect(await t.db.mentorOffer.findUniqueOrThrow({ where: { userId: tamara.id } })).toMatchObject({ capacity: 4, note: null, active: true });

    const george = await person(t.db, "Mentor George", w.schoolB, { years: 15, subjects: ["foreign-language"], lang: "en" });
    const en = await atMenu(h, george);
    await en.press("🤝 Mentoring");
    await en.press("🎓 Become a mentor");
    await en.press("✅ Done");
    await en.send("five");
    expect(beforeLast(en)).toBe("Type a whole number from 1 to 10, or press a button.");
    expect(en.lastMessage().text).toBe("How many mentees can you guide at once? From 1 to 10.");
    await en.send("10");
    await en.press("No note");
    expect(await t.db.mentorOffer.findUniqueOrThrow({ where: { userId: george.id } })).toMatchObject({ capacity: 10 });
  });
});
