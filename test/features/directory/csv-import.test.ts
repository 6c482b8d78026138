import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMunicipality,
  importDirectoryCsv,
  listMunicipalities,
  listSchools,
} from "../../../src/features/directory/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { testProvider } from "../../support/db-names.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { defaultTimezone: "Asia/Omsk" };

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

/** School names of a municipality, or undefined when it does not exist. */
async function schoolsOf(municipality: string): Promise<string[] | undefined> {
  const found = (await listMunicipalities(t.db)).find((m) => m.name === municipality);
  return found && (await listSchools(t.db, found.id)).map((s) => s.name);
}

async function directorySize() {
  return { municipalities: await t.db.municipality.count(), schools: await t.db.school.count() };
}

describe("importDirectoryCsv", () => {
  it("imports a UTF-8 file with a header and reimporting it changes nothing", async () => {
    const file = utf8("municipality;school\nАльфа район;СОШ № 1\nАльфа район;Гимназия\nБета район;Лицей\n");
    expect(await importDirectoryCsv(t.db, file, options)).toEqual({
      municipalitiesAdded: 2,
      schoolsAdded: 3,
      unchanged: 0,
      rejected: [],
    });
    expect(await schoolsOf("Альфа район")).toEqual(["Гимназия", "СОШ № 1"]);
    expect(await schoolsOf("Бета район")).toEqual(["Лицей"]);

    const before = await directorySize();
    expect(await importDirectoryCsv(t.db, file, options)).toEqual({
      municipalitiesAdded: 0,
      schoolsAdded: 0,
      unchanged: 3,
      rejected: [],
    });
    expect(await directorySize()).toEqual(before);
  });

  it("reads a BOM-prefixed UTF-8 file without mistaking the header for data", async () => {
    const file = utf8("\uFEFFМуниципалитет;Школа\r\nГамма район;СОШ № 7\r\n");
    expect(await importDirectoryCsv(t.db, file, options)).toMatchObject({ schoolsAdded: 1, rejected: [] });
    expect(await schoolsOf("Гамма район")).toEqual(["СОШ № 7"]);
    expect(await schoolsOf("Муниципалитет")).toBeUndefined();
  });

  it("reads Windows-1251 as Excel saves it, with CRLF line ends", async () => {
    const file = iconv.encode("Муниципалитет;ОО\r\nДельта район;БОУ «Соловьёвская СОШ»\r\n", "win1251");
    expect(await importDirectoryCsv(t.db, file, options)).toMatchObject({ schoolsAdded: 1, rejected: [] });
    expect(await schoolsOf("Дельта район")).toEqual(["БОУ «Соловьёвская СОШ»"]);
  });

  it("imports a headerless file from its first line", async () => {
    const file = utf8("Эпсилон район;СОШ № 3");
    expect(await importDirectoryCsv(t.db, file, options)).toMatchObject({ schoolsAdded: 1, rejected: [] });
    expect(await schoolsOf("Эпсилон район")).toEqual(["СОШ № 3"]);
  });

  it("unquotes fields, keeping doubled quotes, delimiters and tidying line breaks inside them", async () => {
    const file = utf8(
      'municipality;school\n"Дзета район";"МБОУ ""СОШ № 1""; корпус 2"\nДзета район;"Лицей\n№ 5"\nДзета район;Школа "Радуга"\n',
    );
    expect(await importDirectoryCsv(t.db, file, options)).toMatchObject({ schoolsAdded: 3, rejected: [] });
    expect(await schoolsOf("Дзета район")).toEqual(['Лицей № 5', 'МБОУ "СОШ № 1"; корпус 2', 'Школа "Радуга"']);
  });

  it("accepts commas when the header uses them", async () => {
    const file = utf8('municipality,school\nЭта район,"СОШ № 1, филиал"\nЭта район,Гимназия\n');
    expect(await importDirectoryCsv(t.db, file, options)).toMatchObject({ schoolsAdded: 2, rejected: [] });
    expect(await schoolsOf("Эта район")).toEqual(["Гимназия", "СОШ № 1, филиал"]);
  });

  it("matches names after tidying spaces and counts repeated rows as unchanged", async () => {
    await addMunicipality(t.db, { name: "Тета район", timezone: "Asia/Novosibirsk" });
    const file = utf8("  Тета   район ;СОШ  № 1\nТета район;СОШ № 1\nТета район; СОШ № 1 \n");
    expect(await importDirectoryCsv(t.db, file, options)).toEqual({
      municipalitiesAdded: 0,
      schoolsAdded: 1,
      unchanged: 2,
      rejected: [],
    });
    expect(await schoolsOf("Тета район")).toEqual(["СОШ № 1"]);
  });

  it("gives new municipalities the default time zone and keeps existing ones' zones", async () => {
    await importDirectoryCsv(t.db, utf8("Тета район;Лицей\nЙота район;Лицей\n"), { defaultTimezone: "Asia/Yekaterinburg" });
    const zones = new Map((await listMunicipalities(t.db)).map((m) => [m.name, m.timezone]));
    expect(zones.get("Тета район")).toBe("Asia/Novosibirsk");
    expect(zones.get("Йота район")).toBe("Asia/Yekaterinburg");
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("rejects bad rows with their line numbers and imports the rest (%s)", async (label, newline) => {
    const district = `Каппа район ${label}`;
    const lines = [
      "municipality;school", // 1
      `${district};СОШ № 1`, // 2
      ";СОШ № 2", // 3
      `${district};  `, // 4
      "", // 5: blank, skipped
      `${district};СОШ № 3;лишнее`, // 6
      district, // 7
      `${district};№ 4`, // 8
      `${district};СОШ № 5;;`, // 9: empty padding cells are fine
      ";;", // 10: empty row, skipped
      `"${district};СОШ № 6`, // 11: the quote never closes
      `${district};СОШ № 7`, // 12: swallowed by line 11
    ];
    const before = await directorySize();
    const report = await importDirectoryCsv(t.db, utf8(lines.join(newline)), options);
    expect(report).toEqual({
      municipalitiesAdded: 1,
      schoolsAdded: 2,
      unchanged: 0,
      rejected: [
        { line: 3, reason: "empty-municipality" },
        { line: 4, reason: "empty-school" },
        { line: 6, reason: "bad-columns" },
        { line: 7, reason: "bad-columns" },
        { line: 8, reason: "invalid-name" },
        { line: 11, reason: "unclosed-quote" },
      ],
    });
    expect(await schoolsOf(district)).toEqual(["СОШ № 1", "СОШ № 5"]);
    expect(await directorySize()).toEqual({
      municipalities: before.municipalities + 1,
      schools: before.schools + 2,
    });
  });

  it("refuses an unknown default time zone before writing anything", async () => {
    const before = await directorySize();
    await expect(
      importDirectoryCsv(t.db, utf8("Лямбда район;СОШ № 1"), { defaultTimezone: "Omsk" }),
    ).rejects.toMatchObject({ code: "invalid-timezone" });
    expect(await directorySize()).toEqual(before);
  });
});

// Once per suite, on SQLite: the command line's arguments and output; importing is tested on both databases.
describe.runIf(testProvider() === "sqlite")("npm run directory:import", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "directory-import-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        "npx",
        ["tsx", "scripts/directory-import.ts", ...args],
        { cwd: root, env: { ...process.env, DATABASE_URL: t.url, DEFAULT_TIMEZONE: "Asia/Omsk" } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  }

  it("imports a file and prints what it added and rejected", async () => {
    const file = path.join(tmp, "schools.csv");
    writeFileSync(file, "municipality;school\nМю район;СОШ № 1\nМю район;\nНю район;Лицей\n");
    const run = await runCli(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Municipalities added: 2");
    expect(run.stdout).toContain("Schools added: 2");
    expect(run.stdout).toContain("Unchanged rows: 0");
    expect(run.stdout).toMatch(/line 3: empty-school/);
    expect(await schoolsOf("Мю район")).toEqual(["СОШ № 1"]);

    const again = await runCli(file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Schools added: 0");
    expect(again.stdout).toContain("Unchanged rows: 2");
  }, 60_000);

  it("fails with one line on stderr without a file or with a missing one", async () => {
    const none = await runCli();
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split("\n").filter((l) => !l.startsWith("npm warn"))).toEqual([
      "Usage: npm run directory:import -- <file.csv>",
    ]);

    const missing = await runCli(path.join(tmp, "nope.csv"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.csv/);
    expect(missing.stdout).toBe("");
  }, 60_000);
});
