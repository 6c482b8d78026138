import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite, isInviteCode, listActiveInvites, redeemInvite, revokeInvite } from "../../../src/features/roles/invites.ts";
import { grantRole, listGrants, revokeGrant } from "../../../src/features/roles/service.ts";
import { can } from "../../../src/features/roles/permissions.ts";
import { loadMember } from "../../../src/core/member.ts";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher } from "../../support/factories.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

const DAY = 86_400_000;

describe("invites", () => {
  it("makes unguessable codes that fit a start parameter", async () => {
    const admin = await createTeacher(t.db);
    const codes = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { code } = await createInvite(t.db, {
        scope: { role: "methodologist", municipalityId: null, schoolId: null },
        maxUses: 1,
        expiresAt: new Date(Date.now() + DAY),
        createdById: admin.id,
      });
      expect(isInviteCode(code)).toBe(true);
      codes.add(code);
    }
    expect(codes.size).toBe(50);
  });

  it("grants a scoped coordinator role once, counting uses until they run out", async () => {
    const admin = await createTeacher(t.db);
    const school = await t.db.school.findFirstOrThrow();
    const { code } = await createInvite(t.db, {
      scope: { role: "coordinator", municipalityId: null, schoolId: school.id },
      maxUses: 2,
      expiresAt: new Date(Date.now() + DAY),
      createdById: admin.id,
    });
    const [a, b, c] = [await createTeacher(t.db), await createTeacher(t.db), await createTeacher(t.db)];
    const now = new Date();
    expect(await redeemInvite(t.db, { code, userId: a.id, at: now })).toMatchObject({ granted: true });
    expect(await redeemInvite(t.db, { code, userId: a.id, at: now })).toMatchObject({ granted: false });
    expect(await redeemInvite(t.db, { code, userId: b.id, at: now })).toMatchObject({ granted: true });
    await expect(redeemInvite(t.db, { code, userId: c.id, at: now })).rejects.toMatchObject({ code: "invite-used-up" });

    const actor = await loadMember(t.db, { telegramId: a.telegramId }, { adminIds: [], now });
    expect(actor?.grants).toEqual([{ role: "coordinator", municipalityId: null, schoolId: school.id }]);
    expect(can(actor, "reports.view")).toBe(true);
    expect(can(actor, "roles.manage")).toBe(false);
    expect(await t.db.roleGrant.count({ where: { userId: c.id } })).toBe(0);
  });

  it("refuses expired, revoked and unknown codes without granting anything", async () => {
    const admin = await createTeacher(t.db);
    const person = await createTeacher(t.db);
    const scope = { role: "admin" as const, municipalityId: null, schoolId: null };
    const expired = await createInvite(t.db, { scope, maxUses: 5, expiresAt: new Date(Date.now() - 1000), createdById: admin.id });
    const revoked = await createInvite(t.db, { scope, maxUses: 5, expiresAt: new Date(Date.now() + DAY), createdById: admin.id });
    await revokeInvite(t.db, { id: revoked.id, at: new Date() });
    const at = new Date();
    await expect(redeemInvite(t.db, { code: expired.code, userId: person.id, at })).rejects.toMatchObject({ code: "invite-expired" });
    await expect(redeemInvite(t.db, { code: revoked.code, userId: person.id, at })).rejects.toMatchObject({ code: "invite-revoked" });
    await expect(redeemInvite(t.db, { code: "A".repeat(24), userId: person.id, at })).rejects.toMatchObject({ code: "invite-invalid" });
    expect(await t.db.roleGrant.count({ where: { userId: person.id } })).toBe(0);
    const active = await listActiveInvites(t.db, new Date());
    expect(active.map((invite) => invite.id)).not.toContain(expired.id);
    expect(active.map((invite) => invite.id)).not.toContain(revoked.id);
    await expect(revokeInvite(t.db, { id: revoked.id, at: new Date() })).rejects.toMatchObject({ code: "not-found" });
  });

  it("lets two people race for the last use: exactly one wins", async () => {
    const admin = await createTeacher(t.db);
    const { code } = await createInvite(t.db, {
      scope: { role: "methodologist", municipalityId: null, schoolId: null },
      maxUses: 1,
      expiresAt: new Date(Date.now() + DAY),
      createdById: admin.id,
    });
    const people = await Promise.all([createTeacher(t.db), createTeacher(t.db), createTeacher(t.db)]);
    const results = await Promise.allSettled(people.map((p) => redeemInvite(t.db, { code, userId: p.id, at: new Date() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.invite.findUniqueOrThrow({ where: { code } })).toMatchObject({ uses: 1 });
  });
});

describe("roles", () => {
  it("refuses a coordinator without a scope and a methodologist with one", async () => {
    const person = await createTeacher(t.db);
    await expect(grantRole(t.db, { userId: person.id, scope: { role: "coordinator", municipalityId: null, schoolId: null }, grantedById: null })).rejects.toMatchObject({ code: "invalid-scope" });
    await expect(grantRole(t.db, { userId: person.id, scope: { role: "methodologist", municipalityId: 1, schoolId: null }, grantedById: null })).rejects.toMatchObject({ code: "invalid-scope" });
  });

  it("lists and revokes grants; a bootstrap admin stays admin without any grant", async () => {
    const person = await createTeacher(t.db);
    await grantRole(t.db, { userId: person.id, scope: { role: "methodologist", municipalityId: null, schoolId: null }, grantedById: null });
    const { rows } = await listGrants(t.db, { skip: 0, take: 100 });
    const grant = rows.find((row) => row.userId === person.id);
    expect(grant).toMatchObject({ role: "methodologist", fullName: "Петрова Анна Ивановна" });
    await revokeGrant(t.db, { grantId: grant!.id, now: new Date() });
    await expect(revokeGrant(t.db, { grantId: grant!.id, now: new Date() })).rejects.toMatchObject({ code: "not-found" });
    // The holder is told once, whoever pressed "revoke" first.
    const notices = await t.db.outboxMessage.findMany({ where: { userId: person.id } });
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0]!.payload)).toMatchObject({ key: "role-revoked-notice", args: { role: { key: "role-methodologist" }, place: { key: "admin-place-region" } } });

    const now = new Date();
    const bootstrap = await loadMember(t.db, { telegramId: person.telegramId }, { adminIds: [person.telegramId], now });
    expect(can(bootstrap, "roles.manage")).toBe(true);
    expect(can(await loadMember(t.db, { telegramId: person.telegramId }, { adminIds: [], now }), "roles.manage")).toBe(false);
  });
});
