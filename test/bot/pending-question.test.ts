// A question the bot is waiting on (a profile edit, an event draft) never swallows a button that
// belongs to something else, nor a command: the question is left, visibly, and the button or
// command does what it always does. Onboarding is the exception: until it is finished nothing
// else works, so it says so and asks the same question again.
import { describe, expect, it } from "vitest";
import { useApp } from "../support/app.ts";
import { createHarness, type FakeUser, type ShownMessage } from "../support/harness.ts";
import { createTeacher } from "../support/factories.ts";
import { makeEvent } from "../support/events.ts";

const app = useApp();

const PROFILE_LEFT = "Изменение профиля прервано, ничего не изменилось.";
const DRAFT_LEFT = "Создание события прервано, черновик не сохранён.";
const FINISH_FIRST = "Сначала закончим регистрацию: ответьте на вопрос ниже. Меню и кнопки заработают сразу после неё.";

async function teacher(opts: { role?: "methodologist" } = {}) {
  const row = await createTeacher(app.t.db);
  if (opts.role) await app.t.db.roleGrant.create({ data: { userId: row.id, role: opts.role } });
  return { u: app.h.user({ id: Number(row.telegramId), languageCode: "ru" }), row };
}

/** Opens "edit full name" from the main menu; returns the question's message. */
async function openNameEdit(u: FakeUser): Promise<ShownMessage> {
  await u.send("/menu");
  await u.press("👤 Профиль");
  await u.press("✏️ ФИО");
  const prompt = u.lastMessage();
  expect(prompt.text).toContain("Как вас зовут");
  return prompt;
}

const shown = (u: FakeUser, id: number) => u.messages().find((m) => m.id === id)!;

/** The question's buttons are gone and the line saying it was left follows it. */
function expectLeft(u: FakeUser, prompt: ShownMessage, line: string) {
  expect(shown(u, prompt.id).buttons).toEqual([]);
  const after = u.messages().filter((m) => m.id > prompt.id).map((m) => m.text);
  expect(after).toContain(line);
}

/** Text typed after leaving is no answer to the old question: the bot says what it understands. */
async function expectNoQuestionOpen(u: FakeUser) {
  await u.send("Сидорова Ольга Петровна");
  expect(u.lastMessage().text).toContain("Я понимаю кнопки и команды");
}

describe("a profile edit left for a button of something else", () => {
  it("'give up my seat' on a promotion gives the seat back", async () => {
    const eventId = await makeEvent(app.t.db, { capacity: 1 });
    const holder = await teacher();
    const { u, row } = await teacher();
    await app.t.db.registration.create({ data: { eventId, userId: holder.row.id, status: "registered" } });
    await app.t.db.registration.create({ data: { eventId, userId: row.id, status: "waitlisted", waitlistPosition: 1 } });
    await app.t.db.event.update({ where: { id: eventId }, data: { seatsTaken: 1, waitlistSeq: 1 } });

    const prompt = await openNameEdit(u);
    await holder.u.send(`/start event_${eventId}`);
    await holder.u.press("Отменить запись");
    await holder.u.press("Да, отменить запись");
    const promotion = u.lastMessage();
    expect(promotion.text).toContain("Освободилось место");

    await u.press("Отказаться от места", { inMessage: promotion.id });
    await u.press("Да, отменить запись");
    expect(u.lastAnswer()?.text).toBe("Запись отменена");
    expect(await app.t.db.registration.findUniqueOrThrow({ where: { eventId_userId: { eventId, userId: row.id } } })).toMatchObject({ status: "cancelled" });
    expectLeft(u, prompt, PROFILE_LEFT);
    await expectNoQuestionOpen(u);
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe(row.fullName);
  });

  it("'sign up' on an event card signs the person up", async () => {
    const eventId = await makeEvent(app.t.db);
    const { u, row } = await teacher();
    await u.send(`/start event_${eventId}`);
    const card = u.lastMessage();
    const prompt = await openNameEdit(u);

    await u.press("✍️ Записаться", { inMessage: card.id });
    expect(u.lastAnswer()?.text).toBe("Вы записаны");
    expect(await app.t.db.registration.count({ where: { eventId, userId: row.id, status: "registered" } })).toBe(1);
    expect(shown(u, card.id).buttons[0]).toEqual(["Отменить запись"]);
    expectLeft(u, prompt, PROFILE_LEFT);
    await expectNoQuestionOpen(u);
  });

  it("a main-menu button opens its screen, and a button that starts another edit starts it", async () => {
    const { u, row } = await teacher();
    await u.send("/menu");
    const mainMenu = u.lastMessage();
    await u.send("/menu");
    await u.press("👤 Профиль");
    const profileMenu = u.lastMessage();
    const prompt = await openNameEdit(u);

    await u.press("👤 Профиль", { inMessage: mainMenu.id });
    expect(shown(u, mainMenu.id).text).toContain("Петрова Анна Ивановна");
    expectLeft(u, prompt, PROFILE_LEFT);

    const again = await openNameEdit(u);
    await u.press("⏳ Стаж", { inMessage: profileMenu.id });
    expectLeft(u, again, PROFILE_LEFT);
    expect(u.lastMessage().text).toContain("Сколько лет вы работаете педагогом?");
    await u.send("7");
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).teachingSince).toBe(new Date().getUTCFullYear() - 7);
  });
});

