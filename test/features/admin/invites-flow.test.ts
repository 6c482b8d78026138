import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { createInvite } from "../../../src/features/roles/invites.ts";

const ADMIN_ID = 7_100_000_001;
let t: TestDb;
let h: AppHarness;
let admin: FakeUser;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, config: { adminIds: [BigInt(ADMIN_ID)] } });
  await createTeacher(t.db, { telegramId: ADMIN_ID, fullName: "Админова Ольга" });
  admin = h.user({ id: ADMIN_ID, languageCode: "ru" });
});
afterAll(() => t.drop());

/** The admin creates a coordinator invite for the first school of Omsk and returns its link. */
async function createCoordinatorInvite(uses = "5"): Promise<string> {
  await admin.send("/menu");
  await admin.press("🛠 Администрирование");
  await admin.press("✉️ Новое приглашение");
  await admin.press("Координатор");
  await admin.press("В школе");
  await admin.press("г. Омск");
  await admin.press(admin.lastMessage().buttons[0]![0]!);
  await admin.press(uses);
  await admin.press("7");
  const created = admin.messages().find((m) => m.text.includes("Приглашение создано") && !m.text.includes("использовано 1"));
  const link = /https:\/\/t\.me\/profrost_test_bot\?start=([A-Za-z0-9_-]+)/.exec(admin.messages().at(-2)!.text);
  expect(created).toBeDefined();
  expect(link).not.toBeNull();
  return link![1]!;
}

async function onboard(u: FakeUser, payload: string) {
  await u.send(`/start ${payload}`);
  await u.press("Русский");
  await u.press(/Согласен/);
  await u.send("Новикова Ирина");
  await u.press("г. Омск");
  await u.press(u.lastMessage().buttons[0]![0]!);
  await u.press("История");
  await u.press("✅ Готово");
  await u.press("10");
}

describe("invites in the bot", () => {
  it("an admin's link makes a new person a coordinator after onboarding", async () => {
    const code = await createCoordinatorInvite();
    const invite = await t.db.invite.findUniqueOrThrow({ where: { code } });
    expect(invite).toMatchObject({ role: "coordinator", maxUses: 5, uses: 0, municipalityId: null });
    expect(admin.lastMessage().text).toContain("Администрирование");

    const newcomer = h.user({ languageCode: "ru" });
    await onboard(newcomer, code);
    const texts = newcomer.messages().map((m) => m.text);
    expect(texts.some((text) => text.includes("Вам выдана роль: координатор"))).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(newcomer.id) }, include: { roles: true } });
    expect(user.roles).toMatchObject([{ role: "coordinator", schoolId: invite.schoolId }]);
    expect((await t.db.invite.findUniqueOrThrow({ where: { code } })).uses).toBe(1);

    await newcomer.send("/menu");
    await newcomer.press("👤 Профиль");
    expect(newcomer.lastMessage().text).toContain("Роли: педагог, координатор");
  });

  it("a registered person who opens a link gets the role at once; a second time changes nothing", async () => {
    const code = await createCoordinatorInvite();
    const row = await createTeacher(t.db);
    const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send(`/start ${code}`);
    expect(u.messages().at(-2)?.text).toContain("Вам выдана роль: координатор");
    expect(u.lastMessage().text).toContain("Главное меню");
    await u.send(`/start ${code}`);
    expect(u.messages().at(-2)?.text).toContain("У вас уже есть роль");
    expect((await t.db.invite.findUniqueOrThrow({ where: { code } })).uses).toBe(1);
  });

  it("lists active invites and revokes one; the revoked link is refused", async () => {
    const code = await createCoordinatorInvite("1");
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("📋 Приглашения");
    expect(admin.lastMessage().text).toContain(code);
    const revokeLabel = admin.lastMessage().buttons.flat().find((label) => label.startsWith("✖️ Отозвать"))!;
    const before = await t.db.invite.count({ where: { revokedAt: null } });
    await admin.press(revokeLabel);
    expect(admin.lastMessage().text).toContain("Отозвать приглашение?");
    expect(admin.lastMessage().text).toContain("Ссылка перестанет работать");
    await admin.press("‹ Назад");
    expect(admin.lastMessage().text).toContain("Действующие приглашения");
    expect(await t.db.invite.count({ where: { revokedAt: null } })).toBe(before);
    await admin.press(revokeLabel);
    await admin.press("✖️ Да, отозвать");
    expect(admin.lastAnswer()?.text).toBe("Приглашение отозвано.");
    expect(await t.db.invite.count({ where: { revokedAt: null } })).toBe(before - 1);
    const revoked = await t.db.invite.findFirstOrThrow({ where: { revokedAt: { not: null } }, orderBy: { id: "desc" } });

    const row = await createTeacher(t.db);
    const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send(`/start ${revoked.code}`);
    expect(u.messages().at(-2)?.text).toContain("Приглашение отозвано");
    expect(await t.db.roleGrant.count({ where: { userId: row.id } })).toBe(0);
  });

  it("an unknown link is said so, and onboarding proceeds", async () => {
    const u = h.user({ languageCode: "ru" });
    await u.send("/start hello-there!");
    expect(u.messages()[0]?.text).toContain("Ссылка не распознана");
    expect(u.lastMessage().text).toContain("Выберите язык");
  });

  it("a link to an event that does not exist says so and opens the main menu", async () => {
    const row = await createTeacher(t.db);
    const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send("/start event_42");
    expect(u.messages().map((m) => m.text)).toEqual(["Событие не найдено: возможно, его удалили.", expect.stringContaining("Главное меню")]);
  });
});

