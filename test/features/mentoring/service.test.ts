// Mentoring apart from Telegram (issue #15, points 1 and 2): who may offer to mentor, the mentors
// suggested on a known world (a shared subject, a free place, the same school first, the same
// municipality only), a pair proposed and accepted by both, a request approved with a mentor,
// a pair ended with a reason, and everyone else's attempts refused with nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "../../../src/core/member.ts";
import type { ReportScope } from "../../../src/features/reports/scope.ts";
import { memberOf } from "../../support/factories.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { acceptPair, declinePair, endPair } from "../../../src/features/mentoring/answer.ts";
import { offerOf, saveOffer, withdrawOffer } from "../../../src/features/mentoring/offers.ts";
import { cancelRequest, proposePair, requestMentor } from "../../../src/features/mentoring/pairs.ts";
import { suggestMentors } from "../../../src/features/mentoring/suggest.ts";
import { makeMentoringWorld, NOW, person, staff, type MentoringWorld } from "./world.ts";

let t: TestDb;
let w: MentoringWorld;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  w = await makeMentoringWorld(t.db);
});
afterAll(() => t.drop());

const names = async (menteeId: number) => (await suggestMentors(t.db, menteeId)).map((each) => each.name);
const pairOf = (id: number) => t.db.mentorPair.findUniqueOrThrow({ where: { id } });
const outbox = (pairId: number) => t.db.outboxMessage.findMany({ where: { source: `pair:${pairId}` }, orderBy: { id: "asc" }, select: { userId: true, payload: true } });
const keysTo = async (pairId: number) => (await outbox(pairId)).map((row) => [row.userId, (JSON.parse(row.payload) as { key: string }).key]);

describe("offers", () => {
  it("are for teachers of five years or more, with at least one subject and 1 to 10 mentees", async () => {
    const young = await person(t.db, "Новенькая Нина", w.schoolA, { years: 4, subjects: ["math"] });
    const input = { subjects: ["math"], capacity: 2, note: null };
    expect(await saveOffer(t.db, { userId: young.id, input, now: NOW })).toBe("not-eligible");
    const ready = await person(t.db, "Пятилетняя Пелагея", w.schoolB, { years: 5, subjects: ["biology"] });
    for (const bad of [{ ...input, capacity: 11 }, { ...input, capacity: 0 }, { ...input, subjects: [] }, { ...input, subjects: ["astrology"] }, { ...input, note: " " }, { ...input, note: "x".repeat(301) }]) {
      expect(await saveOffer(t.db, { userId: ready.id, input: bad, now: NOW })).toBe("invalid");
    }
    expect(await offerOf(t.db, ready.id)).toBeNull();
    expect(await saveOffer(t.db, { userId: ready.id, input: { subjects: ["chemistry", "biology"], capacity: 3, note: "  по  средам " }, now: NOW })).toBe("saved");
    expect(await offerOf(t.db, ready.id)).toEqual({ active: true, capacity: 3, note: "по средам", subjects: ["chemistry", "biology"], mentees: 0 });
    expect(await withdrawOffer(t.db, ready.id)).toBe(true);
    expect(await withdrawOffer(t.db, ready.id)).toBe(false);
    expect((await offerOf(t.db, ready.id))?.active).toBe(false);
    // Offering again brings them back, with what they chose now.
    expect(await saveOffer(t.db, { userId: ready.id, input: { subjects: ["biology"], capacity: 1, note: null }, now: NOW })).toBe("saved");
    expect(await offerOf(t.db, ready.id)).toMatchObject({ active: true, subjects: ["biology"], capacity: 1, note: null });
  });
});

