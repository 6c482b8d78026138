// A coordinator declines a young teacher's request for a mentor (from the young teacher's screen in
// the scope's list): one of the usual reasons, a tap; the young teacher is told who declined and
// why in their own language, and may ask again. Another scope's coordinator, a teacher, a forged
// reason or a pair that is no request any more change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { atMenu, makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let h: AppHarness;
let w: MentoringWorld;
let coordinator: FakeUser;
let coordinatorId: number;

const NOT_ALLOWED = { text: "Это действие вам недоступно.", show_alert: true };
const GONE = { text: "Эта просьба уже не ждёт ответа: педагог отозвал её или другой координатор уже ответил. Вот что сейчас.", show_alert: true };
const REASONS = [["Нет свободного наставника по предмету"], ["Наставника назначит школа"], ["Уточните стаж и предметы в профиле"], ["Сначала обсудим лично"]];

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
  w = await makeMentoringWorld(t.db);
  const row = await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id });
  coordinatorId = row.id;
  coordinator = await atMenu(h, row);
});
afterAll(() => t.drop());

/** A young teacher of school A who has asked for a mentor through the chat, pressing the subject `subject` names. */
async function askingTeacher(fullName: string, opts: { subject: string; lang?: string }) {
  const row = await person(t.db, fullName, w.schoolA, { years: 1, subjects: ["chemistry"], ...(opts.lang ? { lang: opts.lang } : {}) });
  const u = await atMenu(h, row);
  await u.pressData(MENTORING_DATA.askSubject());
  await u.press(opts.subject);
  const request = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: row.id, status: "requested" } });
  return { u, row, request };
}

const pairOf = (id: number) => t.db.mentorPair.findUniqueOrThrow({ where: { id } });

