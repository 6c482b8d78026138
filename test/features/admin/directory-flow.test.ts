import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { addMunicipality, addSchool } from "../../../src/features/directory/service.ts";

const ADMIN_ID = 8_500_000_001;
const EN_ADMIN_ID = 8_500_000_002;
let t: TestDb;
let h: AppHarness;
let admin: FakeUser;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, config: { adminIds: [BigInt(ADMIN_ID), BigInt(EN_ADMIN_ID)] } });
  await createTeacher(t.db, { telegramId: ADMIN_ID });
  await createTeacher(t.db, { telegramId: EN_ADMIN_ID, lang: "en" });
  admin = h.user({ id: ADMIN_ID, languageCode: "ru" });
});
afterAll(() => t.drop());

const buttons = (u: FakeUser = admin) => u.lastMessage().buttons.flat();
const said = (u: FakeUser = admin) => u.messages().at(-2)!.text;

async function openDirectory(u: FakeUser = admin) {
  const ru = u === admin;
  await u.send("/menu");
  await u.press(ru ? "🛠 Администрирование" : "🛠 Administration");
  await u.press(ru ? "🏫 Справочник" : "🏫 Directory");
}

/** Pages a list until a button starting with `start` shows, and presses it. */
async function pressPaging(u: FakeUser, start: string) {
  for (let turns = 0; !buttons(u).some((label) => label.startsWith(start)); turns++) {
    if (turns > 10) throw new Error(`no "${start}" on any page`);
    await u.press("›");
  }
  await u.press(buttons(u).find((label) => label.startsWith(start))!);
}

async function openMunicipality(name: string, u: FakeUser = admin) {
  await openDirectory(u);
  await pressPaging(u, `${name} ·`);
}

describe("the directory screen", () => {
  it("lists its municipalities a page at a time, with their schools, and goes back to the page it came from", async () => {
    await openDirectory();
    const total = await t.db.municipality.count();
    const omskSchools = await t.db.school.count({ where: { municipality: { name: "г. Омск" } } });
    expect(admin.lastMessage().text).toContain(`${total} муниципалитет`);
    expect(buttons()).toContain(`г. Омск · ${omskSchools}`);
    expect(buttons()).toContain(`1/${Math.ceil(total / 8)}`);
    await admin.press("›");
    expect(buttons()).toContain(`2/${Math.ceil(total / 8)}`);
    const secondPage = buttons().find((label) => / · \d+$/.test(label))!;
    await admin.press(secondPage);
    expect(admin.lastMessage().text).toMatch(/Часовой пояс: \S/);
    expect(admin.lastMessage().text).toMatch(/\d+ школ/);
    await admin.press("‹ Назад");
    expect(buttons()).toContain(secondPage);
    await admin.press("‹ Назад");
    expect(admin.lastMessage().text).toContain("Администрирование");
  });
});

describe("adding and renaming", () => {
  it("refuses a municipality that differs only in case as soon as it is typed, before the time zone", async () => {
    const before = await t.db.municipality.count();
    await openDirectory();
    await admin.press("➕ Добавить муниципалитет");
    await admin.send("оконешниковский   муниципальный район");
    expect(said()).toBe("«Оконешниковский муниципальный район» уже есть в справочнике.");
    expect(admin.lastMessage().text).toBe("Напишите название муниципалитета:");
    expect(buttons()).toEqual(["✖️ Отмена"]);
    await admin.send("12345");
    expect(said()).toContain("не подходит");
    await admin.send("  Новый   муниципальный район ");
    await admin.press("Новосибирск");
    expect(said()).toContain("Сохранено: «Новый муниципальный район»");
    expect(admin.lastMessage().text).toContain("Справочник");
    expect(buttons()).toContain("Новый муниципальный район · 0");
    expect(await t.db.municipality.count()).toBe(before + 1);
    expect(await t.db.municipality.findUnique({ where: { name: "Новый муниципальный район" } })).toMatchObject({ timezone: "Asia/Novosibirsk" });
  });

  it("adds a school from its municipality, refuses its twin in other quotes, and lands back on the municipality", async () => {
    await openMunicipality("Новый муниципальный район");
    expect(admin.lastMessage().text).toContain("Школ пока нет");
    await admin.press("➕ Добавить школу");
    expect(admin.lastMessage().text).toContain("в «Новый муниципальный район»");
    await admin.send("МБОУ «Новая СОШ»");
    expect(said()).toContain("Сохранено");
    expect(admin.lastMessage().text).toContain("Новый муниципальный район");
    expect(buttons()).toContain("МБОУ «Новая СОШ»");

    await admin.press("➕ Добавить школу");
    await admin.send('мбоу  "новая сош"');
    expect(said()).toBe("«МБОУ «Новая СОШ»» уже есть в справочнике.");
    await admin.press("✖️ Отмена");
    expect(said()).toContain("Отменено");
    expect(buttons()).toContain("МБОУ «Новая СОШ»");
    expect(await t.db.school.count({ where: { municipality: { name: "Новый муниципальный район" } } })).toBe(1);
  });

  it("renames a school and lets a municipality fix the case of its own name", async () => {
    await openMunicipality("Новый муниципальный район");
    await admin.press("МБОУ «Новая СОШ»");
    await admin.press("✏️ Переименовать");
    expect(admin.lastMessage().text).toContain("Сейчас: «МБОУ «Новая СОШ»»");
    await admin.send("МБОУ «Новая СОШ № 2»");
    expect(said()).toContain("Сохранено");
    expect(buttons()).toContain("МБОУ «Новая СОШ № 2»");

    await admin.press("✏️ Переименовать");
    await admin.send("НОВЫЙ муниципальный район");
    expect(said()).toContain("Сохранено: «НОВЫЙ муниципальный район»");
    expect(buttons()).toContain("НОВЫЙ муниципальный район · 1");
  });
});

