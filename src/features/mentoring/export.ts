// The coordinators' export: the scope's pairs (pending, active, and those ended this term) with
// the meetings held this term, its young teachers without a mentor, and its bank of mentors. A
// scope holds tens of pairs, a region hundreds: the rows are read at once.
import { yearsTaught } from "../../core/teaching.ts";
import type { Db } from "../../db/client.ts";
import { inMemory, type Column, type Row, type Sheet, type Table } from "../../exports/table.ts";
import type { Translate } from "../../i18n/dates.ts";
import { tableOf, type Reader } from "../reports/export-common.ts";
import type { Period } from "../reports/period.ts";
import type { ReportScope } from "../reports/scope.ts";
import { scopeMentors, scopePairs, youngWithoutMentor } from "./bank.ts";

const subjectWord = (t: Translate, subject: string | null) => (subject ? t(`subject-${subject}`) : t("mentoring-any-subject"));
const subjectWords = (t: Translate, subjects: readonly string[]) => subjects.map((subject) => subjectWord(t, subject)).join(", ") || null;

function sheet(name: string, columns: Column[], rows: Row[]): Sheet {
  return { name, columns, rowCount: rows.length, pages: inMemory(rows) };
}

async function pairsSheet(db: Db, t: Translate, scope: ReportScope, term: Period): Promise<Sheet> {
  const rows = await scopePairs(db, scope, { term, statuses: ["proposed", "active"], endedSince: term.from });
  const columns: Column[] = [
    { header: t("mentoring-col-mentee"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-municipality"), type: "text" },
    { header: t("mentoring-col-mentor"), type: "text" },
    { header: t("mentoring-col-mentor-school"), type: "text" },
    { header: t("mentoring-col-subject"), type: "text" },
    { header: t("mentoring-col-status"), type: "text" },
    { header: t("mentoring-col-proposed"), type: "date" },
    { header: t("mentoring-col-since"), type: "date" },
    { header: t("mentoring-col-held"), type: "integer" },
    { header: t("mentoring-col-last-held"), type: "date" },
    { header: t("mentoring-col-ended"), type: "date" },
    { header: t("mentoring-col-end-reason"), type: "text", width: 30 },
  ];
  const body = rows.map((pair): Row => [
    pair.mentee.fullName,
    pair.mentee.school?.name ?? null,
    pair.mentee.municipality?.name ?? null,
    pair.mentor?.fullName ?? null,
    pair.mentor?.school?.name ?? null,
    subjectWord(t, pair.subject),
    t("mentoring-status", { status: pair.status }),
    pair.createdAt,
    pair.startedAt,
    pair.held,
    pair.lastHeld,
    pair.endedAt,
    pair.endReason,
  ]);
  return sheet(t("mentoring-sheet-pairs"), columns, body);
}

async function youngSheet(db: Db, t: Translate, scope: ReportScope, now: Date): Promise<Sheet> {
  const young = await youngWithoutMentor(db, scope, now);
  const columns: Column[] = [
    { header: t("export-col-person"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-municipality"), type: "text" },
    { header: t("export-col-subjects"), type: "text" },
    { header: t("export-col-years-taught"), type: "integer" },
    { header: t("mentoring-col-asked"), type: "boolean" },
    { header: t("mentoring-col-asked-subject"), type: "text" },
  ];
  const body = young.map((person): Row => [
    person.name,
    person.school,
    person.municipality,
    subjectWords(t, person.subjects),
    yearsTaught(person.teachingSince, now),
    person.asked,
    person.asked ? subjectWord(t, person.askedSubject) : null,
  ]);
  return sheet(t("mentoring-sheet-young"), columns, body);
}

async function mentorsSheet(db: Db, t: Translate, scope: ReportScope): Promise<Sheet> {
  const { rows } = await scopeMentors(db, scope);
  const columns: Column[] = [
    { header: t("export-col-person"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-municipality"), type: "text" },
    { header: t("export-col-subjects"), type: "text" },
    { header: t("mentoring-col-capacity"), type: "integer" },
    { header: t("mentoring-col-mentees"), type: "integer" },
    { header: t("mentoring-col-note"), type: "text", width: 30 },
  ];
  const body = rows.map((mentor): Row => [mentor.name, mentor.school, mentor.municipality, subjectWords(t, mentor.subjects), mentor.capacity, mentor.mentees, mentor.note]);
  return sheet(t("mentoring-sheet-mentors"), columns, body);
}

/** The three sheets, pairs first (a CSV file holds one sheet, so each goes as a file of its own). */
export async function mentoringTable(db: Db, opts: Reader & { scope: ReportScope; term: Period; now: Date }): Promise<Table> {
  const sheets = await Promise.all([pairsSheet(db, opts.t, opts.scope, opts.term), youngSheet(db, opts.t, opts.scope, opts.now), mentorsSheet(db, opts.t, opts.scope)]);
  return tableOf(opts, sheets);
}
