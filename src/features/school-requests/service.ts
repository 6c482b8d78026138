import type { Db, Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { enqueue } from "../../messaging/enqueue.ts";
import { cleanName, nameKey } from "../directory/names.ts";
import { ONBOARDING_DATA } from "../onboarding/callbacks.ts";

/*
 * "My school is not in the list": the teacher names it, their municipality is kept and their
 * school stays empty until an admin adds the school (which becomes theirs) or dismisses the request.
 */

export type SchoolRequestOutcome =
  /** The name was in the list after all (spelled differently): that school is now theirs. */
  | { kind: "found"; school: { id: number; name: string } }
  | { kind: "requested"; requestId: number };

/**
 * Records the request, sets the person's municipality and clears their school. One open request
 * a person: a second one replaces the first.
 */
export async function requestSchool(db: Db, opts: { userId: number; municipalityId: number; name: string; now: Date }): Promise<SchoolRequestOutcome> {
  const name = cleanName(opts.name);
  return db.$transaction(async (tx) => {
    const school = await schoolNamed(tx, opts.municipalityId, name);
    await tx.schoolRequest.updateMany({ where: { userId: opts.userId, status: "open" }, data: { status: "dismissed", resolvedAt: opts.now } });
    await tx.user.update({ where: { id: opts.userId }, data: { municipalityId: opts.municipalityId, schoolId: school?.id ?? null } });
    if (school) return { kind: "found", school };
    const request = await tx.schoolRequest.create({ data: { name, municipalityId: opts.municipalityId, userId: opts.userId, createdAt: opts.now }, select: { id: true } });
    return { kind: "requested", requestId: request.id };
  });
}

/** A school of the municipality with this name but for case, spacing, quotes or ё. */
async function schoolNamed(tx: Tx, municipalityId: number, name: string): Promise<{ id: number; name: string } | null> {
  const key = nameKey(name);
  const schools = await tx.school.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  return schools.find((school) => nameKey(school.name) === key) ?? null;
}

export type OpenRequest = { id: number; name: string; municipality: string; requester: string | null; createdAt: Date };

const openRequestFields = { id: true, name: true, createdAt: true, municipality: { select: { name: true } }, user: { select: { fullName: true } } } as const;
type OpenRequestRow = { id: number; name: string; createdAt: Date; municipality: { name: string }; user: { fullName: string | null } | null };

function toOpenRequest(row: OpenRequestRow): OpenRequest {
  return { id: row.id, name: row.name, municipality: row.municipality.name, requester: row.user?.fullName ?? null, createdAt: row.createdAt };
}

/** Open requests, the oldest first, a page of them. */
export async function listOpenRequests(db: Db, opts: { skip: number; take: number }): Promise<{ rows: OpenRequest[]; total: number }> {
  const where = { status: "open" };
  const [rows, total] = await Promise.all([
    db.schoolRequest.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: opts.skip, take: opts.take, select: openRequestFields }),
    db.schoolRequest.count({ where }),
  ]);
  return { rows: rows.map(toOpenRequest), total };
}

export async function findOpenRequest(db: Db, id: number): Promise<OpenRequest | null> {
  const row = await db.schoolRequest.findFirst({ where: { id, status: "open" }, select: openRequestFields });
  return row ? toOpenRequest(row) : null;
}

/**
 * "Add this school": the school joins the directory (or the one already there under this name is
 * used), becomes the school of everyone who asked for it and still has none in that municipality,
 * and each of them is told through the outbox. Every open request for the same name there closes.
 */
export async function addRequestedSchool(db: Db, opts: { requestId: number; now: Date }): Promise<{ school: { id: number; name: string }; told: number }> {
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, opts.requestId);
    const school = (await schoolNamed(tx, request.municipalityId, request.name)) ??
      (await tx.school.create({ data: { municipalityId: request.municipalityId, name: request.name }, select: { id: true, name: true } }));
    const key = nameKey(request.name);
    const same = (await tx.schoolRequest.findMany({ where: { municipalityId: request.municipalityId, status: "open" }, select: { id: true, name: true, userId: true } }))
      .filter((row) => nameKey(row.name) === key);
    await tx.schoolRequest.updateMany({ where: { id: { in: same.map((row) => row.id) } }, data: { status: "added", schoolId: school.id, resolvedAt: opts.now } });
    const userIds = same.flatMap((row) => (row.userId === null ? [] : [row.userId]));
    // Someone who has since picked a school, or moved elsewhere, keeps what they chose.
    const waiting = await tx.user.findMany({ where: { id: { in: userIds }, schoolId: null, municipalityId: request.municipalityId }, select: { id: true, telegramId: true } });
    await tx.user.updateMany({ where: { id: { in: waiting.map((user) => user.id) } }, data: { schoolId: school.id } });
    await enqueue(tx, {
      source: `school-request:${request.id}`,
      purpose: "added",
      recipients: waiting.map((user) => ({ userId: user.id, telegramId: user.telegramId })),
      notice: { key: "school-request-added-notice", args: { school: school.name }, buttons: [[{ key: "button-menu", data: ONBOARDING_DATA.start }]] },
      now: opts.now,
    });
    return { school, told: waiting.length };
  });
}

/** "Dismiss": the request closes; the person is told to pick their school in the profile. */
export async function dismissRequest(db: Db, opts: { requestId: number; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await openRequest(tx, opts.requestId);
    await tx.schoolRequest.update({ where: { id: request.id }, data: { status: "dismissed", resolvedAt: opts.now } });
    const user = request.userId === null ? null : await tx.user.findUnique({ where: { id: request.userId }, select: { id: true, telegramId: true } });
    if (!user) return;
    await enqueue(tx, {
      source: `school-request:${request.id}`,
      purpose: "dismissed",
      recipients: [{ userId: user.id, telegramId: user.telegramId }],
      notice: { key: "school-request-dismissed-notice", args: { school: request.name }, buttons: [[{ key: "button-menu", data: ONBOARDING_DATA.start }]] },
      now: opts.now,
    });
  });
}

/** The request, still open, or AppError("school-request-closed"): another admin may have answered it. */
async function openRequest(tx: Tx, id: number) {
  const request = await tx.schoolRequest.findUnique({ where: { id }, select: { id: true, name: true, municipalityId: true, userId: true, status: true } });
  if (!request || request.status !== "open") throw new AppError("school-request-closed", { id });
  return request;
}