describe("a coordinator declines a request for a mentor", () => {
  it("with a reason from the young teacher's screen; the young teacher is told why and asks again", async () => {
    const kira = await askingTeacher("Молодая Кира", { subject: "Химия" });
    expect(coordinator.lastMessage().text).toBe(`🙋 Молодая Кира (${w.schoolA.name}) просит наставника, предмет: Химия.`);
    await coordinator.press("🔎 Подобрать наставника");
    expect(coordinator.lastMessage().text).toContain("🙋 Просит наставника, предмет: Химия.");
    // No mentor of chemistry: declining is what is left, besides going back.
    expect(coordinator.lastMessage().text).toContain("Подходящих наставников нет");
    expect(coordinator.lastMessage().buttons).toEqual([["✖️ Отклонить просьбу"], ["‹ Назад"]]);

    await coordinator.press("✖️ Отклонить просьбу");
    expect(coordinator.lastMessage().text).toBe(
      [
        "Отклонить просьбу о наставнике?",
        `Молодая Кира (${w.schoolA.name}) просит наставника, предмет: Химия.`,
        "",
        "Выберите причину: педагог получит её в уведомлении и сможет попросить наставника снова, когда будет готов.",
      ].join("\n"),
    );
    expect(coordinator.lastMessage().buttons).toEqual([...REASONS, ["‹ Назад"]]);
    // Back changes nothing.
    await coordinator.press("‹ Назад");
    expect(coordinator.lastMessage().text).toContain("Наставник для: Молодая Кира");
    expect((await pairOf(kira.request.id)).status).toBe("requested");

    await coordinator.press("✖️ Отклонить просьбу");
    await coordinator.press("Нет свободного наставника по предмету");
    expect(coordinator.lastAnswer()?.text).toBe("Просьба отклонена: педагог получит уведомление с причиной.");
    // Back to the scope's young teachers: Kira is one of them still, no longer asking.
    expect(coordinator.lastMessage().text).toContain("Молодые педагоги без наставника");
    expect(coordinator.lastMessage().buttons.flat()).toContain("👤 Молодая Кира");
    expect(await pairOf(kira.request.id)).toMatchObject({ status: "declined", endedAt: NOW, endedById: coordinatorId, endReason: "Нет свободного наставника по предмету" });

    expect(kira.u.lastMessage().text).toBe(
      [
        "✖️ Координатова Вера отклонил(а) вашу просьбу о наставнике (предмет: Химия).",
        "Причина: Нет свободного наставника по предмету",
        "Попросить снова можно в любой момент в разделе «🤝 Наставничество».",
      ].join("\n"),
    );
    expect(kira.u.lastMessage().buttons).toEqual([["🤝 Наставничество"]]);
    await kira.u.press("🤝 Наставничество");
    expect(kira.u.lastMessage().text).toContain("попросите наставника, и координатор подберёт его");
    await kira.u.press("🙋 Попросить наставника");
    await kira.u.press("Любой предмет");
    expect(kira.u.lastAnswer()?.text).toBe("Просьба отправлена координатору.");
    const again = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: kira.row.id, status: "requested" } });

    // The old request's button, pressed again, declines neither it (twice) nor the new one.
    await coordinator.pressData(MENTORING_DATA.declineRequest("s", w.schoolA.id, kira.request.id, "talk"));
    expect(coordinator.lastAnswer()).toMatchObject(GONE);
    expect(coordinator.lastMessage().text).toContain("🙋 Просит наставника, предмет: любой.");
    expect((await pairOf(kira.request.id)).endReason).toBe("Нет свободного наставника по предмету");
    expect((await pairOf(again.id)).status).toBe("requested");
    expect(await t.db.outboxMessage.count({ where: { source: `pair:${kira.request.id}`, userId: kira.row.id } })).toBe(1);
  });

  it("the young teacher reads the reason in their own language", async () => {
    const lena = await askingTeacher("Young Lena", { subject: "Any subject", lang: "en" });
    await coordinator.pressData(MENTORING_DATA.declineRequestAsk("s", w.schoolA.id, lena.request.id));
    await coordinator.press("Наставника назначит школа");
    expect(await pairOf(lena.request.id)).toMatchObject({ status: "declined", endReason: "Наставника назначит школа" });
    expect(lena.u.lastMessage().text).toBe(
      ["✖️ Координатова Вера declined your request for a mentor (subject: any).", "Reason: The school will assign a mentor", "You can ask again at any time in “🤝 Mentoring”."].join("\n"),
    );
    expect(lena.u.lastMessage().buttons).toEqual([["🤝 Mentoring"]]);
  });

  it("changes nothing for another scope's coordinator, a teacher, a forged reason, or a pair that is no request", async () => {
    const mila = await askingTeacher("Молодая Мила", { subject: "Химия" });
    const elsewhere = await atMenu(h, await staff(t.db, "Чужой Координатор", { role: "coordinator", schoolId: w.schoolC.id }));
    for (const data of [
      MENTORING_DATA.declineRequestAsk("s", w.schoolC.id, mila.request.id),
      MENTORING_DATA.declineRequest("s", w.schoolC.id, mila.request.id, "talk"),
      MENTORING_DATA.declineRequest("s", w.schoolA.id, mila.request.id, "talk"),
    ]) {
      await elsewhere.pressData(data);
      expect(elsewhere.lastAnswer()).toMatchObject(NOT_ALLOWED);
    }
    const anna = await atMenu(h, w.anna);
    await anna.pressData(MENTORING_DATA.declineRequest("s", w.schoolA.id, mila.request.id, "talk"));
    expect(anna.lastAnswer()).toMatchObject(NOT_ALLOWED);
    // The scope's own coordinator, with a made-up reason, a made-up pair, and an active pair.
    await coordinator.pressData(`mt:dr:s:${w.schoolA.id}:${mila.request.id}:because`);
    expect(coordinator.lastAnswer()?.text).toBe("Эта кнопка устарела.");
    await coordinator.pressData(MENTORING_DATA.declineRequest("s", w.schoolA.id, 999_999_999, "talk"));
    expect(coordinator.lastAnswer()).toMatchObject(NOT_ALLOWED);
    const olgaPair = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: w.olga.id } });
    await coordinator.pressData(MENTORING_DATA.declineRequest("s", w.schoolA.id, olgaPair.id, "talk"));
    expect(coordinator.lastAnswer()).toMatchObject(GONE);
    expect((await pairOf(olgaPair.id)).status).toBe("active");
    expect(await pairOf(mila.request.id)).toMatchObject({ status: "requested", endedAt: null, endReason: null });

    // Taken back by the young teacher meanwhile: the coordinator's reasons screen is out of date.
    await coordinator.pressData(MENTORING_DATA.declineRequestAsk("s", w.schoolA.id, mila.request.id));
    await mila.u.pressData(MENTORING_DATA.cancelAsk(mila.request.id));
    await coordinator.press("Сначала обсудим лично");
    expect(coordinator.lastAnswer()).toMatchObject(GONE);
    expect(await pairOf(mila.request.id)).toMatchObject({ status: "declined", endedById: mila.row.id, endReason: null });
    // Mila, who took it back herself, is told nothing.
    expect(await t.db.outboxMessage.count({ where: { source: `pair:${mila.request.id}`, userId: mila.row.id } })).toBe(0);
  });
});
