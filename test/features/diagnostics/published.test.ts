// The menu's question "is a questionnaire open for me?" is answered from the published
// questionnaires a process keeps for a minute: its own changes show at once, another instance's
// within the minute, and each audience is respected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERYONE } from "../../../src/core/audience.ts";
import { loadMember, type Member } from "../../../src/core/member.ts";
import { closeQuestionnaire, publishQuestionnaire } from "../../../src/features/diagnostics/manage-service.ts";
import { hasQuestionnaires } from "../../../src/features/diagnostics/published.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";
import { createQuestionnaire } from "./take-support.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
let t: TestDb;
let teacher: Member;

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  const row = await createTeacher(t.db, { fullName: "Учитель" });
  teacher = (await loadMember(t.db, { id: row.id }, { adminIds: [], now: NOW }))!;
});
afterAll(() => t.drop());

describe("whether a questionnaire is open for a person", () => {
  it("shows this process's publishing and closing at once, another instance's within a minute", async () => {
    expect(await hasQuestionnaires(t.db, teacher, NOW)).toBe(false);

    // Published by another instance: this one still holds what it read.
    const elsewhere = await createQuestionnaire(t.db, { status: "published", audience: EVERYONE });
    expect(await hasQuestionnaires(t.db, teacher, later(30))).toBe(false);
    expect(await hasQuestionnaires(t.db, teacher, later(61))).toBe(true);

    // Closed here: at once.
    await closeQuestionnaire(t.db, elsewhere, later(62));
    expect(await hasQuestionnaires(t.db, teacher, later(62))).toBe(false);
    await publishQuestionnaire(t.db, elsewhere, later(63));
    expect(await hasQuestionnaires(t.db, teacher, later(63))).toBe(true);
    await closeQuestionnaire(t.db, elsewhere, later(64));
  });

  it("answers for the person's audience only", async () => {
    const forOthers = await createQuestionnaire(t.db, { status: "draft", audience: { ...EVERYONE, roles: ["methodologist"] } });
    await publishQuestionnaire(t.db, forOthers, later(120));
    expect(await hasQuestionnaires(t.db, teacher, later(120))).toBe(false);
    expect(await hasQuestionnaires(t.db, { ...teacher, roles: [...teacher.roles, "methodologist"] }, later(120))).toBe(true);
  });
});
