import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppErrorCode } from "../../../src/errors.ts";
import {
  addMunicipality,
  addSchool,
  ensureBundledDirectory,
  filterByName,
  findMunicipality,
  findSchool,
  listMunicipalities,
  listSchools,
  renameMunicipality,
  renameSchool,
} from "../../../src/features/directory/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode) {
  await expect(promise).rejects.toMatchObject({ name: "AppError", code });
}

describe("bundled Omsk region directory", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const bundledRows = readFileSync(new URL("../../../src/features/directory/data/omsk-region.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1);

  it("loads Omsk city and the 32 districts of Omsk region and Kachkanar of Sverdlovsk region, each with schools and its zone", async () => {
    const report = await ensureBundledDirectory(t.db, { defaultTimezone: "Asia/Omsk" });
    expect(report).toEqual({ municipalitiesAdded: 34, schoolsAdded: bundledRows.length, unchanged: 0, rejected: [] });

    const municipalities = await listMunicipalities(t.db);
    expect(municipalities).toHaveLength(34);
    expect(municipalities[0]?.name).toBe("г. Омск");
    expect(municipalities[1]?.name).toBe("Азовский немецкий национальный муниципальный район");
    expect(municipalities.at(-1)?.name).toBe("Шербакульский муниципальный район");
    for (const municipality of municipalities) {
      const schools = await listSchools(t.db, municipality.id);
      expect(schools.length, municipality.name).toBeGreaterThanOrEqual(2);
    }
    const omsk = await listSchools(t.db, municipalities[0]!.id);
    expect(omsk.map((s) => s.name)).toContain("БОУ г. Омска «Лицей № 64»");

    const regions = await t.db.region.findMany({ orderBy: { name: "asc" }, select: { name: true, timezone: true, _count: { select: { municipalities: true } } } });
    expect(regions).toEqual([
      { name: "Омская область", timezone: "Asia/Omsk", _count: { municipalities: 33 } },
      { name: "Свердловская область", timezone: "Asia/Yekaterinburg", _count: { municipalities: 1 } },
    ]);
    const kachkanar = municipalities.find((m) => m.name === "Качканарский городской округ");
    expect(kachkanar?.timezone).toBe("Asia/Yekaterinburg");
    expect(municipalities.filter((m) => m.timezone !== "Asia/Omsk").map((m) => m.name)).toEqual(["Качканарский городской округ"]);
  });

  it("leaves a directory that already exists alone", async () => {
    expect(await ensureBundledDirectory(t.db, { defaultTimezone: "Asia/Omsk" })).toBeNull();
    expect(await t.db.municipality.count()).toBe(34);
    expect(await t.db.school.count()).toBe(bundledRows.length);
  });

  it("puts a municipality added in the bot into the region of its time zone, so regional plans reach it", async () => {
    const regionOf = async (id: number) =>
      (await t.db.municipality.findUniqueOrThrow({ where: { id }, select: { region: { select: { name: true } } } })).region?.name;
    expect(await regionOf((await addMunicipality(t.db, { name: "Новый район", timezone: "Asia/Omsk" })).id)).toBe("Омская область");
    expect(await regionOf((await addMunicipality(t.db, { name: "Новый округ", timezone: "Asia/Yekaterinburg" })).id)).toBe("Свердловская область");
    expect(await regionOf((await addMunicipality(t.db, { name: "Дальний район", timezone: "Asia/Tokyo" })).id)).toBe("Омская область");
  });
});

describe("editing the directory", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("does not seed a database that has a municipality of its own", async () => {
    await addMunicipality(t.db, { name: "Тестовый район", timezone: "Asia/Omsk" });
    expect(await ensureBundledDirectory(t.db, { defaultTimezone: "Asia/Omsk" })).toBeNull();
    expect(await t.db.municipality.count()).toBe(1);
  });

  it("lists cities first, then districts in Russian alphabetical order", async () => {
    for (const name of ["Ясный район", "г. Омск", "Ёлкинский район", "Азовский район", "г. Тара", "Елань район"]) {
      await addMunicipality(t.db, { name, timezone: "Asia/Omsk" });
    }
    const names = (await listMunicipalities(t.db)).map((m) => m.name);
    expect(names).toEqual([
      "г. Омск",
      "г. Тара",
      "Азовский район",
      "Елань район",
      "Ёлкинский район",
      "Тестовый район",
      "Ясный район",
    ]);
  });

  it("adds a municipality with a tidied name and the zone's canonical spelling", async () => {
    const added = await addMunicipality(t.db, { name: "  Новый \t  район ", timezone: "asia/novosibirsk" });
    expect(added).toMatchObject({ name: "Новый район", timezone: "Asia/Novosibirsk" });
    expect(await findMunicipality(t.db, added.id)).toEqual(added);
  });

  it("refuses a municipality that exists, a nameless name and an unknown time zone", async () => {
    await expectAppError(addMunicipality(t.db, { name: " Новый  район", timezone: "Asia/Omsk" }), "duplicate");
    for (const name of ["", "   ", "123", "№ 5 — «»", "Я".repeat(201)]) {
      await expectAppError(addMunicipality(t.db, { name, timezone: "Asia/Omsk" }), "invalid-name");
    }
    await expectAppError(addMunicipality(t.db, { name: "Марс", timezone: "Mars/Olympus" }), "invalid-timezone");
    await expectAppError(addMunicipality(t.db, { name: "Марс", timezone: "" }), "invalid-timezone");
    expect(await addMunicipality(t.db, { name: "Я".repeat(200), timezone: "UTC" })).toMatchObject({ timezone: "UTC" });
  });

  it("adds schools, sorted in Russian order, with the same name allowed in another municipality", async () => {
    const district = await addMunicipality(t.db, { name: "Школьный район", timezone: "Asia/Omsk" });
    const other = await addMunicipality(t.db, { name: "Соседний район", timezone: "Asia/Omsk" });
    for (const name of ["СОШ № 2", "Ёлкинская СОШ", "Академическая гимназия", "Еланская СОШ"]) {
      await addSchool(t.db, { municipalityId: district.id, name });
    }
    const twin = await addSchool(t.db, { municipalityId: other.id, name: "СОШ № 2" });
    expect(twin).toMatchObject({ name: "СОШ № 2", municipalityId: other.id });
    expect((await listSchools(t.db, district.id)).map((s) => s.name)).toEqual([
      "Академическая гимназия",
      "Еланская СОШ",
      "Ёлкинская СОШ",
      "СОШ № 2",
    ]);
    expect(await findSchool(t.db, twin.id)).toEqual({
      id: twin.id,
      name: "СОШ № 2",
      municipalityId: other.id,
      municipality: { id: other.id, name: "Соседний район", timezone: "Asia/Omsk" },
    });
  });

  it("refuses a duplicate school, a bad name and a missing municipality", async () => {
    const district = await addMunicipality(t.db, { name: "Дублирующий район", timezone: "Asia/Omsk" });
    await addSchool(t.db, { municipalityId: district.id, name: "МБОУ «Лицей № 1»" });
    await expectAppError(addSchool(t.db, { municipalityId: district.id, name: " МБОУ  «Лицей № 1» " }), "duplicate");
    await expectAppError(addSchool(t.db, { municipalityId: district.id, name: "№ 1" }), "invalid-name");
    await expectAppError(addSchool(t.db, { municipalityId: 999_999, name: "Лицей" }), "not-found");
  });

  it("renames a municipality and a school, refusing clashes, bad names and missing ids", async () => {
    const first = await addMunicipality(t.db, { name: "Старое имя", timezone: "Asia/Omsk" });
    await addMunicipality(t.db, { name: "Занятое имя", timezone: "Asia/Omsk" });
    expect(await renameMunicipality(t.db, { id: first.id, name: " Новое   имя " })).toMatchObject({ name: "Новое имя" });
    expect((await findMunicipality(t.db, first.id))?.name).toBe("Новое имя");
    await expectAppError(renameMunicipality(t.db, { id: first.id, name: "Занятое имя" }), "duplicate");
    await expectAppError(renameMunicipality(t.db, { id: first.id, name: "42" }), "invalid-name");
    await expectAppError(renameMunicipality(t.db, { id: 999_999, name: "Где-то" }), "not-found");

    const school = await addSchool(t.db, { municipalityId: first.id, name: "СОШ № 1" });
    await addSchool(t.db, { municipalityId: first.id, name: "СОШ № 3" });
    expect(await renameSchool(t.db, { id: school.id, name: "Гимназия  № 1" })).toMatchObject({ name: "Гимназия № 1" });
    expect((await findSchool(t.db, school.id))?.name).toBe("Гимназия № 1");
    await expectAppError(renameSchool(t.db, { id: school.id, name: "СОШ № 3" }), "duplicate");
    await expectAppError(renameSchool(t.db, { id: school.id, name: "" }), "invalid-name");
    await expectAppError(renameSchool(t.db, { id: 999_999, name: "Лицей" }), "not-found");
  });

  it("finds nothing for ids that do not exist", async () => {
    expect(await findMunicipality(t.db, 999_999)).toBeNull();
    expect(await findSchool(t.db, 999_999)).toBeNull();
  });
});

describe("filterByName", () => {
  const schools = [
    { id: 1, name: "БОУ «Соловьёвская СОШ»" },
    { id: 2, name: 'БОУ "Лицей  № 64"' },
    { id: 3, name: "МБОУ «Елань СОШ»" },
  ];
  const ids = (query: string) => filterByName(schools, query).map((s) => s.id);

  it("treats ё and е as one letter, either way round, ignoring case", () => {
    expect(ids("соловьев")).toEqual([1]);
    expect(ids("ЁЛАНЬ")).toEqual([3]);
  });

  it("ignores quotes of any kind and repeated spaces", () => {
    expect(ids("боу лицей № 64")).toEqual([2]);
    expect(ids("«Лицей   № 64»")).toEqual([2]);
    expect(ids('"соловьевская сош"')).toEqual([1]);
  });

  it("returns everything for an empty query and nothing for a miss", () => {
    expect(ids("  ")).toEqual([1, 2, 3]);
    expect(ids("гимназия")).toEqual([]);
  });
});