describe("deleting", () => {
  it("refuses a school people point to, saying what points to it and offering to merge", async () => {
    const school = await t.db.school.findFirstOrThrow({ orderBy: { id: "asc" }, include: { municipality: true } });
    const people = await t.db.user.count({ where: { schoolId: school.id } });
    await openMunicipality(school.municipality.name);
    await pressPaging(admin, school.name);
    await admin.press("🗑 Удалить");
    expect(admin.lastMessage().text).toContain(`Школу «${school.name}» нельзя удалить`);
    expect(admin.lastMessage().text).toContain(`• ${people} человек`);
    expect(buttons()).toContain("🔀 Объединить с…");
    expect(await t.db.school.findUnique({ where: { id: school.id } })).not.toBeNull();
  });

  it("deletes an empty school after asking, and shows its municipality", async () => {
    const district = await addMunicipality(t.db, { name: "Удаляемый район", timezone: "Asia/Omsk" });
    const school = await addSchool(t.db, { municipalityId: district.id, name: "Пустая школа" });
    await addSchool(t.db, { municipalityId: district.id, name: "Другая школа" });
    await openMunicipality("Удаляемый район");
    await admin.press("Пустая школа");
    await admin.press("🗑 Удалить");
    expect(admin.lastMessage().text).toBe("Удалить школу «Пустая школа»? Это нельзя отменить.");
    await admin.press("‹ Назад");
    expect(admin.lastMessage().text).toContain("Пустая школа");
    await admin.press("🗑 Удалить");
    await admin.press("🗑 Да, удалить");
    expect(admin.lastAnswer()?.text).toBe("Удалено.");
    expect(admin.lastMessage().text).toContain("Удаляемый район");
    expect(buttons()).toEqual(expect.arrayContaining(["Другая школа"]));
    expect(buttons()).not.toContain("Пустая школа");
    expect(await t.db.school.findUnique({ where: { id: school.id } })).toBeNull();

    await admin.press("🗑 Удалить");
    expect(admin.lastMessage().text).toContain("Муниципалитет «Удаляемый район» нельзя удалить");
    expect(admin.lastMessage().text).toContain("• 1 школа");
  });
});

