import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { SCHOOL_REQUEST_DATA } from "../../../src/features/school-requests/callbacks.ts";

const ADMIN_ID = 8_600_000_001;
let t: TestDb;
let h: AppHarness;
let admin: FakeUser;
let omsk: number;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, config: { adminIds: [BigInt(ADMIN_ID)] } });
  await createTeacher(t.db, { telegramId: ADMIN_ID });
  admin = h.user({ id: ADMIN_ID, languageCode: "ru" });
  omsk = (await t.db.municipality.findUniqueOrThrow({ where: { name: "г. Омск" } })).id;
  // Numbers that sort wrongly as text: № 2 must come before № 10 and № 45.
  await t.db.school.createMany({ data: ["БОУ г. Омска «СОШ № 2»", "БОУ г. Омска «СОШ № 10»"].map((name) => ({ name, municipalityId: omsk })) });
});
afterAll(() => t.drop());

const userRow = (u: FakeUser) => t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(u.id) }, include: { school: true, municipality: true } });
const schoolButtons = (u: FakeUser) => u.lastMessage().buttons.flat().filter((label) => /СОШ|Лицей|Гимназия|SOSh/i.test(label));

/** A new person through consent and name, at the municipality question. */
async function toMunicipality(u: FakeUser, lang: "ru" | "en") {
  await u.send("/start");
  await u.press(lang === "ru" ? "Русский" : "English");
  await u.press(lang === "ru" ? /Согласен/ : /I agree/);
  await u.send(lang === "ru" ? "Иванова М. П." : "Mary O’Neil");
}

describe("finding one's municipality and school by typing", () => {
  it("filters municipalities by part of the name, in any case", async () => {
    const u = h.user({ languageCode: "ru" });
    await toMunicipality(u, "ru");
    expect(u.lastMessage().text).toContain("напишите часть его названия");
    await u.send("ТАВРИЧ");
    expect(u.lastMessage().text).toContain("«ТАВРИЧ»");
    expect(u.lastMessage().buttons[0]).toEqual(["Таврический муниципальный район"]);
    await u.send("нет такого");
    expect(u.lastMessage().text).toContain("не нашлось");
    await u.press("Все муниципалитеты");
    expect(u.lastMessage().buttons[0]).toEqual(["г. Омск"]);
    await u.send("таврический район");
    await u.press("Таврический муниципальный район");
    expect(u.lastMessage().text).toContain("школу");
    expect((await userRow(u)).fullName).toBe("Иванова М. П.");
  });

  it("finds «СОШ № 45» by «школа 45», «сош 45» and «45», and lists schools in natural order", async () => {
    const u = h.user({ languageCode: "ru" });
    await toMunicipality(u, "ru");
    await u.press("г. Омск");
    const all = schoolButtons(u);
    expect(all.indexOf("БОУ г. Омска «СОШ № 2»")).toBeLessThan(all.indexOf("БОУ г. Омска «СОШ № 10»"));
    for (const query of ["школа 45", "сош 45", "45", "Сош №45", "«СОШ № 45»"]) {
      await u.send(query);
      expect(schoolButtons(u)).toEqual(["БОУ г. Омска «СОШ № 45»"]);
    }
    await u.send("лицей");
    expect(schoolButtons(u).every((label) => label.includes("Лицей"))).toBe(true);
    await u.send("4");
    expect(u.lastMessage().text).toContain("не нашлось");
  });

  it("opens the workplace lists on the page of the current municipality and school", async () => {
    const row = await createTeacher(t.db, { telegramId: 8_600_000_100 });
    const tavrichesky = await t.db.municipality.findUniqueOrThrow({ where: { name: "Таврический муниципальный район" }, include: { schools: true } });
    await t.db.user.update({ where: { id: row.id }, data: { municipalityId: tavrichesky.id, schoolId: tavrichesky.schools[0]!.id } });
    const u = h.user({ id: Number(row.telegramId), languageCode: "ru" });
    await u.send("/menu");
    await u.press("👤 Профиль");
    await u.press("🏫 Место работы");
    expect(u.lastMessage().buttons.flat()).toContain("Таврический муниципальный район");
    expect(u.lastMessage().buttons.flat().find((label) => /^\d+\/\d+$/.test(label))).not.toBe("1/5");
    await u.press("Таврический муниципальный район");
    expect(u.lastMessage().buttons.flat()).toContain(tavrichesky.schools[0]!.name);
  });
});