describe("commands during a profile edit", () => {
  it("every command leaves the edit and runs as it always does; /cancel cancels", async () => {
    const { u, row } = await teacher();
    const cases: [command: string, answer: string][] = [
      ["/menu", "Главное меню"],
      ["/start", "Главное меню"],
      ["/help", "ПрофРост"],
      ["/settings", "Настройки"],
      ["/newevent", "Это действие вам недоступно."],
      ["/frobnicate", "Я понимаю кнопки и команды"],
    ];
    for (const [command, answer] of cases) {
      const prompt = await openNameEdit(u);
      await u.send(command);
      expectLeft(u, prompt, PROFILE_LEFT);
      expect(u.lastMessage().text, command).toContain(answer);
    }
    await expectNoQuestionOpen(u);

    const prompt = await openNameEdit(u);
    await u.send("/cancel");
    expect(shown(u, prompt.id).buttons).toEqual([]);
    expect(u.messages().at(-2)?.text).toBe("Изменения отменены.");
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe(row.fullName);
  });
});

describe("buttons that are stale or forged", () => {
  it("an old or made-up button of a question changes nothing and keeps the question", async () => {
    const { u, row } = await teacher();
    const first = await openNameEdit(u);
    await u.press("✖️ Отмена");
    const prompt = await openNameEdit(u);

    await u.pressData("s:cancel", first.id);
    expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await u.pressData("s:made-up", prompt.id);
    expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expect(shown(u, prompt.id).buttons.flat()).toEqual(["✖️ Отмена"]);

    await u.send("Сидорова Ольга Петровна");
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe("Сидорова Ольга Петровна");
  });

  it("a forged button of something else is outdated and changes nothing; the question is left", async () => {
    const { u, row } = await teacher();
    const prompt = await openNameEdit(u);
    await u.pressData("ev:join:987654", prompt.id);
    expect(u.lastAnswer()?.text).toBe("Событие не найдено: возможно, его удалили.");
    expectLeft(u, prompt, PROFILE_LEFT);

    const again = await openNameEdit(u);
    await u.pressData("x".repeat(64), again.id);
    expect(u.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    expectLeft(u, again, PROFILE_LEFT);
    expect(await app.t.db.registration.count({ where: { userId: row.id } })).toBe(0);
    expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe(row.fullName);
  });
});

describe("an event draft", () => {
  it("is left for a card's 'sign up' or a command, saving nothing", async () => {
    const eventId = await makeEvent(app.t.db, { title: "Чужое событие" });
    const { u, row } = await teacher({ role: "methodologist" });
    await u.send(`/start event_${eventId}`);
    const card = u.lastMessage();
    const events = await app.t.db.event.count();

    await u.send("/newevent");
    await u.send("Черновик, который бросят");
    const kindPrompt = u.lastMessage();
    expect(kindPrompt.text).toContain("Какой это вид события?");
    await u.press("✍️ Записаться", { inMessage: card.id });
    expect(u.lastAnswer()?.text).toBe("Вы записаны");
    expect(await app.t.db.registration.count({ where: { eventId, userId: row.id } })).toBe(1);
    expectLeft(u, kindPrompt, DRAFT_LEFT);
    await expectNoQuestionOpen(u);

    await u.send("/newevent");
    const titlePrompt = u.lastMessage();
    await u.send("/menu");
    expectLeft(u, titlePrompt, DRAFT_LEFT);
    expect(u.lastMessage().text).toContain("Главное меню");
    expect(await app.t.db.event.count()).toBe(events);
  });
});

describe("onboarding", () => {
  async function atNameQuestion() {
    const u = app.h.user({ languageCode: "ru" });
    await u.send("/start");
    await u.press("Русский");
    await u.press(/Согласен/);
    expect(u.lastMessage().text).toContain("Как вас зовут");
    return u;
  }

  it("keeps its question: another button or any command says to finish first and asks again", async () => {
    const u = await atNameQuestion();
    const before = u.lastMessage();
    await u.pressData("main/0/0//abc", before.id);
    expect(u.lastAnswer()?.text).toBe(FINISH_FIRST);
    expect(shown(u, before.id).buttons).toEqual([]);
    expect(u.lastMessage().text).toContain("Как вас зовут");

    for (const command of ["/menu", "/start", "/help", "/settings", "/frobnicate"]) {
      await u.send(command);
      const [hint, question] = u.messages().slice(-2);
      expect(hint?.text, command).toBe(FINISH_FIRST);
      expect(question?.text, command).toContain("Как вас зовут");
    }

    await u.send("Сидоров Пётр");
    expect(u.lastMessage().text).toContain("муниципалитет");
    expect(await app.t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(u.id) } })).toMatchObject({ fullName: "Сидоров Пётр" });
  });

  it("/cancel still pauses it", async () => {
    const u = await atNameQuestion();
    await u.send("/cancel");
    expect(u.lastMessage().text).toContain("Регистрация приостановлена");
  });
});

