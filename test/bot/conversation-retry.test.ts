import { expect, it } from "vitest";
import { useApp } from "../support/app.ts";
import { createTeacher } from "../support/factories.ts";

const app = useApp();

it("a 429 from Telegram in the middle of a question is waited out, and the answer still arrives", async () => {
  const row = await createTeacher(app.t.db);
  const u = app.h.user({ id: Number(row.telegramId) });
  await u.send("/menu");
  await u.press("👤 Профиль");
  await u.press("✏️ ФИО");
  app.h.telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }, { chatId: u.id });
  await u.send("Иванова Анна Ивановна");
  expect(u.messages().slice(-2)[0]?.text).toContain("Сохранено");
  expect(app.h.errors).toEqual([]);
  expect(app.h.telegram.calls.filter((call) => call.method === "sendMessage" && call.response?.ok === false)).toHaveLength(1);
  expect((await app.t.db.user.findUniqueOrThrow({ where: { id: row.id } })).fullName).toBe("Иванова Анна Ивановна");
});