describe("many invites", () => {
  it("are shown five to a page, so the screen stays within Telegram's limits", async () => {
    const adminRow = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(ADMIN_ID) } });
    const school = await t.db.school.findFirstOrThrow();
    for (let i = 0; i < 40; i++) {
      await createInvite(t.db, { scope: { role: "coordinator", municipalityId: null, schoolId: school.id }, maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000), createdById: adminRow.id });
    }
    const active = await t.db.invite.count({ where: { revokedAt: null } });
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("📋 Приглашения");
    const pages = Math.ceil(active / 5);
    expect(admin.lastMessage().buttons.flat()).toContain(`1/${pages}`);
    await admin.press("‹");
    expect(admin.lastMessage().buttons.flat()).toContain(`${pages}/${pages}`);
    expect(admin.lastMessage().text.length).toBeLessThan(4096);
  });
});

describe("roles in the bot", () => {
  it("lists granted roles and revokes one", async () => {
    const row = await createTeacher(t.db, { fullName: "Методистова Елена" });
    await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
    const holder = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("👥 Роли");
    const screen = admin.lastMessage();
    const line = screen.text.split("\n").find((text) => text.includes("Методистова Елена"))!;
    expect(line).toContain("методист");
    const n = /^(\d+)\./.exec(line)![1];
    await admin.press(`✖️ Снять ${n}`);
    expect(admin.lastMessage().text).toContain("Снять роль?\nМетодистова Елена — методист");
    expect(await t.db.roleGrant.count({ where: { userId: row.id } })).toBe(1);
    await admin.press("✖️ Да, снять");
    expect(admin.lastAnswer()?.text).toBe("Роль снята.");
    expect(admin.lastMessage().text).not.toContain("Методистова Елена");
    expect(await t.db.roleGrant.count({ where: { userId: row.id } })).toBe(0);
    expect(holder.messages().map((m) => m.text)).toEqual(["Администратор снял с вас роль «методист» (весь регион). Если это ошибка, обратитесь к администратору."]);
  });

  it("a second press of an old confirmation finds the role gone and tells nobody again", async () => {
    const row = await createTeacher(t.db, { fullName: "Дважды Снятая" });
    const school = await t.db.school.findFirstOrThrow();
    const grant = await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("👥 Роли");
    const holder = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await admin.pressData(`adm:rg:rvy:${grant.id}:0`, admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toBe("Роль снята.");
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("📋 Приглашения");
    await admin.pressData(`adm:rg:rvy:${grant.id}:0`, admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toBe("Не найдено: возможно, это уже изменили или удалили.");
    expect(holder.messages().map((m) => m.text)).toEqual([`Администратор снял с вас роль «координатор» (${school.name}). Если это ошибка, обратитесь к администратору.`]);
  });
});

describe("in English", () => {
  it("the summary names the role and the whole region; revoking a role asks and tells the holder in their language", async () => {
    const enAdmin = await createTeacher(t.db, { lang: "en" });
    const h2 = await createHarness({ db: t.db, config: { adminIds: [enAdmin.telegramId] } });
    const en = h2.user({ id: Number(enAdmin.telegramId), languageCode: "en" });
    await en.send("/menu");
    await en.press("🛠 Administration");
    await en.press("✉️ New invitation");
    expect(en.lastMessage().buttons.flat()).toEqual(expect.arrayContaining(["Coordinator", "Methodologist", "Administrator"]));
    await en.press("Methodologist");
    await en.press("1");
    await en.press("7");
    const created = en.messages().at(-2)!.text;
    expect(created).toMatch(/^✅ Invitation created: Methodologist · the whole region · used 0 of 1 · until /);
    expect(created).not.toContain("-:");

    const row = await createTeacher(t.db, { fullName: "Mary O'Neil", lang: "en" });
    await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
    const holder = h2.user({ id: Number(row.telegramId), languageCode: "en" });
    await en.send("/menu");
    await en.press("🛠 Administration");
    await en.press("👥 Roles");
    while (!en.lastMessage().text.includes("Mary O'Neil")) await en.press("›");
    const n = /(\d+)\. Mary O'Neil/.exec(en.lastMessage().text)![1];
    await en.press(`✖️ Remove ${n}`);
    expect(en.lastMessage().text).toContain("Remove this role?");
    await en.press("✖️ Yes, remove");
    expect(en.lastAnswer()?.text).toBe("Role removed.");
    expect(holder.messages().map((m) => m.text)).toEqual(["An administrator has removed your role “methodologist” (the whole region). If this is a mistake, please contact the administrator."]);
  });
});

describe("permissions", () => {
  it("forged role and invite data is refused and changes nothing", async () => {
    const grants = await t.db.roleGrant.count();
    const invites = await t.db.invite.count({ where: { revokedAt: null } });
    await admin.send("/menu");
    for (const data of ["adm:rg:rvy:abc:0", "adm:iv:rvy:1:2:3", "adm:rg:rvy:12345678901:0"]) {
      await admin.pressData(data, admin.lastMessage().id);
      expect(admin.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    }
    await admin.pressData("adm:iv:rv:999999999:0", admin.lastMessage().id);
    expect(admin.lastAnswer()?.text).toBe("Не найдено: возможно, это уже изменили или удалили.");
    expect(await t.db.roleGrant.count()).toBe(grants);
    expect(await t.db.invite.count({ where: { revokedAt: null } })).toBe(invites);
  });

  it("a teacher replaying admin buttons is refused and nothing changes", async () => {
    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    const adminMenuMessage = admin.lastMessage();
    await admin.press("👥 Роли");
    const rolesScreen = admin.lastMessage().raw.reply_markup!.inline_keyboard.flat();
    const revokeData = rolesScreen.map((b) => ("callback_data" in b ? b.callback_data : "")).find((d) => d?.startsWith("adm:rg:rv:"))!;
    const grantsBefore = await t.db.roleGrant.count();

    const row = await createTeacher(t.db);
    const teacher = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await teacher.send("/menu");
    expect(teacher.lastMessage().buttons.flat()).not.toContain("🛠 Администрирование");
    await teacher.pressData(revokeData, teacher.lastMessage().id);
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await teacher.pressData(revokeData.replace("adm:rg:rv:", "adm:rg:rvy:"), teacher.lastMessage().id);
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    const adminButton = adminMenuMessage.raw.reply_markup!.inline_keyboard.flat().find((b) => b.text === "✉️ Новое приглашение")!;
    await teacher.pressData("callback_data" in adminButton ? adminButton.callback_data! : "", teacher.lastMessage().id);
    expect(teacher.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно." });
    expect(teacher.lastMessage().text).toContain("Главное меню");
    expect(await t.db.roleGrant.count()).toBe(grantsBefore);
    expect(await t.db.conversationState.count({ where: { key: `chat:${teacher.id}` } })).toBe(0);
  });
});
