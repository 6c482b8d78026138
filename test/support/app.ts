import { afterAll, beforeAll } from "vitest";
import type { Role } from "../../src/generated/sqlite/enums.ts";
import { createTestDb, type TestDb } from "./db.ts";
import { createTeacher } from "./factories.ts";
import { createHarness, type AppHarness, type HarnessOptions } from "./harness.ts";

/**
 * The bot of one test file: a fresh database with the bundled directory and a harness on it,
 * made before the file's tests and dropped after. Read `app.t` and `app.h` inside the tests.
 */
export function useApp(opts: Omit<HarnessOptions, "db"> = {}): { t: TestDb; h: AppHarness } {
  const app = {} as { t: TestDb; h: AppHarness };
  beforeAll(async () => {
    app.t = await createTestDb({ directory: true });
    app.h = await createHarness({ db: app.t.db, ...opts });
  });
  afterAll(() => app.t.drop());
  return app;
}

/** A registered teacher of the app (holding `role`, when given) who has opened the menu. */
export async function teacherAtMenu(app: { t: TestDb; h: AppHarness }, fullName: string, role?: Role) {
  const row = await createTeacher(app.t.db, { fullName });
  if (role) await app.t.db.roleGrant.create({ data: { userId: row.id, role } });
  const u = app.h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  return { u, row };
}
