import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db.ts";
import { createTeacher } from "../support/factories.ts";
import { createHarness, type AppHarness } from "../support/harness.ts";

let t: TestDb;
let h: AppHarness;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterAll(() => t.drop());

it("a 429 from Telegram in the middle of a question is waited out, and the answer still arrives", async () => {
  const row = await createTeacher(t.db);
  const u = h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  await u.press("👤 Профиль");
  await u.press("✏️ ФИО");
  h.telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }, { chatId: u.id });
  await u.send("Иванова Анна Ивановна");
  expect(u.messages().slice(-2)[0]?.text).toContain("Сохранено");
  expect(h.errors).toEqual([]);
  expect(h.telegram.calls.filter((call) => call.method === "sendMessage" && call.response?.ok === false)).toHaveLength(1);
  expect((await t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe("Иванова Анна Ивановна");
});
