// The teachers of a scope with their training record, as of the half-year's end (or now while it
// runs): a sheet of teachers (trained within 3 years, the last training, its hours) and a sheet of
// every course behind it, attended through the bot or entered by the teacher. Which courses a
// teacher has and what of them counts is src/features/training/service.ts, as on their own screen.
import type { Db } from "../../db/client.ts";
import { inIdOrder, pagedByIds, storedDay, type Column, type Row, type Sheet, type Table } from "../../exports/table.ts";
import { yearsTaught } from "../../core/teaching.ts";
import type { Translate } from "../../i18n/dates.ts";
import { isSubject } from "../profile/subjects.ts";
import { courseCount, coursesOf, summarise, type TrainingItem } from "../training/service.ts";
import { tableOf, type ExportOptions } from "./export-common.ts";
import { asOf } from "./period.ts";
import { scopePeople } from "./scope.ts";

/** Teachers whose courses are read at once: a teacher has a handful, so a page stays small. */
const TEACHERS_PER_ENTRY_PAGE = 500;

/** A course's days as written: an event's moments, a record's calendar days as moments in the zone. */
const daysOf = (item: TrainingItem, zone: string): [Date, Date] =>
  item.source === "event" ? [item.startsAt, item.endsAt] : [storedDay(item.startsOn, zone), storedDay(item.endsOn, zone)];

async function teachersOf(db: Db, ids: number[]) {
  const rows = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, teachingSince: true, school: { select: { name: true } }, municipality: { select: { name: true } }, subjects: { select: { subject: true }, orderBy: { subject: "asc" } } },
  });
  return inIdOrder(ids, rows);
}

function teachersSheet(db: Db, t: Translate, ids: number[], opts: { at: Date; zone: string }): Sheet {
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
    const [teachers, courses] = await Promise.all([teachersOf(db, page), coursesOf(db, { userIds: page, endedBy: opts.at })]);
    return teachers.map((teacher): Row => {
      const summary = summarise(courses.get(teacher.id) ?? [], opts.at);
      const subjects = teacher.subjects.flatMap(({ subject }) => (isSubject(subject) ? [t(`subject-${subject}`)] : []));
      return [
        teacher.fullName,
        teacher.school?.name ?? null,
        teacher.municipality?.name ?? null,
        subjects.join(", ") || null,
        yearsTaught(teacher.teachingSince, opts.at),
        summary.trained,
        summary.lastCounted && daysOf(summary.lastCounted, opts.zone)[1],
        summary.recentHours,
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
      const [teachers, courses] = await Promise.all([teachersOf(db, page), coursesOf(db, { userIds: page, endedBy: opts.at })]);
      return teachers.flatMap((teacher) =>
        (courses.get(teacher.id) ?? []).map((course): Row => [
          teacher.fullName,
          teacher.school?.name ?? null,
          course.title,
          course.provider,
          course.hours,
          ...daysOf(course, opts.zone),
          course.source === "record" ? course.certificateNumber : null,
          t("export-training-source", { source: course.source }),
          t("export-training-status", { status: course.source === "record" ? course.status : "attended" }),
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
  const [teachers, courses] = await Promise.all([
    db.user.findMany({ where: people, orderBy: [{ school: { name: "asc" } }, { fullName: "asc" }, { id: "asc" }], select: { id: true } }),
    courseCount(db, { people, endedBy: at }),
  ]);
  const ids = teachers.map((teacher) => teacher.id);
  const zone = opts.zone;
  return tableOf(opts, [teachersSheet(db, opts.t, ids, { at, zone }), entriesSheet(db, opts.t, ids, { at, zone, rowCount: courses })]);
}