describe("suggestions", () => {
  it("are mentors of a shared subject with a free place in the municipality, the same school first, the least loaded next", async () => {
    // Anna (A, 0 of 1), Zoya (A, 1 of 3), Boris (B, 0 of 2). Not Galina (A, full with a proposed pair),
    // Vera (Russian only), Elena (withdrawn), Dmitry (another municipality).
    expect(await names(w.yana.id)).toEqual(["Опытная Анна Ивановна", "Занятая Зоя Петровна", "Соседний Борис Ильич"]);
    const [first] = await suggestMentors(t.db, w.yana.id);
    expect(first).toMatchObject({ sameSchool: true, subject: "math", mentees: 0, capacity: 1, school: w.schoolA.name });
  });

  it("for a request in any subject take in mentors of other subjects too, after those of the young teacher's own", async () => {
    const liza = await person(t.db, "Любознательная Лиза", w.schoolA, { years: 1, subjects: ["math"] });
    expect(await names(liza.id)).toEqual(["Опытная Анна Ивановна", "Занятая Зоя Петровна", "Соседний Борис Ильич"]);
    expect(await requestMentor(t.db, { userId: liza.id, subject: null, now: NOW })).toMatchObject({ kind: "requested" });
    // Vera (Russian) and Pelageya (biology, the offers test's) are suggested now: each after the
    // mathematicians of her school.
    expect(await names(liza.id)).toEqual(["Опытная Анна Ивановна", "Занятая Зоя Петровна", "Словесник Вера Николаевна", "Соседний Борис Ильич", "Пятилетняя Пелагея"]);
    expect((await suggestMentors(t.db, liza.id)).map((each) => each.subject)).toEqual(["math", "math", "russian", "math", "biology"]);
    const request = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: liza.id, status: "requested" } });
    expect(await cancelRequest(t.db, { userId: liza.id, pairId: request.id, now: NOW })).toBe("cancelled");
  });
});

