import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestDb, type TestDb } from "./db.ts";
import { createTeacher } from "./factories.ts";
import { createHarness, type AppHarness, type FakeUser } from "./harness.ts";

export type Methodologists = { t: TestDb; h: AppHarness; ru: FakeUser; en: FakeUser; ruId: number; enId: number };

/**
 * A test file's bot with two methodologists, one reading Russian and one English, each starting
 * every test with no question open. Read the fields inside the tests (they are set before them).
 */
export function useMethodologists(): Methodologists {
  const staff = {} as Methodologists;
  beforeAll(async () => {
    staff.t = await createTestDb({ directory: true });
    staff.h = await createHarness({ db: staff.t.db });
    const a = await createTeacher(staff.t.db, { fullName: "Методистова Елена Петровна", lang: "ru" });
    const b = await createTeacher(staff.t.db, { fullName: "Smith Mary", lang: "en" });
    for (const row of [a, b]) await staff.t.db.roleGrant.create({ data: { userId: row.id, role: "methodologist" } });
    staff.ru = staff.h.user({ id: Number(a.telegramId), languageCode: "ru" });
    staff.en = staff.h.user({ id: Number(b.telegramId), languageCode: "en" });
    staff.ruId = a.id;
    staff.enId = b.id;
  });
  afterAll(() => staff.t.drop());
  beforeEach(async () => {
    await staff.ru.send("/cancel");
    await staff.en.send("/cancel");
  });
  return staff;
}