describe("merging", () => {
  it("moves the people, schools, roles, invites and events of a duplicate into the right municipality, then deletes it", async () => {
    const target = await t.db.municipality.findUniqueOrThrow({ where: { name: "Оконешниковский муниципальный район" }, include: { schools: true } });
    const twinOfTarget = target.schools[0]!;
    const duplicate = await addMunicipality(t.db, { name: "Оконешниковский р-н (дубль)", timezone: "Asia/Omsk" });
    const twin = await addSchool(t.db, { municipalityId: duplicate.id, name: twinOfTarget.name.toLowerCase() });
    const newSchool = await addSchool(t.db, { municipalityId: duplicate.id, name: "БОУ «Совсем новая СОШ»" });
    const teacher = await createTeacher(t.db);
    await t.db.user.update({ where: { id: teacher.id }, data: { municipalityId: duplicate.id, schoolId: twin.id } });
    const grant = await t.db.roleGrant.create({ data: { userId: teacher.id, role: "coordinator", municipalityId: duplicate.id, scopeKey: `m:${duplicate.id}` } });
    const invite = await t.db.invite.create({ data: { code: "x".repeat(24), role: "coordinator", municipalityId: duplicate.id, maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000) } });
    const event = await t.db.event.create({
      data: { title: "Семинар", kind: "seminar", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), organiser: "ИРООО", audience: { create: [{ kind: "municipality", value: String(duplicate.id) }] } },
    });

    await openMunicipality("Оконешниковский р-н (дубль)");
    await admin.press("🔀 Объединить с…");
    await pressPaging(admin, "Оконешниковский муниципальный район");
    const preview = admin.lastMessage().text;
    expect(preview).toContain("Объединить «Оконешниковский р-н (дубль)» с «Оконешниковский муниципальный район»?");
    for (const line of ["• 2 школы", "• 1 человек", "• 1 роль", "• 1 действующее приглашение", "• 1 событие, адресованное сюда"]) expect(preview).toContain(line);
    await admin.press("🔀 Объединить");
    expect(said()).toBe("✅ Объединено: всё теперь в «Оконешниковский муниципальный район».");
    expect(admin.lastMessage().text).toContain("Оконешниковский муниципальный район");

    expect(await t.db.municipality.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect(await t.db.school.findUnique({ where: { id: twin.id } })).toBeNull();
    expect(await t.db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({ municipalityId: target.id, schoolId: twinOfTarget.id });
    expect(await t.db.school.findUniqueOrThrow({ where: { id: newSchool.id } })).toMatchObject({ municipalityId: target.id });
    expect(await t.db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({ municipalityId: target.id, scopeKey: `m:${target.id}` });
    expect(await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ municipalityId: target.id });
    expect(await t.db.eventAudience.findMany({ where: { eventId: event.id }, select: { kind: true, value: true } })).toEqual([{ kind: "municipality", value: String(target.id) }]);
  });

  it("merges a school into another of its municipality after asking; Cancel changes nothing", async () => {
    const district = await addMunicipality(t.db, { name: "Школьный район", timezone: "Asia/Omsk" });
    const right = await addSchool(t.db, { municipalityId: district.id, name: "СОШ № 1" });
    const wrong = await addSchool(t.db, { municipalityId: district.id, name: "СОШ №1 (ошибка)" });
    await openMunicipality("Школьный район");
    await admin.press("СОШ №1 (ошибка)");
    await admin.press("🔀 Объединить с…");
    // The school being merged is no choice: it would only be refused.
    expect(buttons()).not.toContain("СОШ №1 (ошибка)");
    await admin.press("СОШ № 1");
    expect(admin.lastMessage().text).toContain("• ничего: запись пустая");
    await admin.press("✖️ Отмена");
    expect(said()).toContain("Отменено");
    expect(await t.db.school.count({ where: { municipalityId: district.id } })).toBe(2);

    await admin.press("🔀 Объединить с…");
    await admin.press("СОШ № 1");
    await admin.press("🔀 Объединить");
    expect(said()).toContain("Объединено");
    expect(buttons()).toContain("СОШ № 1");
    expect(await t.db.school.findUnique({ where: { id: wrong.id } })).toBeNull();
    expect(await t.db.school.findUnique({ where: { id: right.id } })).not.toBeNull();
  });

  it("offers every municipality but the one being merged, and words a search for an admin, not for their own place", async () => {
    await addMunicipality(t.db, { name: "Дублинский район", timezone: "Asia/Omsk" });
    await addMunicipality(t.db, { name: "Дублинский район (дубль)", timezone: "Asia/Omsk" });
    await openMunicipality("Дублинский район (дубль)");
    await admin.press("🔀 Объединить с…");
    await admin.send("дублин");
    expect(admin.lastMessage().text).toContain("Муниципалитеты по запросу «дублин»");
    expect(admin.lastMessage().text).not.toContain("Выберите свой");
    expect(buttons()).toContain("Дублинский район");
    expect(buttons()).not.toContain("Дублинский район (дубль)");
    await admin.press("✖️ Отмена");
  });
});

describe("buttons that are not what they seem", () => {
  it("refuses a teacher's replayed delete, forged data and a gone entry, changing nothing", async () => {
    const school = await t.db.school.findFirstOrThrow({ where: { users: { none: {} } }, orderBy: { id: "desc" } });
    const row = await createTeacher(t.db);
    const teacher = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await teacher.send("/menu");
    await teacher.pressData(`dir:dely:school:${school.id}`, teacher.lastMessage().id);
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    expect(await t.db.school.findUnique({ where: { id: school.id } })).not.toBeNull();

    await openDirectory();
    await admin.pressData("dir:m:abc:0", admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await admin.pressData("dir:dely:region:1", admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await admin.send("/menu");
    await admin.pressData("dir:s:999999999", admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toContain("Не найдено");
    expect(admin.lastMessage().text).toContain("Справочник");
    await admin.send("/menu");
    await admin.pressData("dir:dely:school:999999999", admin.lastMessage().id);
    expect(admin.lastAnswer()).toMatchObject({ text: expect.stringContaining("Не найдено"), show_alert: true });
    expect(h.logs.filter((entry) => entry.level >= 50)).toEqual([]);
  });
});

describe("in English", () => {
  it("lists, opens and adds, refusing a duplicate in other case", async () => {
    const en = h.user({ id: EN_ADMIN_ID, languageCode: "en" });
    await openDirectory(en);
    expect(en.lastMessage().text).toMatch(/\d+ municipalities, \d+ schools\. Open a municipality/);
    await pressPaging(en, "Школьный район ·");
    expect(en.lastMessage().text).toContain("Time zone: Omsk");
    expect(en.lastMessage().text).toContain("1 school, 0 people.");
    await en.press("➕ Add a school");
    await en.send("сош № 1");
    expect(said(en)).toBe("“СОШ № 1” is already in the directory.");
    await en.send("Гимназия № 2");
    expect(said(en)).toBe("✅ Saved: “Гимназия № 2”.");
    expect(en.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["Гимназия № 2", "✏️ Rename", "🔀 Merge into…", "🗑 Delete"]));
  });
});