describe("the other questions", () => {
  it("each says what was left when a command turns elsewhere", async () => {
    const adminId = 7_900_000_001;
    const admins = await createHarness({ db: app.t.db, config: { adminIds: [BigInt(adminId)] } });
    await createTeacher(app.t.db, { telegramId: adminId, fullName: "Админова Ольга" });
    const admin = admins.user({ id: adminId, languageCode: "ru" });
    const invites = await app.t.db.invite.count();
    const municipalities = await app.t.db.municipality.count();
    const eventId = await makeEvent(app.t.db, { title: "Событие без переноса" });
    const { startsAt } = await app.t.db.event.findUniqueOrThrow({ where: { id: eventId } });

    await admin.send("/menu");
    await admin.press("🛠 Администрирование");
    await admin.press("✉️ Новое приглашение");
    let prompt = admin.lastMessage();
    await admin.send("/menu");
    expectLeft(admin, prompt, "Создание приглашения прервано, ничего не сохранено.");
    expect(admin.lastMessage().text).toContain("Главное меню");

    await admin.press("🛠 Администрирование");
    await admin.press("🏫 Справочник");
    await admin.press("➕ Добавить муниципалитет");
    prompt = admin.lastMessage();
    await admin.send("/help");
    expectLeft(admin, prompt, "Изменение справочника прервано, ничего не изменилось.");
    expect(admin.lastMessage().text).toContain("ПрофРост");

    await admin.send("/events_manage");
    await admin.press("Все"); // an admin's own list holds only their events; this one is someone else's
    await admin.press(/Событие без переноса/);
    await admin.press("🕒 Изменить время");
    prompt = admin.lastMessage();
    await admin.send("/settings");
    expectLeft(admin, prompt, "Изменение события прервано, ничего не изменилось.");
    expect(admin.lastMessage().text).toContain("Настройки");

    expect(await app.t.db.invite.count()).toBe(invites);
    expect(await app.t.db.municipality.count()).toBe(municipalities);
    expect((await app.t.db.event.findUniqueOrThrow({ where: { id: eventId } })).startsAt).toEqual(startsAt);
  });
});
