// Buttons that carry what people typed (names, meeting topics) fit a phone: one line of at most
// 40 characters, cut with "…", an emoji never halved, a line break shown as a space. The screens
// behind them still show the whole text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MENTORING_DATA } from "../../../src/features/mentoring/callbacks.ts";
import { MEETING_DATA } from "../../../src/features/mentoring/meetings/callbacks.ts";
import { FakeClock } from "../../support/clock.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { atMenu, makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let h: AppHarness;
let w: MentoringWorld;

// 100 characters, the longest name a profile takes.
const LONG_NAME = "Константинопольская-Преображенская Александра-Виктория Вильгельмина-Станиславовна Оглы Кызыл Младшая";
// The emoji sits where a cut by UTF-16 units would halve it; a second line follows.
/** The name's first 37 characters, as a button shows them after a mark and a space. */
const NAME_CUT = "Константинопольская-Преображенская Ал…";
const LONG_TOPIC = `${"Т".repeat(38)}🎯 разбор урока\nи план на четверть`;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db, clock: new FakeClock(NOW) });
  w = await makeMentoringWorld(t.db);
});
afterAll(() => t.drop());

/** Every label of the message's buttons fits: one line, 40 characters at most, whole characters only. */
function expectLabelsFit(u: FakeUser) {
  for (const label of u.lastMessage().buttons.flat()) {
    expect(Array.from(label).length, label).toBeLessThanOrEqual(40);
    // A lone half of a surrogate pair: an emoji cut in two.
    expect(label, label).not.toMatch(/\p{Cs}/u);
    expect(label, label).not.toMatch(/\n/);
  }
}

describe("buttons with people's text", () => {
  it("a long meeting topic and a long name are cut on the buttons, whole on the screens", async () => {
    expect(LONG_NAME).toHaveLength(100);
    const mentee = await person(t.db, LONG_NAME, w.schoolA, { years: 1, subjects: ["math"] });
    const pair = await t.db.mentorPair.create({ data: { mentorId: w.anna.id, menteeId: mentee.id, status: "active", subject: "math", startedAt: NOW } });
    const meeting = await t.db.pairMeeting.create({ data: { pairId: pair.id, startsAt: new Date("2026-12-12T09:00:00Z"), topic: LONG_TOPIC } });

    const anna = await atMenu(h, w.anna);
    await anna.press("🤝 Наставничество");
    expect(anna.lastMessage().buttons.flat()).toContain(`🤝 ${NAME_CUT}`);
    expectLabelsFit(anna);

    await anna.pressData(MEETING_DATA.list(pair.id));
    expect(anna.lastMessage().buttons[0]).toEqual([`🗓 12.12 15:00 · ${"Т".repeat(23)}…`]);
    expectLabelsFit(anna);
    await anna.press(`🗓 12.12 15:00 · ${"Т".repeat(23)}…`);
    expect(anna.lastMessage().text).toContain(LONG_TOPIC);

    // A topic of short words: the cut falls after the emoji, which stays whole, the line break a space.
    await t.db.pairMeeting.update({ where: { id: meeting.id }, data: { topic: "План 🎯🎯 на\nчетверть: открытые уроки, взаимопосещения" } });
    await anna.pressData(MEETING_DATA.list(pair.id));
    expect(anna.lastMessage().buttons[0]).toEqual(["🗓 12.12 15:00 · План 🎯🎯 на четверть: от…"]);
    expectLabelsFit(anna);
  });

  it("the coordinators' lists cut long names too", async () => {
    const coordinator = await atMenu(h, await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id }));
    await person(t.db, `${LONG_NAME.slice(0, 60)} Вторая`, w.schoolA, { years: 0, subjects: ["math"] });
    await coordinator.pressData(MENTORING_DATA.young("s", w.schoolA.id, 0));
    expect(coordinator.lastMessage().buttons.flat()).toContain(`👤 ${NAME_CUT}`);
    expectLabelsFit(coordinator);
    await coordinator.press(`👤 ${NAME_CUT}`);
    expectLabelsFit(coordinator);
    await coordinator.pressData(MENTORING_DATA.pairs("s", w.schoolA.id, 0));
    expect(coordinator.lastMessage().buttons.flat()).toContain(`✅ ${NAME_CUT}`);
    expectLabelsFit(coordinator);
  });
});
