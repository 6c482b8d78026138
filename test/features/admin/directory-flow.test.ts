import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";

const ADMIN_ID = 8_500_000_001;
let t: TestDb;
let h: AppHarness;
let admin: FakeUser;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, config: { adminIds: [BigInt(ADMIN_ID)] } });
  await createTeacher(t.db, { telegramId: ADMIN_ID });
  admin = h.user({ id: ADMIN_ID, languageCode: "ru" });
});
afterAll(() => t.drop());

async function openDirectory() {
  await admin.send("/menu");
  await admin.press("🛠 Администрирование");
  await admin.press("🏫 Справочник");
}

const said = () => admin.messages().at(-2)!.text;

describe("directory in the bot", () => {
  it("adds a municipality with its time zone, then a school in it", async () => {
    await openDirectory();
    await admin.press("➕ Добавить муниципалитет");
    await admin.send("  Новый   муниципальный район ");
    await admin.press("Новосибирск");
    expect(said()).toContain("Сохранено: «Новый муниципальный район»");
    expect(await t.db.municipality.findUnique({ where: { name: "Новый муниципальный район" } })).toMatchObject({ timezone: "Asia/Novosibirsk" });

    await openDirectory();
    await admin.press("➕ Добавить школу");
    await admin.press("›");
    while (!admin.lastMessage().buttons.flat().includes("Новый муниципальный район")) await admin.press("›");
    await admin.press("Новый муниципальный район");
    await admin.send("МБОУ «Новая СОШ»");
    expect(said()).toContain("Сохранено");
    const school = await t.db.school.findFirstOrThrow({ where: { name: "МБОУ «Новая СОШ»" }, include: { municipality: true } });
    expect(school.municipality.name).toBe("Новый муниципальный район");
  });

  it("refuses a duplicate and a name without letters, changing nothing", async () => {
    const before = await t.db.municipality.count();
    await openDirectory();
    await admin.press("➕ Добавить муниципалитет");
    await admin.send("12345");
    expect(said()).toContain("не подходит");
    await admin.send("г. Омск");
    await admin.press("Омск");
    expect(said()).toContain("«г. Омск» уже есть в справочнике");
    expect(await t.db.municipality.count()).toBe(before);
    expect(admin.lastMessage().text).toContain("Администрирование");
  });

  it("renames a school", async () => {
    await openDirectory();
    await admin.press("✏️ Переименовать школу");
    await admin.press("г. Омск");
    const oldName = admin.lastMessage().buttons[0]![0]!;
    await admin.press(oldName);
    await admin.send("БОУ г. Омска «Гимназия № 19 имени героя»");
    expect(said()).toContain("Сохранено");
    expect(await t.db.school.count({ where: { name: oldName } })).toBe(0);
    expect(await t.db.school.count({ where: { name: "БОУ г. Омска «Гимназия № 19 имени героя»" } })).toBe(1);
  });

  it("Cancel leaves the directory as it was", async () => {
    const before = await t.db.municipality.findMany({ orderBy: { id: "asc" } });
    await openDirectory();
    await admin.press("✏️ Переименовать муниципалитет");
    await admin.press("г. Омск");
    await admin.press("✖️ Отмена");
    expect(said()).toContain("Отменено");
    expect(await t.db.municipality.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