describe("pairs", () => {
  it("a school coordinator proposes, both accept, and the pair is active; the mentor's place is taken from the moment it is proposed", async () => {
    const coordinator = await memberOf(t.db, (await staff(t.db, "Координатова Вера", { role: "coordinator", schoolId: w.schoolA.id })).id);
    const scope = { kind: "s" as const, id: w.schoolA.id };
    const proposed = await proposePair(t.db, { coordinator, scope, menteeId: w.yana.id, mentorId: w.anna.id, now: NOW });
    expect(proposed.kind).toBe("proposed");
    const pairId = proposed.kind === "proposed" ? proposed.pairId : 0;
    expect(await pairOf(pairId)).toMatchObject({ status: "proposed", mentorId: w.anna.id, menteeId: w.yana.id, subject: "math", proposedById: coordinator.userId, mentorAcceptedAt: null, menteeAcceptedAt: null });
    expect(await keysTo(pairId)).toEqual([
      [w.anna.id, "mentoring-notice-proposed-mentor"],
      [w.yana.id, "mentoring-notice-proposed-mentee"],
    ]);
    // One pair as mentee at a time; and Anna, with her one place taken, is suggested to nobody now.
    expect(await proposePair(t.db, { coordinator, scope, menteeId: w.yana.id, mentorId: w.zoya.id, now: NOW })).toEqual({ kind: "has-pair" });
    const other = await person(t.db, "Ещё Молодая Ксения", w.schoolA, { years: 1, subjects: ["math"] });
    expect(await names(other.id)).toEqual(["Занятая Зоя Петровна", "Соседний Борис Ильич"]);
    expect(await proposePair(t.db, { coordinator, scope, menteeId: other.id, mentorId: w.anna.id, now: NOW })).toEqual({ kind: "mentor-unavailable" });

    // The coordinator cannot answer for them; each answers for themselves once.
    expect(await acceptPair(t.db, { userId: coordinator.userId, pairId, now: NOW })).toBe("not-allowed");
    expect(await declinePair(t.db, { userId: w.zoya.id, pairId, now: NOW })).toBe("not-allowed");
    expect(await acceptPair(t.db, { userId: w.yana.id, pairId, now: NOW })).toBe("waiting");
    expect(await acceptPair(t.db, { userId: w.yana.id, pairId, now: NOW })).toBe("outdated");
    expect(await acceptPair(t.db, { userId: w.anna.id, pairId, now: NOW })).toBe("active");
    expect(await pairOf(pairId)).toMatchObject({ status: "active", startedAt: NOW, mentorAcceptedAt: NOW, menteeAcceptedAt: NOW });
    expect((await keysTo(pairId)).slice(2)).toEqual([
      [w.anna.id, "mentoring-notice-active"],
      [w.yana.id, "mentoring-notice-active"],
      [coordinator.userId, "mentoring-notice-active"],
    ]);
    expect(await declinePair(t.db, { userId: w.anna.id, pairId, now: NOW })).toBe("outdated");

    // Ending: not by a stranger, not without a reason or with an essay; then the other is told why.
    expect(await endPair(t.db, { userId: w.zoya.id, pairId, reason: "Просто так", now: NOW })).toEqual({ kind: "not-allowed" });
    expect(await endPair(t.db, { userId: w.yana.id, pairId, reason: "   ", now: NOW })).toEqual({ kind: "bad-reason" });
    expect(await endPair(t.db, { userId: w.yana.id, pairId, reason: "я".repeat(1000), now: NOW })).toEqual({ kind: "bad-reason" });
    expect((await pairOf(pairId)).status).toBe("active");
    expect(await endPair(t.db, { userId: w.yana.id, pairId, reason: "Переезжаю <в город>", now: NOW })).toEqual({ kind: "closed", meetingsCancelled: 0 });
    expect(await pairOf(pairId)).toMatchObject({ status: "ended", endedAt: NOW, endedById: w.yana.id, endReason: "Переезжаю <в город>" });
    const [ended] = (await outbox(pairId)).slice(-1);
    expect(ended!.userId).toBe(w.anna.id);
    expect(JSON.parse(ended!.payload)).toMatchObject({ key: "mentoring-notice-ended", args: { who: "Молодая Яна Олеговна", reason: "Переезжаю <в город>" } });
    expect(await endPair(t.db, { userId: w.anna.id, pairId, reason: "Ещё раз", now: NOW })).toEqual({ kind: "outdated" });
    // Free again: Anna is suggested once more.
    expect(await names(other.id)).toContain("Опытная Анна Ивановна");
  });

  it("refuses a coordinator outside the young teacher's place, whatever scope the button names", async () => {
    const young = await person(t.db, "Молодой Марк", w.schoolB, { years: 0, subjects: ["physics"] });
    const ofC = await memberOf(t.db, (await staff(t.db, "Координатор Цэ", { role: "coordinator", schoolId: w.schoolC.id })).id);
    const ofA = await memberOf(t.db, (await staff(t.db, "Координатор А", { role: "coordinator", schoolId: w.schoolA.id })).id);
    const teacher = await memberOf(t.db, w.anna.id);
    const attempts: { coordinator: Member; scope: ReportScope }[] = [
      { coordinator: ofC, scope: { kind: "s", id: w.schoolC.id } },
      { coordinator: ofC, scope: { kind: "s", id: w.schoolB.id } },
      { coordinator: ofC, scope: { kind: "m", id: w.schoolB.municipalityId } },
      { coordinator: ofA, scope: { kind: "s", id: w.schoolA.id } },
      { coordinator: ofA, scope: { kind: "r", id: 0 } },
      { coordinator: teacher, scope: { kind: "s", id: w.schoolB.id } },
    ];
    for (const attempt of attempts) {
      expect(await proposePair(t.db, { ...attempt, menteeId: young.id, mentorId: w.boris.id, now: NOW })).toEqual({ kind: "not-allowed" });
    }
    // A forged young teacher id: nobody of the scope.
    expect(await proposePair(t.db, { coordinator: ofA, scope: { kind: "s", id: w.schoolA.id }, menteeId: 999_999_999, mentorId: w.boris.id, now: NOW })).toEqual({ kind: "not-allowed" });
    // Not a young teacher: Anna has taught 12 years.
    expect(await proposePair(t.db, { coordinator: ofA, scope: { kind: "s", id: w.schoolA.id }, menteeId: w.anna.id, mentorId: w.zoya.id, now: NOW })).toEqual({ kind: "not-young" });
    expect(await t.db.mentorPair.count({ where: { menteeId: young.id } })).toBe(0);
  });

  it("a young teacher asks; the municipality's coordinator (the school has none) picks a mentor; the mentor accepts", async () => {
    const young = await person(t.db, "Просящий Павел", w.schoolB, { years: 1, subjects: ["math", "physics"] });
    const municipal = await staff(t.db, "Муниципальная Ольга", { role: "coordinator", municipalityId: w.schoolB.municipalityId });
    expect(await requestMentor(t.db, { userId: w.anna.id, subject: "math", now: NOW })).toEqual({ kind: "not-young" });
    expect(await requestMentor(t.db, { userId: young.id, subject: "astrology", now: NOW })).toEqual({ kind: "bad-subject" });
    expect(await requestMentor(t.db, { userId: young.id, subject: "physics", now: NOW })).toEqual({ kind: "requested", coordinators: 1 });
    expect(await requestMentor(t.db, { userId: young.id, subject: null, now: NOW })).toEqual({ kind: "has-pair" });
    const request = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: young.id } });
    expect(request).toMatchObject({ status: "requested", mentorId: null, subject: "physics", menteeAcceptedAt: NOW });
    const [told] = await outbox(request.id);
    expect(told!.userId).toBe(municipal.id);
    expect(JSON.parse(told!.payload)).toMatchObject({ key: "mentoring-notice-requested", args: { mentee: "Просящий Павел", subject: { key: "subject-physics" } } });
    // Only mentors of physics: Zoya (A, 1 of 3) and Boris (B, the same school, first).
    expect(await names(young.id)).toEqual(["Соседний Борис Ильич", "Занятая Зоя Петровна"]);

    const coordinator = await memberOf(t.db, municipal.id);
    const scope = { kind: "m" as const, id: w.schoolB.municipalityId };
    expect(await proposePair(t.db, { coordinator, scope, menteeId: young.id, mentorId: w.boris.id, now: NOW })).toEqual({ kind: "proposed", pairId: request.id });
    expect(await pairOf(request.id)).toMatchObject({ status: "proposed", mentorId: w.boris.id, subject: "physics", proposedById: municipal.id });
    expect((await keysTo(request.id)).slice(1)).toEqual([
      [w.boris.id, "mentoring-notice-proposed-mentor"],
      [young.id, "mentoring-notice-picked-mentee"],
    ]);
    expect(await cancelRequest(t.db, { userId: young.id, pairId: request.id, now: NOW })).toBe("outdated");
    expect(await acceptPair(t.db, { userId: w.boris.id, pairId: request.id, now: NOW })).toBe("active");
    expect((await pairOf(request.id)).status).toBe("active");
  });

  it("a declined proposal tells the other and the proposer; a request can be taken back by its author only", async () => {
    const young = await person(t.db, "Сомневающаяся Сара", w.schoolA, { years: 2, subjects: ["physics"] });
    const coordinator = await memberOf(t.db, (await staff(t.db, "Координатор Бэ", { role: "coordinator", schoolId: w.schoolA.id })).id);
    const proposed = await proposePair(t.db, { coordinator, scope: { kind: "s", id: w.schoolA.id }, menteeId: young.id, mentorId: w.zoya.id, now: NOW });
    const pairId = proposed.kind === "proposed" ? proposed.pairId : 0;
    expect(await declinePair(t.db, { userId: w.zoya.id, pairId, now: NOW })).toBe("closed");
    expect(await pairOf(pairId)).toMatchObject({ status: "declined", endedById: w.zoya.id });
    expect((await keysTo(pairId)).slice(2)).toEqual([
      [young.id, "mentoring-notice-declined"],
      [coordinator.userId, "mentoring-notice-declined"],
    ]);

    expect(await requestMentor(t.db, { userId: young.id, subject: null, now: NOW })).toMatchObject({ kind: "requested" });
    const request = await t.db.mentorPair.findFirstOrThrow({ where: { menteeId: young.id, status: "requested" } });
    expect(await cancelRequest(t.db, { userId: w.zoya.id, pairId: request.id, now: NOW })).toBe("not-allowed");
    expect(await cancelRequest(t.db, { userId: young.id, pairId: request.id, now: NOW })).toBe("cancelled");
    expect((await pairOf(request.id)).status).toBe("declined");
  });
});
