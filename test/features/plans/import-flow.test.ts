import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url));
const SEED = "omsk-region-2020-plan-1620.txt";

let t: TestDb;
let h: AppHarness;
let methodologist: FakeUser;
let teacher: FakeUser;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
  const m = await createTeacher(t.db, { fullName: "Методистова Елена" });
  await t.db.roleGrant.create({ data: { userId: m.id, role: "methodologist" } });
  methodologist = h.user({ id: Number(m.telegramId), languageCode: "ru" });
  const row = await createTeacher(t.db);
  teacher = h.user({ id: Number(row.telegramId), languageCode: "ru" });
});
afterAll(() => t.drop());

describe("plan import in the bot", () => {
  it("previews a real plan with a file, stores nothing until Save, then saves it once", async () => {
    await methodologist.send("/menu");
    await methodologist.press("📥 Импорт плана");
    expect(methodologist.lastMessage().text).toContain(".docx");

    await methodologist.sendDocument({ fileName: SEED, content: fixture(SEED), mimeType: "text/plain" });
    const preview = methodologist.lastMessage();
    expect(preview.text).toContain("План по реализации стратегии");
    expect(preview.text).toMatch(/Мероприятий: \d+, из них с датами: \d+/);
    expect(preview.buttons).toEqual([["💾 Сохранить", "✖️ Отмена"]]);
    const file = methodologist.calls("sendDocument").at(-1)!;
    expect(JSON.stringify(file.payload)).toContain("-preview.txt");
    expect(await t.db.plan.count()).toBe(0);
    expect(await t.db.measure.count()).toBe(0);

    const saveButton = preview.raw.reply_markup!.inline_keyboard[0]![0]!;
    await methodologist.press("💾 Сохранить");
    expect(methodologist.lastMessage().text).toContain("сохранён");
    const measures = await t.db.measure.count();
    expect(measures).toBeGreaterThan(20);
    expect(methodologist.lastMessage().text).toContain(`Новых мероприятий: ${measures}`);

    await methodologist.pressData("callback_data" in saveButton ? saveButton.callback_data! : "", preview.id);
    expect(methodologist.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expect(await t.db.plan.count()).toBe(1);
    expect(await t.db.measure.count()).toBe(measures);
  });

  it("re-importing the same plan says nothing changed, offers no Save, and doubles nothing", async () => {
    const measures = await t.db.measure.count();
    await methodologist.sendDocument({ fileName: SEED, content: fixture(SEED) });
    expect(methodologist.lastMessage().text).toContain("ничего не изменилось: сохранять нечего");
    expect(methodologist.lastMessage().buttons).toEqual([["✖️ Закрыть"]]);
    await methodologist.press("✖️ Закрыть");
    expect(await t.db.plan.count()).toBe(1);
    expect(await t.db.measure.count()).toBe(measures);
  });

  it("Cancel drops the preview and saves nothing", async () => {
    const other = "kachkanar-2020-decree-451.txt";
    await methodologist.sendDocument({ fileName: other, content: fixture(other) });
    await methodologist.press("✖️ Отмена");
    expect(methodologist.lastMessage().text).toContain("ничего не сохранено");
    expect(await t.db.plan.count()).toBe(1);
    expect(await t.db.pendingImport.count()).toBe(0);
  });

  it("lists what needs a person first, then the rest in groups, in Russian and English", async () => {
    const plan = [
      "План работы на 2026 год",
      "",
      "№\tМероприятие\tСрок\tОтветственный",
      "1\tСеминар\tМарт 2026 г.\tТридевятый центр",
      "1\tВебинар\tАпрель 2026 г.\tИМЦ",
      "3\tКонсультации\tПо плану ИМЦ\tИМЦ",
      "4\tКонсультации\tПо плану ИМЦ\tИМЦ",
    ].join("\n");
    await methodologist.sendDocument({ fileName: "remarks.txt", content: Buffer.from(plan), mimeType: "text/plain" });
    const text = methodologist.lastMessage().text;
    const first = text.indexOf("Проверьте в документе");
    expect(first).toBeGreaterThan(0);
    expect(text).toContain("1: номер 1 повторяется");
    expect(text).toMatch(/исполнителей нет в справочнике: \d — [^\n]*: [^\n]*Тридевятый центр/);
    expect(text.indexOf("Остальное")).toBeGreaterThan(first);
    expect(await t.db.plan.count({ where: { title: "План работы на 2026 год" } })).toBe(0);
    await methodologist.press("✖️ Отмена");

    const english = h.user({ id: Number((await t.db.user.findFirstOrThrow({ where: { fullName: "Методистова Елена" } })).telegramId), languageCode: "en" });
    await t.db.user.updateMany({ where: { fullName: "Методистова Елена" }, data: { lang: "en" } });
    await english.sendDocument({ fileName: "remarks.txt", content: Buffer.from(plan), mimeType: "text/plain" });
    expect(english.lastMessage().text).toContain("Check in the document");
    expect(english.lastMessage().text).toContain("number 1 is repeated");
    await english.press("✖️ Cancel");
    await t.db.user.updateMany({ where: { fullName: "Методистова Елена" }, data: { lang: "ru" } });
  });

  it("refuses bad files with a clear message and stores nothing", async () => {
    const cases: [string, Uint8Array | string, string][] = [
      ["empty.txt", "", "Файл пустой"],
      ["old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), ".doc"],
      ["picture.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "не похоже на документ"],
      ["letter.txt", "Уважаемые коллеги! Просим принять участие в семинаре.", "не нашлось таблицы"],
    ];
    for (const [fileName, content, message] of cases) {
      await methodologist.sendDocument({ fileName, content });
      expect(methodologist.lastMessage().text).toContain(message);
    }
    expect(await t.db.pendingImport.count()).toBe(0);
    expect(await t.db.plan.count()).toBe(1);
  });

  it("refuses a document from someone without the methodologist role", async () => {
    await teacher.sendDocument({ fileName: SEED, content: fixture(SEED) });
    expect(teacher.lastMessage().text).toContain("только методисты");
    expect(await t.db.pendingImport.count()).toBe(0);
  });

  it("teachers browse the plan by section", async () => {
    await teacher.send("/menu");
    await teacher.press("📋 Планы");
    expect(teacher.lastMessage().text).toContain("Планы (1)");
    await teacher.press(/План по реализации стратегии/);
    expect(teacher.lastMessage().text).toContain("Министерство образования Омской области");
    await teacher.press(/^1\. /);
    expect(teacher.lastMessage().text).toContain("1.1.");
    await teacher.press("‹ Назад");
    await teacher.press(/Все мероприятия/);
    // Five measures a page, each a button that opens it, then the pager.
    expect(teacher.lastMessage().buttons[5]).toEqual(["‹", `1/${Math.ceil((await t.db.measure.count()) / 5)}`, "›"]);
    await teacher.press("›");
    expect(teacher.lastMessage().buttons[5]?.[1]).toMatch(/^2\//);
  });

  it("a methodologist turns a measure into an event from the plan browser; teachers have no such button", async () => {
    expect(teacher.lastMessage().buttons.flat().some((label) => label.startsWith("➕ Событие"))).toBe(false);
    await methodologist.send("/menu");
    await methodologist.press("📋 Планы");
    await methodologist.press(/План по реализации стратегии/);
    await methodologist.press(/^1\. /);
    await methodologist.press(/^1\.1\. /);
    await methodologist.press("➕ Событие по 1.1");
    expect(methodologist.lastMessage().text).toContain("По плану:");
  });
});

