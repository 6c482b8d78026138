import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { testProvider } from "../../support/db-names.ts";

const run = promisify(execFile);
const SEED = path.resolve("test/fixtures/plans/okoneshnikovo-2021-order-209b.txt");

let t: TestDb;

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/plan-import.ts", ...args], { env: { ...process.env, DATABASE_URL: t.url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Once per suite, on SQLite: the command line's parsing and output; saving is tested on both databases.
describe.runIf(testProvider() === "sqlite")("npm run plan:import", () => {
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("--json --dry-run prints one JSON document in the documented shape and saves nothing", async () => {
    const { code, stdout } = await cli([SEED, "--json", "--dry-run"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["plan", "sections", "measures", "obligations", "warnings", "territory", "saved"]);
    expect(json.territory).toEqual({ region: "Омская область", municipality: "Оконешниковский муниципальный район" });
    expect(Object.keys(json.plan)).toEqual(["title", "issuer", "number", "date", "period"]);
    expect(json.plan.date).toBe("2021-09-16");
    expect(json.saved).toBeNull();
    expect(json.measures).toHaveLength(54);
    expect(Object.keys(json.measures[0])).toEqual(["number", "section", "title", "executors", "schedule", "dates", "recurrence", "result", "kind", "areas", "form", "audience", "documentKind"]);
    expect(json.warnings).toContainEqual({ measure: "1.6", message: "пропуск в нумерации: после 1.4 идёт 1.6" });
    expect(await t.db.plan.count()).toBe(0);
  }, 60_000);

  it("saves, and a second run reports every measure unchanged", async () => {
    const first = await cli([SEED, "--json"]);
    expect(JSON.parse(first.stdout).saved).toEqual({ created: 54, updated: 0, unchanged: 0, removed: 0 });
    const second = await cli([SEED, "--lang", "en"]);
    expect(second.stdout).toContain("Saved: new 0, changed 0, unchanged 54, archived 0.");
    expect(second.stdout).toContain("🗺 Territory: Оконешниковский муниципальный район (Омская область)");
    expect(await t.db.measure.count()).toBe(54);
  }, 60_000);

  it("refuses bad input on stderr with exit code 1", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-cli-"));
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "");
    const old = path.join(dir, "old.doc");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    for (const [args, message] of [
      [[empty], "Файл пустой"],
      [[old, "--lang", "en"], "old Word format"],
      [[path.join(dir, "missing.txt")], "Не удалось прочитать файл"],
      [[], "npm run plan:import"],
    ] as const) {
      const result = await cli([...args]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(message);
    }
  }, 60_000);
});
