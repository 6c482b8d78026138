import { afterAll, beforeAll } from "vitest";
import { createTestDb, type TestDb } from "./db.ts";
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
