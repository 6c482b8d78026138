// The rules of taking a questionnaire, without Telegram: order of answers, outdated input,
// retake interval, results with the change since the previous attempt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";
import { answer, attemptResults, openQuestionnaire, retake, showQuestion } from "../../../src/features/diagnostics/take-service.ts";
import type { Member } from "../../../src/core/member.ts";
import { createQuestionnaire } from "./take-support.ts";

let t: TestDb;
const NOW = new Date("2030-12-01T03:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

/** The message the questions are shown in. */
const SCREEN = 501;

async function person(): Promise<Member> {
  return memberOf(t.db, (await createTeacher(t.db)).id);
}

async function startedAttempt(member: Member, questionnaireId: number): Promise<number> {
  const opened = await openQuestionnaire(t.db, member, questionnaireId, NOW, SCREEN);
  if (opened.kind !== "question") throw new Error(`expected a question, got ${opened.kind}`);
  expect(opened.view.index).toBe(0);
  return opened.view.attemptId;
}

async function answerAll(member: Member, attemptId: number, options: string[], at: Date) {
  let last;
  for (const [index, optionId] of options.entries()) last = await answer(t.db, member.userId, { attemptId, index, optionId, messageId: SCREEN }, at);
  return last;
}

describe("taking", () => {
  it("accepts the current or an earlier question only, with one of its options, from the person's own open attempt", async () => {
    const questionnaireId = await createQuestionnaire(t.db);
    const [me, other] = [await person(), await person()];
    const attemptId = await startedAttempt(me, questionnaireId);
    expect(await answer(t.db, me.userId, { attemptId, index: 1, optionId: "yes", messageId: SCREEN }, NOW)).toEqual({ kind: "outdated" });
    expect(await answer(t.db, me.userId, { attemptId, index: 0, optionId: "maybe", messageId: SCREEN }, NOW)).toEqual({ kind: "outdated" });
    expect(await answer(t.db, other.userId, { attemptId, index: 0, optionId: "yes", messageId: SCREEN }, NOW)).toEqual({ kind: "outdated" });
    const step = await answer(t.db, me.userId, { attemptId, index: 0, optionId: "yes", messageId: SCREEN }, NOW);
    expect(step).toMatchObject({ kind: "question", view: { index: 1, total: 4, chosen: null } });
    // Back to the first: its answer shown; a question beyond the current one is not reachable.
    expect(await showQuestion(t.db, me.userId, attemptId, 0, { messageId: SCREEN })).toMatchObject({ kind: "question", view: { index: 0, chosen: "yes" } });
    expect(await showQuestion(t.db, me.userId, attemptId, 2, { messageId: SCREEN })).toEqual({ kind: "outdated" });
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("an old message of the same attempt is outdated once the questionnaire was opened in another", async () => {
    const questionnaireId = await createQuestionnaire(t.db);
    const me = await person();
    const attemptId = await startedAttempt(me, questionnaireId);
    // Opened again from a new list message: the questions move there.
    expect(await openQuestionnaire(t.db, me, questionnaireId, NOW, SCREEN + 1)).toMatchObject({ kind: "question", view: { index: 0 } });
    expect(await answer(t.db, me.userId, { attemptId, index: 0, optionId: "yes", messageId: SCREEN }, NOW)).toEqual({ kind: "outdated" });
    expect(await showQuestion(t.db, me.userId, attemptId, 0, { messageId: SCREEN })).toEqual({ kind: "outdated" });
    expect(await t.db.answer.count({ where: { attemptId } })).toBe(0);
    expect(await answer(t.db, me.userId, { attemptId, index: 0, optionId: "yes", messageId: SCREEN + 1 }, NOW)).toMatchObject({ kind: "question" });
  });

  it("finishes with scores, refuses a retake before the interval, and gives the change after it", async () => {
    const questionnaireId = await createQuestionnaire(t.db);
    const me = await person();
    const first = await startedAttempt(me, questionnaireId);
    expect(await answerAll(me, first, ["yes", "rather-yes", "no", "rather-no"], NOW)).toEqual({ kind: "finished", attemptId: first });
    expect(await openQuestionnaire(t.db, me, questionnaireId, NOW, SCREEN)).toEqual({ kind: "results", attemptId: first });
    expect(await retake(t.db, me, questionnaireId, new Date(NOW.getTime() + 29 * DAY), SCREEN)).toEqual({ kind: "too-early", retakeFrom: new Date(NOW.getTime() + 30 * DAY) });

    const later = new Date(NOW.getTime() + 30 * DAY);
    const again = await retake(t.db, me, questionnaireId, later, SCREEN);
    if (again.kind !== "question") throw new Error(again.kind);
    const second = again.view.attemptId;
    await answerAll(me, second, ["yes", "yes", "rather-yes", "rather-yes"], later);
    const results = await attemptResults(t.db, me.userId, second);
    expect(results?.areas.map(({ id, score, previous, change }) => ({ id, score, previous, change }))).toEqual([
      { id: "subject", score: 100, previous: 83, change: 17 },
      { id: "digital", score: 67, previous: 17, change: 50 },
    ]);
    expect(results?.deficits).toEqual([]);
    expect((await attemptResults(t.db, me.userId, first))?.deficits).toEqual(["digital"]);
    expect(await attemptResults(t.db, (await person()).userId, second)).toBeNull();
  });
});
