// Documents that once stopped the bot for everyone: refused with a reason in the sender's language,
// read off the main thread so other chats are answered meanwhile, and saved in short transactions.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testProvider } from "../../support/db-names.ts";
import { configurePlanReader } from "../../../src/features/plans/read-in-worker.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createHarness, type AppHarness, type FakeUser } from "../../support/harness.ts";
import { createTeacher } from "../../support/factories.ts";
import { hugeDocumentXml, manyMeasures, planText, zipOf } from "./support/plan-text.ts";

let t: TestDb;
let h: AppHarness;
let restoreReader = () => {};

async function person(lang: string, role?: "methodologist"): Promise<FakeUser> {
  const row = await createTeacher(t.db, { lang });
  if (role) await t.db.roleGrant.create({ data: { userId: row.id, role } });
  return h.user({ id: Number(row.telegramId), languageCode: lang });
}

/** A worker that holds its thread until released: shows whether the bot waits for it. */
function heldReader(changes: { timeoutMs?: number } = {}) {
  const hold = new Int32Array(new SharedArrayBuffer(8));
  restoreReader = configurePlanReader({ module: new URL("./support/held-reader.ts", import.meta.url), extraData: { hold }, ...changes });
  return {
    held: async () => {
      while (Atomics.load(hold, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    release: () => {
      Atomics.store(hold, 0, 1);
      Atomics.notify(hold, 0);
    },
  };
}

beforeAll(async () => {
  t = await createTestDb({ directory: true });
  h = await createHarness({ db: t.db });
});
afterEach(() => restoreReader());
afterAll(() => t.drop());

const title = "План мероприятий на 2026 год";

// Refused while reading, before any database work: once per suite, on the SQLite default.
describe.runIf(testProvider() === "sqlite")("documents that would take everyone's memory or time", () => {
  it("a .docx that unpacks to 40 MB is refused before it is unpacked, in Russian and in English", async () => {
    const xml = hugeDocumentXml(40 * 1024 * 1024);
    const bomb = zipOf([{ name: "word/document.xml", data: xml }]);
    const ru = await person("ru", "methodologist");
    await ru.sendDocument({ fileName: "plan.docx", content: bomb });
    expect(ru.lastMessage().text).toContain("слишком велик в распакованном виде");
    const en = await person("en", "methodologist");
    await en.sendDocument({ fileName: "plan.docx", content: zipOf([{ name: "word/document.xml", data: xml, declaredSize: 900 }]) });
    expect(en.lastMessage().text).toContain("too large once unpacked");
    expect(await t.db.pendingImport.count()).toBe(0);
  }, 60_000);

  it("a plan of 20,000 rows and one of 2,001 measures are refused with their reasons, in Russian and in English", async () => {
    const ru = await person("ru", "methodologist");
    await ru.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(20_000) }) });
    expect(ru.lastMessage().text).toContain("больше 10 000 строк");
    const en = await person("en", "methodologist");
    await en.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(2_001) }) });
    expect(en.lastMessage().text).toContain("over 2,000 measures");
    await en.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(20_000) }) });
    expect(en.lastMessage().text).toContain("over 10,000 lines");
    expect(await t.db.pendingImport.count()).toBe(0);
  }, 60_000);

  it("a document still being read when its time is up is refused as too complex; the next one reads", async () => {
    heldReader({ timeoutMs: 300 }); // never released
    const ru = await person("ru", "methodologist");
    await ru.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(3) }) });
    expect(ru.lastMessage().text).toContain("Документ слишком сложный");
    restoreReader();
    await ru.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(3) }) });
    expect(ru.lastMessage().buttons).toEqual([["💾 Сохранить", "✖️ Отмена"]]);
    await ru.press("✖️ Отмена");
  });
});

describe("everyone else is answered meanwhile", () => {
  it("a teacher's /menu is answered while a methodologist's document is being read, and the import then completes", async () => {
    const reader = heldReader();
    const methodologist = await person("ru", "methodologist");
    const teacher = await person("ru");
    const importing = methodologist.sendDocument({ fileName: "plan.txt", content: planText({ title, measures: manyMeasures(3) }) });
    await reader.held();
    // The worker's thread is blocked now; were the document read on the main thread, this would never be answered.
    await teacher.send("/menu");
    expect(teacher.lastMessage().text).toContain("Главное меню");
    expect(methodologist.lastMessage().text).toContain("Читаю «plan.txt»");
    reader.release();
    await importing;
    expect(methodologist.lastMessage().text).toContain("Мероприятий: 3");
    await methodologist.press("✖️ Отмена");
  });

  it("saving a 2,000-measure plan lets a teacher's /menu through between its transactions", async () => {
    const methodologist = await person("ru", "methodologist");
    const teacher = await person("ru");
    await methodologist.sendDocument({ fileName: "big.txt", content: planText({ title: "План мероприятий большой на 2026 год", measures: manyMeasures(2_000) }) });
    const before = await t.db.measure.count();
    let settled = false;
    const saving = methodologist.press("💾 Сохранить").finally(() => (settled = true));
    // Wait for the first transaction of measures to commit; a save in one transaction would show all 2,000 at once.
    // (Each look waits a moment: back-to-back queries would keep the one SQLite connection from the save.)
    while (!settled && (await t.db.measure.count()) === before) await new Promise((resolve) => setTimeout(resolve, 20));
    await teacher.send("/menu");
    expect(teacher.lastMessage().text).toContain("Главное меню");
    const storedWhenAnswered = (await t.db.measure.count()) - before;
    expect(storedWhenAnswered).toBeLessThan(2_000);
    await saving;
    expect(methodologist.lastMessage().text).toMatch(/Новых мероприятий: 2\s?000/);
    expect((await t.db.measure.count()) - before).toBe(2_000);
  }, 120_000);
});
