// A methodologist imports practices from a spreadsheet (issue #15, point 5): an .xlsx with Russian
// headers, then a .csv with English ones; rows without a title are skipped and counted, a practice
// with the same title and author is updated, not doubled; all go in approved.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { FakeClock } from "../../support/clock.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
});
afterAll(() => t.drop());

async function methodologist(): Promise<{ u: FakeUser; id: number }> {
  const row = await createTeacher(t.db, { fullName: "Методистова Елена" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return { u, id: row.id };
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Практики");
  sheet.addRow(["Банк успешных практик Оконешниковского района"]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const beforeLast = (u: FakeUser) => u.messages().slice(-2)[0]!.text;

async function startImport(u: FakeUser) {
  await u.send("/menu");
  await u.press("💡 Практики");
  await u.press("📥 Импорт из таблицы");
}

describe("importing practices", () => {
  it("takes an .xlsx and a .csv, previews them, and updates a practice instead of doubling it", async () => {
    const { u, id } = await methodologist();
    await startImport(u);
    expect(u.lastMessage().text).toContain("Пришлите таблицу .xlsx или .csv");
    await u.sendDocument({ fileName: "practices.txt", content: "название;автор", mimeType: "text/plain" });
    expect(beforeLast(u)).toBe("Такой файл не подойдёт: нужна таблица .xlsx или .csv.");

    const workbook = await xlsx([
      ["Название", "Описание", "Предмет", "Компетенция", "Классы", "Ссылка", "Автор"],
      ["Смысловое чтение на уроках истории", "Приёмы работы с текстом", "История", "Методическая", "5–9", "https://example.org/chtenie", "Иванова И. И."],
      ["", "Строка без названия", "Математика", "", "", "", ""],
      ["Цифровой тренажёр", "Тренажёр в облаке", "Информатика", "цифровая", "10–11", "не ссылка", "Петров П. П."],
    ]);
    await u.sendDocument({ fileName: "Практики.xlsx", content: workbook });
    const preview = u.lastMessage().text;
    expect(preview).toContain("📥 Практики.xlsx");
    expect(preview).toContain("Будет добавлено: 2, обновится: 0.");
    expect(preview).toContain("Пропущено строк без названия: 1. Ссылок не по правилам (их не будет): 1.");
    expect(preview).toContain("• Смысловое чтение на уроках истории — Иванова И. И.");
    await u.press("✅ Импортировать");
    expect(u.lastMessage().text).toBe("✅ Готово: добавлено 2, обновлено 0.");
    expect(u.lastMessage().buttons).toEqual([["💡 Практики"]]);
    const reading = await t.db.practice.findFirstOrThrow({ where: { title: "Смысловое чтение на уроках истории" } });
    expect(reading).toMatchObject({ authorId: null, authorName: "Иванова И. И.", subject: "history", area: "methodological", classLevel: "5–9", link: "https://example.org/chtenie", status: "approved", reviewedById: id });
    expect(await t.db.practice.findFirstOrThrow({ where: { title: "Цифровой тренажёр" } })).toMatchObject({ subject: "informatics", area: "digital", link: null });

    // English headers, commas, a quoted description of two lines; the first row's practice again, in another case.
    const csv = [
      "title,description,subject,area,class level,link,author",
      'смысловое чтение на уроках истории,"Приёмы работы с текстом, обновлено\nвторая строка",history,methodological,5–9,https://example.org/v2,Иванова И. И.',
      "Math games,Games for fractions,math,communicative,5–6,,Smith J.",
      ",,,,,,",
    ].join("\r\n");
    await startImport(u);
    await u.sendDocument({ fileName: "practices.csv", content: csv, mimeType: "text/csv" });
    expect(u.lastMessage().text).toContain("Будет добавлено: 1, обновится: 1.");
    await u.press("✅ Импортировать");
    expect(u.lastMessage().text).toBe("✅ Готово: добавлено 1, обновлено 1.");
    expect(await t.db.practice.count()).toBe(3);
    expect(await t.db.practice.findUniqueOrThrow({ where: { id: reading.id } })).toMatchObject({
      description: "Приёмы работы с текстом, обновлено\nвторая строка",
      link: "https://example.org/v2",
      status: "approved",
    });
    expect(await t.db.practice.findFirstOrThrow({ where: { title: "Math games" } })).toMatchObject({ subject: "math", area: "communicative", authorName: "Smith J." });

    // The same file once more: nothing doubles.
    await startImport(u);
    await u.sendDocument({ fileName: "practices.csv", content: csv, mimeType: "text/csv" });
    expect(u.lastMessage().text).toContain("Будет добавлено: 0, обновится: 2.");
    await u.press("✖️ Отмена");
    expect(u.lastMessage().text).toBe("Импорт отменён, ничего не изменилось.");
    expect(u.lastMessage().buttons).toEqual([["💡 Практики"]]);
    expect(await t.db.practice.count()).toBe(3);
  });

  it("names the missing header", async () => {
    const { u } = await methodologist();
    const before = await t.db.practice.count();
    await startImport(u);
    await u.sendDocument({ fileName: "list.csv", content: "Иванова;История\nПетров;Математика", mimeType: "text/csv" });
    expect(beforeLast(u)).toContain("Не нашли строку заголовков");
    expect(await t.db.practice.count()).toBe(before);
  });
});
