import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

async function person(opts: { role?: "methodologist" | "coordinator"; fullName?: string } = {}) {
  const row = await createTeacher(t.db, { fullName: opts.fullName });
  if (opts.role === "methodologist") await t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
  if (opts.role === "coordinator") await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: row.schoolId, scopeKey: `s:${row.schoolId}` } });
  return { row, u: h.user({ id: Number(row.telegramId), languageCode: "ru" }) as FakeUser };
}

async function signUp(eventId: number, u: FakeUser) {
  await u.send(`/start event_${eventId}`);
  await u.press("✍️ Записаться");
}

describe("attendance", () => {
  it("a methodologist marks who came with toggles; teachers have no such button and forged ones are refused", async () => {
    const eventId = await makeEvent(t.db, { title: "Семинар" });
    const anna = await person({ fullName: "Аннина Анна" });
    const boris = await person({ fullName: "Борисов Борис" });
    await signUp(eventId, anna.u);
    await signUp(eventId, boris.u);
    expect(anna.u.messages().at(-2)!.buttons.flat()).not.toContain("✔️ Отметить посещаемость");
    await anna.u.pressData(`ev:att:t:${eventId}:1:0`, anna.u.lastMessage().id);
    expect(anna.u.lastAnswer()).toMatchObject({ text: "Это действие вам недоступно.", show_alert: true });

    const m = await person({ role: "methodologist" });
    await m.u.send(`/start event_${eventId}`);
    await m.u.press("✔️ Отметить посещаемость");
    expect(m.u.lastMessage().text).toContain("Записано: 2");
    expect(m.u.lastMessage().buttons.slice(0, 2)).toEqual([["▫️ Аннина Анна"], ["▫️ Борисов Борис"]]);
    await m.u.press("▫️ Борисов Борис");
    expect(m.u.lastAnswer()?.text).toBe("Отмечен(а): был(а)");
    expect(m.u.lastMessage().buttons[1]).toEqual(["✅ Борисов Борис"]);
    const attended = await t.db.registration.findMany({ where: { eventId, attended: true }, select: { userId: true } });
    expect(attended).toEqual([{ userId: boris.row.id }]);
  });

  it("a check-in code sent during the event marks the person present; outside it the code does nothing", async () => {
    const eventId = await makeEvent(t.db, { title: "Вебинар с кодом" });
    const teacher = await person();
    await signUp(eventId, teacher.u);
    const m = await person({ role: "methodologist" });
    await m.u.send(`/start event_${eventId}`);
    await m.u.press("✔️ Отметить посещаемость");
    await m.u.press("🔑 Код для отметки");
    const code = /<b>(\d{6})<\/b>|(\d{6})/.exec(m.u.lastMessage().text)!.slice(1).find(Boolean)!;

    await teacher.u.send(code);
    expect(teacher.u.lastMessage().text).not.toContain("Вы отмечены");
    await t.db.event.update({ where: { id: eventId }, data: { startsAt: new Date(Date.now() - 600_000), endsAt: new Date(Date.now() + 3_600_000) } });
    await teacher.u.send(code);
    expect(teacher.u.lastMessage().text).toContain("Вы отмечены на «Вебинар с кодом»");
    expect((await t.db.registration.findFirstOrThrow({ where: { eventId, userId: teacher.row.id } })).attended).toBe(true);
  });
});

describe("coordinators", () => {
  it("see who from their school signed up, and nobody from elsewhere", async () => {
    const eventId = await makeEvent(t.db, { title: "Конкурс" });
    const colleague = await person({ fullName: "Коллегова Вера" });
    await signUp(eventId, colleague.u);
    const otherSchool = await t.db.school.findFirstOrThrow({ where: { id: { not: colleague.row.schoolId! } } });
    const stranger = await person({ fullName: "Чужая Ольга" });
    await t.db.user.update({ where: { id: stranger.row.id }, data: { schoolId: otherSchool.id, municipalityId: otherSchool.municipalityId } });
    await signUp(eventId, stranger.u);

    const c = await person({ role: "coordinator" });
    await c.u.send(`/start event_${eventId}`);
    await c.u.press("👥 Записавшиеся от моих школ");
    expect(c.u.lastMessage().text).toContain("От ваших школ: 1");
    expect(c.u.lastMessage().text).toContain("Коллегова Вера");
    expect(c.u.lastMessage().text).not.toContain("Чужая Ольга");
  });
});
