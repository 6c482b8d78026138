// Self-diagnosis results of a scope as a table: for each questionnaire that ran in the half-year,
// a row per group and area (the average, the share with the deficit, the change between rounds).
// The groups and what may be shown of them come from aggregates-service.ts, as the staff's
// screens show them: a group under 5 people (or one that would give such a group away) is one
// row saying so, with no numbers; no row ever names a person.
import type { Db } from "../../db/client.ts";
import { inMemory, type Column, type Row, type Table } from "../../exports/table.ts";
import type { Translate } from "../../i18n/dates.ts";
import { listStaffQuestionnaires, municipalityAggregate, regionAggregate, schoolAggregate, type Hidden, type NamedAggregate, type StaffQuestionnaire, type StaffView } from "../diagnostics/aggregates-service.ts";
import { inLang, tableOf, type ExportOptions } from "./export-common.ts";
import { scopePeople, type ReportScope } from "./scope.ts";

/** The scope's own group first, then its parts, as the viewer may see them. */
async function groupsOf(db: Db, questionnaire: StaffQuestionnaire, scope: ReportScope, view: StaffView, regionName: string): Promise<NamedAggregate[]> {
  if (scope.kind === "r") {
    const region = await regionAggregate(db, questionnaire);
    return [{ id: 0, name: regionName, aggregate: region.total }, ...region.municipalities];
  }
  if (scope.kind === "m") {
    const found = await municipalityAggregate(db, questionnaire, scope.id, view);
    return found ? [found.municipality, ...found.schools] : [];
  }
  const school = await schoolAggregate(db, questionnaire, scope.id, view);
  return school ? [school] : [];
}

const HIDDEN: Record<Hidden, string> = { few: "export-diagnostics-hidden-few", subtraction: "export-diagnostics-hidden-subtraction" };
const CHANGE_HIDDEN: Record<Hidden, string> = { few: "export-diagnostics-change-hidden-few", subtraction: "export-diagnostics-change-hidden-subtraction" };

function groupRows(t: Translate, lang: string, title: string, group: NamedAggregate): Row[] {
  const { aggregate } = group;
  if (!aggregate.shown) return [[title, group.name, null, null, null, null, null, t(HIDDEN[aggregate.why])]];
  const note = aggregate.changeHidden ? t(CHANGE_HIDDEN[aggregate.changeHidden]) : null;
  return aggregate.areas.map((area) => [title, group.name, aggregate.people, inLang(area.title, lang), area.average, area.deficitShare, area.change, note]);
}

/** Questionnaires published before the half-year ended and not closed before it began, with anyone of the scope done. */
async function ranIn(db: Db, opts: ExportOptions): Promise<StaffQuestionnaire[]> {
  const listed = await listStaffQuestionnaires(db);
  const ran = await db.questionnaire.findMany({
    where: {
      id: { in: listed.map((each) => each.id) },
      AND: [{ OR: [{ publishedAt: null }, { publishedAt: { lt: opts.period.until } }] }, { OR: [{ closedAt: null }, { closedAt: { gte: opts.period.from } }] }],
      attempts: { some: { finishedAt: { not: null }, user: scopePeople(opts.scope) } },
    },
    select: { id: true },
  });
  const kept = new Set(ran.map((each) => each.id));
  return listed.filter((each) => kept.has(each.id));
}

export async function diagnosticsTable(db: Db, opts: ExportOptions & { view: StaffView }): Promise<Table> {
  const { t, lang } = opts;
  const rows: Row[] = [];
  for (const questionnaire of await ranIn(db, opts)) {
    const title = inLang(questionnaire.title, lang);
    for (const group of await groupsOf(db, questionnaire, opts.scope, opts.view, t("export-region"))) rows.push(...groupRows(t, lang, title, group));
  }
  const columns: Column[] = [
    { header: t("export-col-questionnaire"), type: "text" },
    { header: t("export-col-group"), type: "text" },
    { header: t("export-col-people"), type: "integer" },
    { header: t("export-col-area"), type: "text" },
    { header: t("export-col-average"), type: "percent" },
    { header: t("export-col-deficit-share"), type: "percent" },
    { header: t("export-col-change"), type: "number" },
    { header: t("export-col-note"), type: "text" },
  ];
  return tableOf(opts, [{ name: t("export-sheet-diagnostics"), columns, rowCount: rows.length, pages: inMemory(rows) }]);
}
