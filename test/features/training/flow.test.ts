// Training records through the chat (issue #14, point 2): a teacher adds a course from the profile
// (bad answers refused with their rule), sees it awaiting, the school's coordinator confirms it and
// the teacher is told; a coordinator of another school cannot, even with a forged button.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { makeEvent } from "../../support/events.ts";
import { FakeClock } from "../../support/clock.ts";
import { TRAINING_DATA } from "../../../src/features/training/callbacks.ts";
import { trainedPeople, trainedSince } from "../../../src/features/training/rules.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
});
afterAll(() => t.drop());

async function teacher(fullName = "Петрова Анна Ивановна") {
  const row = await createTeacher(t.db, { fullName });
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return { u, row };
}

async function coordinator(schoolId: number): Promise<FakeUser> {
  const row = await createTeacher(t.db, { fullName: "Координатова Вера" });
  await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId, scopeKey: `s:${schoolId}` } });
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return u;
}

async function openTraining(u: FakeUser) {
  await u.press("👤 Профиль");
  await u.press("🎓 Моё обучение");
}

/** The message before the last one: a refusal before the question asked again, a notice before the list. */
function beforeLast(u: FakeUser): string {
  return u.messages().slice(-2)[0]!.text;
}

describe("training records", () => {
  it("a teacher adds a course, the school's coordinator confirms it, and it counts", async () => {
    const { u, row } = await teacher();
    await openTraining(u);
    expect(u.lastMessage().text).toContain("Пока здесь пусто");
    expect(u.lastMessage().text).toContain("Засчитанного обучения за последние 3 года пока нет");

    await u.press("➕ Добавить курс");
    expect(u.lastMessage().text).toContain("Как называется курс?");
    await u.send("Формирование <функциональной> грамотности");
    await u.send("БОУ ДПО «ИРООО»");
    await u.send("семьдесят два");
    expect(beforeLast(u)).toMatch(/целое число часов от 1 до 2\s000/);
    expect(u.lastMessage().text).toContain("Сколько академических часов");
    await u.send("72");
    await u.send("12.03.2026 - 15.03.2026");
    await u.send("УД-0457");
    expect(u.lastMessage().text).toContain("Пришлите фото удостоверения");

    await u.sendDocument({ fileName: "scan.docx", content: "not a picture", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(beforeLast(u)).toContain("Такой файл не подойдёт");
    expect(u.lastMessage().text).toContain("Пришлите фото удостоверения");
    await u.sendUpdate({ message: { document: { file_id: "BQbig", file_unique_id: "big", file_name: "scan.pdf", mime_type: "application/pdf", file_size: 11 * 1024 * 1024 } } });
    expect(beforeLast(u)).toContain("Файл больше 10 МБ");
    const photo = h.telegram.addFile(new Uint8Array([0xff, 0xd8, 0xff]), { fileName: "certificate.jpg", mimeType: "image/jpeg", folder: "photos" });
    await u.sendUpdate({ message: { photo: [{ file_id: photo.fileId, file_unique_id: photo.uniqueId, width: 800, height: 600, file_size: 3 }] } });

    const summary = u.lastMessage().text;
    expect(summary).toContain("Курс: Формирование <функциональной> грамотности");
    expect(summary).toContain("Объём: 72 часа");
    expect(summary).toContain("Даты: 12 марта 2026 – 15 марта 2026");
    expect(summary).toContain("Номер удостоверения: УД-0457");
    expect(summary).toContain("Удостоверение: приложено");
    await u.press("💾 Сохранить");
    expect(beforeLast(u)).toContain("Курс сохранён");
    expect(u.lastMessage().text).toContain("⏳ Формирование <функциональной> грамотности");
    expect(u.lastMessage().text).toContain("ждёт подтверждения координатора");
    const record = await t.db.trainingRecord.findFirstOrThrow({ where: { userId: row.id } });
    expect(record).toMatchObject({ hours: 72, status: "pending", certificateNumber: "УД-0457", certificateFileId: photo.fileId, startsOn: new Date("2026-03-12T00:00:00Z"), endsOn: new Date("2026-03-15T00:00:00Z") });

    // A coordinator of another school: neither their own scope nor the teacher's lets them confirm.
    const schoolId = row.schoolId!;
    const otherSchool = await t.db.school.findFirstOrThrow({ where: { id: { not: schoolId } }, orderBy: { id: "asc" } });
    const stranger = await coordinator(otherSchool.id);
    await stranger.pressData(TRAINING_DATA.confirm("s", otherSchool.id, record.id, 0));
    expect(stranger.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await stranger.pressData(TRAINING_DATA.confirm("s", schoolId, record.id, 0));
    expect(stranger.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });
    await stranger.pressData(TRAINING_DATA.certificate(record.id));
    expect(stranger.calls("sendPhoto")).toHaveLength(0);
    expect((await t.db.trainingRecord.findUniqueOrThrow({ where: { id: record.id } })).status).toBe("pending");

    const reviewer = await coordinator(schoolId);
    await reviewer.pressData(TRAINING_DATA.review("s", schoolId, 0));
    const card = reviewer.lastMessage().text;
    expect(card).toContain("Курсы на подтверждение");
    expect(card).toContain("Педагог: Петрова Анна Ивановна");
    expect(card).toContain("Курс: Формирование <функциональной> грамотности");
    expect(card).toContain("Организация: БОУ ДПО «ИРООО»");
    expect(card).toContain("Номер удостоверения: УД-0457");
    await reviewer.press("📎 Удостоверение");
    expect(reviewer.calls("sendPhoto").at(-1)?.payload).toMatchObject({ photo: photo.fileId });

    await reviewer.press("✅ Подтвердить", { inMessage: reviewer.messages().find((m) => m.text.includes("Курсы на подтверждение"))!.id });
    expect(reviewer.lastAnswer()?.text).toContain("Курс подтверждён");
    expect(reviewer.messages().find((m) => m.text.includes("Курсы на подтверждение"))!.text).toContain("Курсов, ждущих подтверждения, нет");
    expect(u.lastMessage().text).toBe("✅ Ваш курс «Формирование <функциональной> грамотности» подтверждён координатором и засчитан в повышение квалификации.");
    expect((await trainedPeople(t.db, { people: { id: row.id }, since: trainedSince(NOW), until: NOW })).size).toBe(1);

    // The same button again: already reviewed, and the teacher hears nothing more.
    const told = u.messages().length;
    await reviewer.pressData(TRAINING_DATA.decline("s", schoolId, record.id, 0));
    expect(reviewer.lastAnswer()?.text).toBe("Этот курс уже рассмотрен.");
    expect((await t.db.trainingRecord.findUniqueOrThrow({ where: { id: record.id } })).status).toBe("confirmed");
    expect(u.messages()).toHaveLength(told);

    await u.press("🎓 Моё обучение");
    expect(u.lastMessage().text).toContain("✅ Формирование <функциональной> грамотности");
    expect(u.lastMessage().text).toContain("засчитано: 72 часа");
    expect(u.lastMessage().text).toContain("Повышение квалификации за последние 3 года пройдено");
    expect(u.lastMessage().buttons.flat().some((label) => label.startsWith("🗑"))).toBe(false);
  });

  it("lists a course attended through the bot with its hours, and deletes a record not yet confirmed", async () => {
    const { u, row } = await teacher("Смирнова Ольга");
    const eventId = await makeEvent(t.db, { kind: "course", title: "Наставничество в школе", startsAt: new Date("2026-10-05T03:00:00Z"), endsAt: new Date("2026-10-07T10:00:00Z") }, new Date("2026-09-01T00:00:00Z"));
    await t.db.event.update({ where: { id: eventId }, data: { hours: 36 } });
    await t.db.registration.create({ data: { eventId, userId: row.id, status: "registered", attended: true } });
    await t.db.trainingRecord.create({ data: { userId: row.id, title: "Черновик курса", provider: "ИРООО", hours: 16, startsOn: new Date("2026-02-01T00:00:00Z"), endsOn: new Date("2026-02-02T00:00:00Z") } });

    await openTraining(u);
    const screen = u.lastMessage().text;
    expect(screen).toContain("✅ Наставничество в школе");
    expect(screen).toContain("ИРООО · 36 часов · 5 октября 2026 – 7 октября 2026");
    expect(screen).toContain("пройден через бот");
    expect(screen).toContain("засчитано: 36 часов");

    await u.press("🗑 Удалить: Черновик курса");
    expect(u.lastMessage().text).toContain("Удалить курс «Черновик курса»");
    await u.press("Да, удалить");
    expect(u.lastAnswer()?.text).toBe("Курс удалён.");
    expect(u.lastMessage().text).not.toContain("Черновик курса");
    expect(await t.db.trainingRecord.count({ where: { userId: row.id } })).toBe(0);
    await u.press("‹ Назад");
    expect(u.lastMessage().text).toContain("👤 Профиль");
  });
});
