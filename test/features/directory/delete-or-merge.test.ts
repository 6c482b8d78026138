import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countReferences, deleteEntry, mergeEntries } from "../../../src/features/directory/delete-or-merge.ts";
import { addMunicipality, addSchool, renameMunicipality, renameSchool } from "../../../src/features/directory/service.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  // createTeacher puts people in the first school there is.
  const first = await addMunicipality(t.db, { name: "Первый район", timezone: "Asia/Omsk" });
  await addSchool(t.db, { municipalityId: first.id, name: "Первая школа" });
});
afterAll(() => t.drop());

const now = () => new Date();
const DAY = 86_400_000;

describe("names that differ only in spelling", () => {
  it("are refused as duplicates, naming the entry already there", async () => {
    const district = await addMunicipality(t.db, { name: "Оконешниковский муниципальный район", timezone: "Asia/Omsk" });
    for (const name of ["оконешниковский муниципальный район", "ОКОНЕШНИКОВСКИЙ  муниципальный   район"]) {
      await expect(addMunicipality(t.db, { name, timezone: "Asia/Omsk" })).rejects.toMatchObject({
        code: "duplicate",
        details: { name: "Оконешниковский муниципальный район" },
      });
    }
    await addSchool(t.db, { municipalityId: district.id, name: "БОУ «Ёлкинская СОШ»" });
    for (const name of ['БОУ "Елкинская СОШ"', "боу ёлкинская сош", "БОУ“Ёлкинская СОШ”"]) {
      await expect(addSchool(t.db, { municipalityId: district.id, name })).rejects.toMatchObject({ code: "duplicate" });
    }
    const other = await addMunicipality(t.db, { name: "Соседний район", timezone: "Asia/Omsk" });
    await expect(renameMunicipality(t.db, { id: other.id, name: "оконешниковский муниципальный район" })).rejects.toMatchObject({ code: "duplicate" });
    expect(await t.db.municipality.count({ where: { name: { contains: "онешников" } } })).toBe(1);
  });

  it("may still be fixed in the entry itself", async () => {
    const district = await addMunicipality(t.db, { name: "таврический район", timezone: "Asia/Omsk" });
    expect(await renameMunicipality(t.db, { id: district.id, name: "Таврический район" })).toMatchObject({ name: "Таврический район" });
    const school = await addSchool(t.db, { municipalityId: district.id, name: "сош № 1" });
    expect(await renameSchool(t.db, { id: school.id, name: "СОШ № 1" })).toMatchObject({ name: "СОШ № 1" });
  });
});

describe("deleting", () => {
  it("refuses an entry people point to and deletes one only spent invites point to", async () => {
    const district = await addMunicipality(t.db, { name: "Удаляемый район", timezone: "Asia/Omsk" });
    const school = await addSchool(t.db, { municipalityId: district.id, name: "Школа с прошлым" });
    const spent = await t.db.invite.create({ data: { code: "a".repeat(24), role: "coordinator", schoolId: school.id, maxUses: 1, revokedAt: now(), expiresAt: new Date(Date.now() + DAY) } });
    await expect(deleteEntry(t.db, { kind: "municipality", id: district.id, now: now() })).rejects.toMatchObject({ code: "in-use" });
    expect(await countReferences(t.db, "school", school.id, now())).toEqual({ schools: 0, people: 0, roles: 0, invites: 0, events: 0, plans: 0, requests: 0 });

    await deleteEntry(t.db, { kind: "school", id: school.id, now: now() });
    expect(await t.db.invite.findUnique({ where: { id: spent.id } })).toBeNull();
    await deleteEntry(t.db, { kind: "municipality", id: district.id, now: now() });
    expect(await t.db.municipality.findUnique({ where: { id: district.id } })).toBeNull();
    await expect(deleteEntry(t.db, { kind: "school", id: school.id, now: now() })).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("merging", () => {
  it("drops a role or an audience the target already has instead of doubling it", async () => {
    const district = await addMunicipality(t.db, { name: "Район слияния", timezone: "Asia/Omsk" });
    const into = await addSchool(t.db, { municipalityId: district.id, name: "Лицей" });
    const from = await addSchool(t.db, { municipalityId: district.id, name: "Лицей (дубль)" });
    const person = await createTeacher(t.db);
    await t.db.user.update({ where: { id: person.id }, data: { schoolId: from.id, municipalityId: district.id } });
    for (const school of [from, into]) await t.db.roleGrant.create({ data: { userId: person.id, role: "coordinator", schoolId: school.id, scopeKey: `s:${school.id}` } });
    const event = await t.db.event.create({
      data: {
        title: "Для обеих",
        kind: "seminar",
        startsAt: new Date(Date.now() + DAY),
        endsAt: new Date(Date.now() + 2 * DAY),
        organiser: "ИРООО",
        audience: { create: [{ kind: "school", value: String(from.id) }, { kind: "school", value: String(into.id) }] },
      },
    });

    await mergeEntries(t.db, { kind: "school", fromId: from.id, intoId: into.id });
    expect(await t.db.roleGrant.findMany({ where: { userId: person.id }, select: { schoolId: true, scopeKey: true } })).toEqual([{ schoolId: into.id, scopeKey: `s:${into.id}` }]);
    expect(await t.db.eventAudience.findMany({ where: { eventId: event.id }, select: { value: true } })).toEqual([{ value: String(into.id) }]);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ schoolId: into.id });
  });

  it("refuses an entry into itself or into one that is gone, changing nothing", async () => {
    const district = await addMunicipality(t.db, { name: "Одинокий район", timezone: "Asia/Omsk" });
    await addSchool(t.db, { municipalityId: district.id, name: "Одна школа" });
    await expect(mergeEntries(t.db, { kind: "municipality", fromId: district.id, intoId: district.id })).rejects.toMatchObject({ code: "merge-into-itself" });
    await expect(mergeEntries(t.db, { kind: "municipality", fromId: district.id, intoId: 999_999 })).rejects.toMatchObject({ code: "not-found" });
    expect(await t.db.school.count({ where: { municipalityId: district.id } })).toBe(1);
    expect(await t.db.municipality.findUnique({ where: { id: district.id } })).not.toBeNull();
  });
});