describe("a school missing from the list", () => {
  it("records a request, finishes onboarding without a school, and the admin's «add» gives it to the teacher", async () => {
    const u = h.user({ languageCode: "ru" });
    await toMunicipality(u, "ru");
    await u.send("таврич");
    await u.press("Таврический муниципальный район");
    await u.press("➕ Моей школы нет в списке");
    expect(u.lastMessage().text).toContain("полное название");
    await u.send("   ");
    await u.send("МБОУ «Прииртышская СОШ»");
    expect(u.messages().some((m) => m.text.includes("Администраторы добавят школу"))).toBe(true);
    expect(u.lastMessage().text).toContain("предметы");
    await u.press("Математика");
    await u.press("✅ Готово");
    await u.send("15 лет");
    expect(u.lastMessage().text).toContain("Главное меню");
    const teacher = await userRow(u);
    expect(teacher).toMatchObject({ schoolId: null, teachingSince: new Date().getUTCFullYear() - 15 });
    expect(teacher.onboardedAt).toBeInstanceOf(Date);
    expect(teacher.municipality?.name).toBe("Таврический муниципальный район");
    const request = await t.db.schoolRequest.findFirstOrThrow({ where: { userId: teacher.id } });
    expect(request).toMatchObject({ name: "МБОУ «Прииртышская СОШ»", municipalityId: teacher.municipalityId, status: "open" });

    // A teacher cannot reach the admins' screen, even with forged buttons.
    await u.pressData(SCHOOL_REQUEST_DATA.add(request.id, 0));
    expect(u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    expect(await t.db.schoolRequest.count({ where: { id: request.id, status: "open" } })).toBe(1);

    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("🆕 Заявки на школы");
    expect(admin.lastMessage().text).toContain("Заявки на школы: 1");
    await admin.press(/Прииртышская/);
    expect(admin.lastMessage().text).toContain("Иванова М. П.");
    expect(admin.lastMessage().text).toContain("Таврический муниципальный район");
    await admin.press("✅ Добавить школу");
    expect(admin.lastAnswer()?.text).toContain("Школа добавлена");
    expect(admin.lastMessage().text).toContain("Открытых заявок нет");

    const school = await t.db.school.findFirstOrThrow({ where: { name: "МБОУ «Прииртышская СОШ»" } });
    expect(school.municipalityId).toBe(teacher.municipalityId);
    expect((await userRow(u)).schoolId).toBe(school.id);
    expect(await t.db.schoolRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "added", schoolId: school.id });
    expect(u.lastMessage().text).toContain("Вашу школу добавили в справочник: МБОУ «Прииртышская СОШ»");
    await u.press("‹ В меню");
    expect(u.lastMessage().text).toContain("Главное меню");

    // The same request answered again (an old button) changes nothing.
    await admin.pressData(SCHOOL_REQUEST_DATA.dismiss(request.id, 0));
    expect(admin.lastAnswer()?.text).toContain("уже рассмотрели");
    expect((await t.db.schoolRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("added");
  });

  it("in English: a dismissed request tells the teacher to choose in the profile", async () => {
    const u = h.user({ languageCode: "en" });
    await toMunicipality(u, "en");
    await u.press("г. Омск");
    await u.send("zzz");
    expect(u.lastMessage().text).toContain("No schools match");
    await u.press("➕ My school is not in the list");
    await u.press("‹ Back to the schools");
    await u.press("➕ My school is not in the list");
    await u.send("Private School <b>7</b>");
    expect(u.messages().some((m) => m.text.includes("Noted: “Private School <b>7</b>”"))).toBe(true);
    await u.press("Mathematics");
    await u.press(/Done/);
    await u.send("15 years");
    expect(u.lastMessage().text).toContain("Main menu");
    const request = await t.db.schoolRequest.findFirstOrThrow({ where: { name: "Private School <b>7</b>" } });

    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("🆕 Заявки на школы");
    await admin.press(/Private School/);
    expect(admin.lastMessage().text).toContain("Private School <b>7</b>");
    await admin.press("✖️ Отклонить");
    expect(admin.lastAnswer()?.text).toBe("Заявка отклонена.");
    expect((await t.db.schoolRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("dismissed");
    expect(await t.db.school.count({ where: { name: "Private School <b>7</b>" } })).toBe(0);
    expect(u.lastMessage().text).toContain("was not added");
    expect(u.lastMessage().text).toContain("Profile → Workplace");
  });

  it("a school typed as missing that is in the list after all becomes the person's school", async () => {
    const u = h.user({ languageCode: "ru" });
    await toMunicipality(u, "ru");
    await u.press("г. Омск");
    await u.press("➕ Моей школы нет в списке");
    await u.send("боу г. омска «сош № 45»");
    expect(u.messages().some((m) => m.text.includes("Такая школа уже есть"))).toBe(true);
    expect((await userRow(u)).school?.name).toBe("БОУ г. Омска «СОШ № 45»");
    expect(await t.db.schoolRequest.count({ where: { user: { telegramId: BigInt(u.id) } } })).toBe(0);
  });
});
