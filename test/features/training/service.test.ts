// Training records apart from Telegram: the input rules, what a person's list holds and counts,
// deleting one's own records, and the coordinators' review with its per-record permission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/db.ts";
import { createTeacher, memberOf } from "../../support/factories.ts";
import { makeEvent } from "../../support/events.ts";
import { certificateOf, checkInput, parseDays, parseHours, type TrainingInput } from "../../../src/features/training/validation.ts";
import { addTrainingRecord, deleteTrainingRecord, listTraining } from "../../../src/features/training/service.ts";
import { pendingTrainingAt, pendingTrainingCount, reviewTrainingRecord } from "../../../src/features/training/review-service.ts";
import { trainedPeople, trainedSince } from "../../../src/features/training/rules.ts";
import { trainingTable } from "../../../src/features/reports/export-training.ts";
import { halfYearOf, periodOf } from "../../../src/features/reports/period.ts";
import { sharedI18n } from "../../../src/i18n/index.ts";
import type { Row, Sheet } from "../../../src/exports/table.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ directory: true });
});
afterAll(() => t.drop());

const NOW = new Date("2026-11-30T06:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = "Asia/Omsk";
const TODAY = "2026-11-30";
const COURSE: TrainingInput = {
  title: "  Функциональная   грамотность ",
  provider: "БОУ ДПО «ИРООО»",
  hours: 72,
  startsOn: "2026-03-12",
  endsOn: "2026-03-15",
  certificateNumber: null,
  certificateFileId: null,
};

async function coordinatorOf(place: { schoolId?: number; municipalityId?: number }) {
  const row = await createTeacher(t.db, { fullName: "Координатова Вера" });
  const scopeKey = place.schoolId ? `s:${place.schoolId}` : `m:${place.municipalityId}`;
  await t.db.roleGrant.create({ data: { userId: row.id, role: "coordinator", schoolId: place.schoolId ?? null, municipalityId: place.municipalityId ?? null, scopeKey } });
  return memberOf(t.db, row.id);
}

describe("input rules", () => {
  it("read hours and dates as teachers type them", () => {
    expect(parseHours("72")).toEqual({ ok: true, value: 72 });
    expect(parseHours("36 часов")).toEqual({ ok: true, value: 36 });
    for (const bad of ["0", "2001", "7.5", "много"]) expect(parseHours(bad)).toEqual({ ok: false, rule: "hours" });
    expect(parseDays("12.03.2026", TODAY)).toEqual({ ok: true, value: { startsOn: "2026-03-12", endsOn: "2026-03-12" } });
    for (const span of ["12.03.2026–15.03.2026", "12.03.2026 - 15.03.2026", "12.03.2026 — 15.03.2026"]) {
      expect(parseDays(span, TODAY)).toEqual({ ok: true, value: { startsOn: "2026-03-12", endsOn: "2026-03-15" } });
    }
    expect(parseDays("12 марта", TODAY)).toMatchObject({ rule: "dates-format" });
    expect(parseDays("31.02.2026", TODAY)).toMatchObject({ rule: "dates-no-such-day" });
    expect(parseDays("15.03.2026-12.03.2026", TODAY)).toMatchObject({ rule: "dates-order" });
    expect(parseDays("01.12.2026", TODAY)).toMatchObject({ rule: "dates-future" });
    expect(parseDays("30.11.2026", TODAY)).toMatchObject({ ok: true });
    expect(parseDays("31.12.1989", TODAY)).toMatchObject({ rule: "dates-too-early" });
  });

  it("take a photo or a JPEG, PNG or PDF up to 10 MB as the certificate", () => {
    expect(certificateOf({ photo: [{ file_id: "small" }, { file_id: "large", file_size: 90_000 }] })).toEqual({ ok: true, value: "large" });
    expect(certificateOf({ document: { file_id: "pdf", mime_type: "application/pdf", file_size: 10 * 1024 * 1024 } })).toEqual({ ok: true, value: "pdf" });
    expect(certificateOf({ document: { file_id: "doc", mime_type: "application/msword", file_size: 1000 } })).toEqual({ ok: false, rule: "file-type" });
    expect(certificateOf({ document: { file_id: "big", mime_type: "image/png", file_size: 10 * 1024 * 1024 + 1 } })).toEqual({ ok: false, rule: "file-size" });
    expect(certificateOf({})).toBeNull();
  });

  it("check a whole record again before it is stored", () => {
    expect(checkInput({ ...COURSE, title: "" }, TODAY)).toEqual({ ok: false, rule: "title" });
    expect(checkInput({ ...COURSE, provider: "я".repeat(301) }, TODAY)).toEqual({ ok: false, rule: "provider" });
    expect(checkInput({ ...COURSE, certificateNumber: "1".repeat(101) }, TODAY)).toEqual({ ok: false, rule: "number" });
    expect(checkInput({ ...COURSE, endsOn: "2026-13-01" }, TODAY)).toEqual({ ok: false, rule: "dates-no-such-day" });
    expect(checkInput(COURSE, TODAY)).toMatchObject({ ok: true, value: { title: "Функциональная грамотность" } });
  });
});

describe("a person's training", () => {
  it("lists attended courses and own records, counting attended and confirmed ones of the last 3 years", async () => {
    const teacher = await createTeacher(t.db);
    const attended = await makeEvent(t.db, { kind: "course", title: "Курс в боте", startsAt: new Date("2026-05-10T03:00:00Z"), endsAt: new Date("2026-05-12T09:00:00Z") }, new Date("2026-05-01T00:00:00Z"));
    await t.db.event.update({ where: { id: attended }, data: { hours: 36 } });
    const skipped = await makeEvent(t.db, { kind: "course", title: "Не пришла" }, new Date("2026-05-01T00:00:00Z"));
    const webinar = await makeEvent(t.db, { kind: "webinar", title: "Вебинар" }, new Date("2026-05-01T00:00:00Z"));
    await t.db.registration.createMany({
      data: [
        { eventId: attended, userId: teacher.id, status: "registered", attended: true },
        { eventId: skipped, userId: teacher.id, status: "registered", attended: false },
        { eventId: webinar, userId: teacher.id, status: "registered", attended: true },
      ],
    });
    const added = await addTrainingRecord(t.db, { userId: teacher.id, input: COURSE, now: NOW, zone: ZONE });
    expect(added.ok).toBe(true);
    const old = await addTrainingRecord(t.db, { userId: teacher.id, input: { ...COURSE, title: "Давний курс", startsOn: "2020-02-01", endsOn: "2020-02-03" }, now: NOW, zone: ZONE });
    await t.db.trainingRecord.update({ where: { id: old.ok ? old.value : 0 }, data: { status: "confirmed" } });

    const summary = await listTraining(t.db, { userId: teacher.id, now: NOW });
    expect(summary.items.map((item) => [item.title, item.source === "record" ? item.status : "course", item.hours])).toEqual([
      ["Курс в боте", "course", 36],
      ["Функциональная грамотность", "pending", 72],
      ["Давний курс", "confirmed", 72],
    ]);
    // The pending course counts for nothing yet, the 2020 one is older than 3 years.
    expect(summary).toMatchObject({ recentHours: 36, trained: true });
  });

  it("counts a course still running once it ends, on the teacher's screen as in the report's training export", async () => {
    const teacher = await createTeacher(t.db, { fullName: "Слушательница Идущего Курса" });
    const startsAt = new Date(NOW.getTime() - DAY);
    const running = await makeEvent(t.db, { kind: "course", title: "Идущий курс", startsAt, endsAt: new Date(NOW.getTime() + 2 * DAY) }, new Date(NOW.getTime() - 10 * DAY));
    const event = await t.db.event.update({ where: { id: running }, data: { hours: 24 } });
    // Checked in on its first day.
    await t.db.registration.create({ data: { eventId: running, userId: teacher.id, status: "registered", attended: true } });
    const later = new Date(event.endsAt.getTime() + HOUR);

    const now = await listTraining(t.db, { userId: teacher.id, now: NOW });
    expect(now.items.map((item) => item.title)).toEqual(["Идущий курс"]);
    expect(now).toMatchObject({ recentHours: 0, trained: false });
    expect(await reportRowOf(teacher, NOW)).toEqual({ trained: false, last: null, hours: 0, courses: [] });

    expect(await listTraining(t.db, { userId: teacher.id, now: later })).toMatchObject({ recentHours: 24, trained: true });
    expect(await reportRowOf(teacher, later)).toEqual({ trained: true, last: event.endsAt, hours: 24, courses: ["Идущий курс"] });
  });

  it("deletes a pending or declined record, never a confirmed one", async () => {
    const teacher = await createTeacher(t.db);
    const other = await createTeacher(t.db);
    const ids: number[] = [];
    for (const status of ["pending", "declined", "confirmed"]) {
      const added = await addTrainingRecord(t.db, { userId: teacher.id, input: COURSE, now: NOW, zone: ZONE });
      if (!added.ok) throw new Error(added.rule);
      await t.db.trainingRecord.update({ where: { id: added.value }, data: { status } });
      ids.push(added.value);
    }
    expect(await deleteTrainingRecord(t.db, { userId: other.id, recordId: ids[0]! })).toBe("not-found");
    expect(await deleteTrainingRecord(t.db, { userId: teacher.id, recordId: ids[0]! })).toBe("deleted");
    expect(await deleteTrainingRecord(t.db, { userId: teacher.id, recordId: ids[1]! })).toBe("deleted");
    expect(await deleteTrainingRecord(t.db, { userId: teacher.id, recordId: ids[2]! })).toBe("confirmed");
    expect(await t.db.trainingRecord.findMany({ where: { userId: teacher.id }, select: { id: true } })).toEqual([{ id: ids[2] }]);
  });
});

describe("the coordinators' review", () => {
  it("confirms a record of the coordinator's school once, tells the teacher, and the record counts", async () => {
    const teacher = await createTeacher(t.db);
    const schoolId = teacher.schoolId!;
    const [mine, other] = [await coordinatorOf({ schoolId }), await coordinatorOf({ schoolId: (await otherSchool(schoolId)).id })];
    const added = await addTrainingRecord(t.db, { userId: teacher.id, input: { ...COURSE, title: "Проверка" }, now: NOW, zone: ZONE });
    if (!added.ok) throw new Error(added.rule);
    const recordId = added.value;
    const scope = { kind: "s" as const, id: schoolId };
    expect(await pendingTrainingCount(t.db, scope)).toBeGreaterThanOrEqual(1);
    const pending = await pendingTrainingAt(t.db, scope, 99);
    expect(pending.index).toBe(pending.total - 1);

    expect(await reviewTrainingRecord(t.db, { reviewer: other, recordId, decision: "confirmed", now: NOW })).toBe("not-allowed");
    expect(await reviewTrainingRecord(t.db, { reviewer: await memberOf(t.db, teacher.id), recordId, decision: "confirmed", now: NOW })).toBe("not-allowed");
    expect((await t.db.trainingRecord.findUniqueOrThrow({ where: { id: recordId } })).status).toBe("pending");

    expect(await reviewTrainingRecord(t.db, { reviewer: mine, recordId, decision: "confirmed", now: NOW })).toBe("confirmed");
    expect(await reviewTrainingRecord(t.db, { reviewer: mine, recordId, decision: "declined", now: NOW })).toBe("already-reviewed");
    expect(await t.db.trainingRecord.findUniqueOrThrow({ where: { id: recordId } })).toMatchObject({ status: "confirmed", reviewedById: mine.userId, reviewedAt: NOW });
    const notices = await t.db.outboxMessage.findMany({ where: { userId: teacher.id } });
    expect(notices.map((row) => JSON.parse(row.payload).key)).toEqual(["training-confirmed-notice"]);
    const trained = (await trainedPeople(t.db, { people: { id: teacher.id }, since: trainedSince(NOW), until: NOW })).size;
    expect(trained).toBe(1);
  });

  it("lets a municipal coordinator review their schools, and nobody their own record", async () => {
    const teacher = await createTeacher(t.db);
    const municipal = await coordinatorOf({ municipalityId: teacher.municipalityId! });
    const own = await addTrainingRecord(t.db, { userId: municipal.userId, input: COURSE, now: NOW, zone: ZONE });
    const theirs = await addTrainingRecord(t.db, { userId: teacher.id, input: COURSE, now: NOW, zone: ZONE });
    if (!own.ok || !theirs.ok) throw new Error("not added");
    expect(await reviewTrainingRecord(t.db, { reviewer: municipal, recordId: own.value, decision: "confirmed", now: NOW })).toBe("own");
    expect(await reviewTrainingRecord(t.db, { reviewer: municipal, recordId: theirs.value, decision: "declined", now: NOW })).toBe("declined");
    expect(await reviewTrainingRecord(t.db, { reviewer: municipal, recordId: 999_999, decision: "declined", now: NOW })).toBe("not-found");
  });
});

/** The teacher's row of the training export as of `now` (its half-year in Omsk), and the courses of theirs it lists. */
async function reportRowOf(teacher: { fullName: string | null; schoolId: number | null }, now: Date) {
  const i18n = sharedI18n();
  const table = await trainingTable(t.db, { scope: { kind: "s", id: teacher.schoolId! }, period: periodOf(halfYearOf(now, ZONE), ZONE), now, t: (key, vars) => i18n.t("ru", key, vars), lang: "ru", zone: ZONE });
  const theirs = async (sheet: Sheet) => {
    const rows: Row[] = [];
    for await (const page of sheet.pages()) rows.push(...page.filter((row) => row[0] === teacher.fullName));
    return rows;
  };
  const [[row], courses] = [await theirs(table.sheets[0]!), await theirs(table.sheets[1]!)];
  return { trained: row![5], last: row![6], hours: row![7], courses: courses.map((course) => course[2]) };
}

async function otherSchool(schoolId: number) {
  return t.db.school.findFirstOrThrow({ where: { id: { not: schoolId } }, orderBy: { id: "asc" } });
}
