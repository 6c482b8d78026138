// Regions above municipalities (issue 9, point 4): a directory file may name each row's region
// and time zone; old two-column files still import, into the default region.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDirectoryCsv } from "../../../src/features/directory/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { defaultTimezone: "Asia/Omsk" };

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const placeOf = (name: string) =>
  t.db.municipality.findUnique({ where: { name }, select: { timezone: true, region: { select: { name: true, timezone: true } } } });

describe("directory files with regions", () => {
  it("an old two-column file puts new municipalities in the default region, created on first need", async () => {
    expect(await importDirectoryCsv(t.db, utf8("Альфа район;СОШ № 1\n"), options)).toMatchObject({ municipalitiesAdded: 1, rejected: [] });
    expect(await placeOf("Альфа район")).toEqual({ timezone: "Asia/Omsk", region: { name: "Омская область", timezone: "Asia/Omsk" } });
  });

  it("a region column creates the region with the row's zone; its municipalities take that zone; columns go by the header in any order", async () => {
    const file = utf8(
      [
        "school;municipality;timezone;region",
        "МАОУ «СОШ № 2»;Качканарский городской округ;Asia/Yekaterinburg;Свердловская область",
        "МАОУ «Лицей № 6»;Качканарский городской округ;;Свердловская область",
        "СОШ № 1;Бета район;;свердловская   область",
        "Гимназия;Гамма район;;",
      ].join("\n"),
    );
    expect(await importDirectoryCsv(t.db, file, options)).toEqual({ municipalitiesAdded: 3, schoolsAdded: 4, unchanged: 0, rejected: [] });
    expect(await placeOf("Качканарский городской округ")).toEqual({
      timezone: "Asia/Yekaterinburg",
      region: { name: "Свердловская область", timezone: "Asia/Yekaterinburg" },
    });
    // The region already there, in another spelling: its zone is the municipality's.
    expect(await placeOf("Бета район")).toEqual({ timezone: "Asia/Yekaterinburg", region: { name: "Свердловская область", timezone: "Asia/Yekaterinburg" } });
    expect(await placeOf("Гамма район")).toEqual({ timezone: "Asia/Omsk", region: { name: "Омская область", timezone: "Asia/Omsk" } });
    expect(await t.db.region.count()).toBe(2);
  });

  it("refuses a row with an unknown zone or a region with no letter, and imports the rest", async () => {
    const file = utf8("region;timezone;municipality;school\nСвердловская область;Mars/Olympus;Дельта район;СОШ № 1\n№ 5;;Дельта район;СОШ № 2\n;;Дельта район;СОШ № 3\n");
    expect(await importDirectoryCsv(t.db, file, options)).toEqual({
      municipalitiesAdded: 1,
      schoolsAdded: 1,
      unchanged: 0,
      rejected: [
        { line: 2, reason: "invalid-timezone" },
        { line: 3, reason: "invalid-name" },
      ],
    });
  });
});
