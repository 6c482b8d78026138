// Attendance of a scope in a half-year, an event a row: how many of the scope's people signed up
// for it and how many came, counted as the indicators count them (events not cancelled, starting
// in the half-year; "signed up" is a seat or a place on the waiting list).
import type { Db } from "../../db/client.ts";
import { inIdOrder, pagedByIds, type Column, type Table } from "../../exports/table.ts";
import { SIGNED_UP } from "../events/coordinator.ts";
import { kindWord, tableOf, type ExportOptions } from "./export-common.ts";
import { scopePeople } from "./scope.ts";

export async function attendanceTable(db: Db, opts: ExportOptions): Promise<Table> {
  const { t } = opts;
  const signedUp = { status: { in: SIGNED_UP }, user: scopePeople(opts.scope) };
  const events = await db.event.findMany({
    where: { cancelledAt: null, startsAt: { gte: opts.period.from, lt: opts.period.until }, registrations: { some: signedUp } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const columns: Column[] = [
    { header: t("export-col-event"), type: "text", width: 30 },
    { header: t("export-col-kind"), type: "text" },
    { header: t("export-col-date"), type: "date" },
    { header: t("export-col-hours"), type: "integer" },
    { header: t("export-col-signed-up"), type: "integer" },
    { header: t("export-col-came"), type: "integer" },
    { header: t("export-col-came-share"), type: "percent" },
  ];
  const pages = pagedByIds(
    events.map((event) => event.id),
    async (ids) => {
      const [rows, counts] = await Promise.all([
        db.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, kind: true, startsAt: true, endsAt: true, hours: true } }),
        db.registration.groupBy({ by: ["eventId", "attended"], where: { eventId: { in: ids }, ...signedUp }, _count: { _all: true } }),
      ]);
      const tally = new Map<number, { total: number; came: number }>();
      for (const count of counts) {
        const own = tally.get(count.eventId) ?? { total: 0, came: 0 };
        own.total += count._count._all;
        if (count.attended) own.came += count._count._all;
        tally.set(count.eventId, own);
      }
      return inIdOrder(ids, rows).map((event) => {
        const { total, came } = tally.get(event.id) ?? { total: 0, came: 0 };
        // An event not over yet has no attendance to share out.
        const share = event.endsAt <= opts.now && total > 0 ? (came / total) * 100 : null;
        return [event.title, kindWord(t, event.kind), event.startsAt, event.hours, total, came, share];
      });
    },
  );
  return tableOf(opts, [{ name: t("export-sheet-attendance"), columns, rowCount: events.length, pages }]);
}
