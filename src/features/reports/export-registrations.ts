// Sign-ups as a table: a scope's for the events of a half-year, or one event's (all of them for
// its organisers, a coordinator's own people for a coordinator). The order is read once as ids,
// then the rows a page at a time (src/exports/table.ts).
import type { Db } from "../../db/client.ts";
import { inIdOrder, pagedByIds, type Column, type Row, type Sheet, type Table } from "../../exports/table.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import type { Translate } from "../../i18n/dates.ts";
import type { CoordinatorScope } from "../events/coordinator.ts";
import { kindWord, levelWord, resultWord, statusWord, tableOf, type ExportOptions, type Reader } from "./export-common.ts";
import { scopePeople } from "./scope.ts";

const SELECT = {
  id: true,
  status: true,
  attended: true,
  result: true,
  createdAt: true,
  event: { select: { title: true, kind: true, startsAt: true, level: true, cancelledAt: true } },
  user: { select: { fullName: true, school: { select: { name: true } }, municipality: { select: { name: true } } } },
} satisfies Prisma.RegistrationSelect;

type Registration = Prisma.RegistrationGetPayload<{ select: typeof SELECT }>;

/** Which columns a sheet has: the event's own only when it lists several events; the result only where a contest can be. */
type Shape = { events: boolean; contest: boolean };

function columns(t: Translate, shape: Shape): Column[] {
  const event: Column[] = [
    { header: t("export-col-event"), type: "text", width: 30 },
    { header: t("export-col-kind"), type: "text" },
    { header: t("export-col-starts-at"), type: "datetime" },
  ];
  const level: Column = { header: t("export-col-level"), type: "text" };
  const result: Column = { header: t("export-col-result"), type: "text" };
  return [
    { header: t("export-col-person"), type: "text" },
    { header: t("export-col-school"), type: "text" },
    { header: t("export-col-municipality"), type: "text" },
    ...(shape.events ? event : []),
    { header: t("export-col-status"), type: "text" },
    { header: t("export-col-signed-up-at"), type: "datetime" },
    { header: t("export-col-attended"), type: "boolean" },
    ...(shape.events ? [level] : []),
    ...(shape.contest ? [result] : []),
  ];
}

function rowOf(t: Translate, shape: Shape, row: Registration): Row {
  const contest = row.event.kind === "contest";
  return [
    row.user?.fullName ?? null,
    row.user?.school?.name ?? null,
    row.user?.municipality?.name ?? null,
    ...(shape.events ? [row.event.title, kindWord(t, row.event.kind), row.event.startsAt] : []),
    statusWord(t, row.status, row.event.cancelledAt !== null),
    row.createdAt,
    row.attended,
    ...(shape.events ? [contest ? levelWord(t, row.event.level) : null] : []),
    ...(shape.contest ? [contest && row.attended ? resultWord(t, row.result) : null] : []),
  ];
}

async function registrationSheet(db: Db, t: Translate, opts: { where: Prisma.RegistrationWhereInput; orderBy: Prisma.RegistrationOrderByWithRelationInput[]; shape: Shape }): Promise<Sheet> {
  const ids = (await db.registration.findMany({ where: opts.where, orderBy: opts.orderBy, select: { id: true } })).map((row) => row.id);
  return {
    name: t("export-sheet-registrations"),
    columns: columns(t, opts.shape),
    rowCount: ids.length,
    pages: pagedByIds(ids, async (page) => inIdOrder(page, await db.registration.findMany({ where: { id: { in: page } }, select: SELECT })).map((row) => rowOf(t, opts.shape, row))),
  };
}

const BY_PERSON: Prisma.RegistrationOrderByWithRelationInput[] = [{ user: { school: { name: "asc" } } }, { user: { fullName: "asc" } }, { id: "asc" }];

/** Every sign-up of the scope's people for the events starting in the half-year, by event, then by school and name. */
export async function registrationsTable(db: Db, opts: ExportOptions): Promise<Table> {
  const where = { user: scopePeople(opts.scope), event: { startsAt: { gte: opts.period.from, lt: opts.period.until } } };
  const orderBy = [{ event: { startsAt: "asc" } }, { eventId: "asc" }, ...BY_PERSON] satisfies Prisma.RegistrationOrderByWithRelationInput[];
  return tableOf(opts, [await registrationSheet(db, opts.t, { where, orderBy, shape: { events: true, contest: true } })]);
}

/**
 * One event's sign-ups by school and name: everyone's for `people: null` (its organisers), else
 * only those of the coordinator's schools and municipalities. People who deleted their data are
 * left out: their rows only count.
 */
export async function eventRegistrationsTable(db: Db, opts: Reader & { event: { id: number; kind: string }; people: CoordinatorScope | null }): Promise<Table> {
  const user: Prisma.UserWhereInput = opts.people ? { OR: [{ schoolId: { in: opts.people.schoolIds } }, { municipalityId: { in: opts.people.municipalityIds } }] } : {};
  const where = { eventId: opts.event.id, userId: { not: null }, user };
  const sheet = await registrationSheet(db, opts.t, { where, orderBy: BY_PERSON, shape: { events: false, contest: opts.event.kind === "contest" } });
  return tableOf(opts, [sheet]);
}
