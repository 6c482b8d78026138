// The teachers of a scope with their training record, as of the half-year's end (or now while it
// runs): a sheet of teachers (trained within 3 years, the last training, its hours) and a sheet of
// every course behind it, attended through the bot or entered by the teacher. What counts is
// src/features/training/rules.ts: attended courses and confirmed records.
import type { Db } from "../../db/client.ts";
import { inIdOrder, pagedByIds, storedDay, type Column, type Row, type Sheet, type Table } from "../../exports/table.ts";
import { yearsTaught } from "../../core/teaching.ts";
import type { Translate } from "../../i18n/dates.ts";
import { isSubject } from "../profile/subjects.ts";
import { TRAINING_KIND, trainedSince } from "../training/rules.ts";
import { tableOf, type ExportOptions } from "./export-common.ts";
import { asOf } from "./period.ts";
import { scopePeople } from "./scope.ts";

/** Teachers whose courses are read at once: a teacher has a handful, so a page stays small. */
const TEACHERS_PER_ENTRY_PAGE = 500;

type Entry = {
  source: "event" | "record";
  title: string;
  provider: string;
  hours: number | null;
  /** As written: an event's moments, a record's days as moments in the zone. */
  startsAt: Date;
  endsAt: Date;
  /** The end as stored, which rules.ts compares (a record's day is its midnight in UTC). */
  ended: Date;
  certificate: string | null;
  /** "attended" for a course in the bot; a record's review status otherwise. */
  status: string;
};

const counts = (entry: Entry) => entry.status === "attended" || entry.status === "confirmed";

/** The courses of these teachers that ended by `at`, the latest first. */
async function entriesOf(db: Db, userIds: number[], at: Date, zone: string): Promise<Map<number, Entry[]>> {
  const [attended, records] = await Promise.all([
    db.registration.findMany({
      where: { userId: { in: userIds }, attended: true, event: { kind: TRAINING_KIND, cancelledAt: null, endsAt: { lte: at } } },
      select: { userId: true, event: { select: { title: true, organiser: true, hours: true, startsAt: true, endsAt: true } } },
    }),
    db.trainingRecord.findMany({
      where: { userId: { in: userIds }, endsOn: { lte: at } },
      select: { userId: true, title: true, provider: true, hours: true, startsOn: true, endsOn: true, certificateNumber: true, status: true },
    }),
  ]);
  const byUser = new Map<number, Entry[]>();
  const add = (userId: number, entry: Entry) => {
    const own = byUser.get(userId);
    if (own) own.push(entry);
    else byUser.set(userId, [entry]);
  };
  for (const { userId, event } of attended) {
    add(userId!, { source: "event", title: event.title, provider: event.organiser, hours: event.hours, startsAt: event.startsAt, endsAt: event.endsAt, ended: event.endsAt, certificate: null, status: "attended" });
  }
  for (const record of records) {
    const [startsAt, endsAt] = [storedDay(record.startsOn, zone), storedDay(record.endsOn, zone)];
    const { title, provider, hours, status } = record;
    add(record.userId, { source: "record", title, provider, hours, startsAt, endsAt, ended: record.endsOn, certificate: record.certificateNumber, status });
  }
  for (const entries of byUser.values()) entries.sort((a, b) => b.ended.getTime() - a.ended.getTime());
  return byUser;
}

async function teachersOf(db: Db, ids: number[]) {
  const rows = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, teachingSince: true, school: { select: { name: true } }, municipality: { select: { name: true } }, subjects: { select: { subject: true }, orderBy: { subject: "asc" } } },
  });
  return inIdOrder(ids, rows);
}

function teachersSheet(db: Db, t: Translate, ids: number[], opts: { at: Date; zone: string }): Sheet {
  const since = trainedSince(opts.at);
  const columns: Column[] = [
    { header: t("export-col-person"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-municipality"), type: "text" },
    { header: t("export-col-subjects"), type: "text" },
    { header: t("export-col-years-taught"), type: "integer" },
    { header: t("export-col-trained"), type: "boolean" },
    { header: t("export-col-last-training"), type: "date" },
    { header: t("export-col-recent-hours"), type: "integer" },
  ];
  const pages = pagedByIds(ids, async (page) => {
    const [teachers, entries] = await Promise.all([teachersOf(db, page), entriesOf(db, page, opts.at, opts.zone)]);
    return teachers.map((teacher): Row => {
      const counted = (entries.get(teacher.id) ?? []).filter(counts);
      const recent = counted.filter((entry) => entry.ended >= since);
      const subjects = teacher.subjects.flatMap(({ subject }) => (isSubject(subject) ? [t(`subject-${subject}`)] : []));
      return [
        teacher.fullName,
        teacher.school?.name ?? null,
        teacher.municipality?.name ?? null,
        subjects.join(", ") || null,
        yearsTaught(teacher.teachingSince, opts.at),
        recent.length > 0,
        counted[0]?.endsAt ?? null,
        recent.reduce((sum, entry) => sum + (entry.hours ?? 0), 0),
      ];
    });
  });
  return { name: t("export-sheet-teachers"), columns, rowCount: ids.length, pages };
}

function entriesSheet(db: Db, t: Translate, ids: number[], opts: { at: Date; zone: string; rowCount: number }): Sheet {
  const columns: Column[] = [
    { header: t("export-col-person"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-course"), type: "text", width: 30 },
    { header: t("export-col-provider"), type: "text" },
    { header: t("export-col-hours"), type: "integer" },
    { header: t("export-col-start"), type: "date" },
    { header: t("export-col-end"), type: "date" },
    { header: t("export-col-certificate"), type: "text" },
    { header: t("export-col-source"), type: "text" },
    { header: t("export-col-training-status"), type: "text" },
  ];
  const pages = pagedByIds(
    ids,
    async (page) => {
      const [teachers, entries] = await Promise.all([teachersOf(db, page), entriesOf(db, page, opts.at, opts.zone)]);
      return teachers.flatMap((teacher) =>
        (entries.get(teacher.id) ?? []).map((entry): Row => [
          teacher.fullName,
          teacher.school?.name ?? null,
          entry.title,
          entry.provider,
          entry.hours,
          entry.startsAt,
          entry.endsAt,
          entry.certificate,
          t("export-training-source", { source: entry.source }),
          t("export-training-status", { status: entry.status }),
        ]),
      );
    },
    TEACHERS_PER_ENTRY_PAGE,
  );
  return { name: t("export-sheet-training"), columns, rowCount: opts.rowCount, pages };
}

/** The scope's teachers by school and name, and their courses; the teachers' sheet first (a CSV holds one sheet). */
export async function trainingTable(db: Db, opts: ExportOptions): Promise<Table> {
  const at = asOf(opts.period, opts.now);
  const people = scopePeople(opts.scope);
  const [teachers, attended, records] = await Promise.all([
    db.user.findMany({ where: people, orderBy: [{ school: { name: "asc" } }, { fullName: "asc" }, { id: "asc" }], select: { id: true } }),
    db.registration.count({ where: { attended: true, user: people, event: { kind: TRAINING_KIND, cancelledAt: null, endsAt: { lte: at } } } }),
    db.trainingRecord.count({ where: { user: people, endsOn: { lte: at } } }),
  ]);
  const ids = teachers.map((teacher) => teacher.id);
  const zone = opts.zone;
  return tableOf(opts, [teachersSheet(db, opts.t, ids, { at, zone }), entriesSheet(db, opts.t, ids, { at, zone, rowCount: attended + records })]);
}
