// The saved route as files: the Word table schools ask for (deficit, goal, form of work, event
// or measure, dates, result, with the teacher's name, school and period), the same as an Excel
// table, and an .ics of its dated items. Pure builders: the handler gives the words (in the
// person's language) and sends them.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { inMemory, storedDay, type Column, type Row, type Table as TableFile } from "../../exports/table.ts";
import { foldByOctets } from "../events/ics.ts";
import { formOf, itemDay } from "./route-screens.ts";
import type { RouteItemView, SavedRoute } from "./route-service.ts";
import { inLang, type Reader } from "./take-screens.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export type RouteOwner = { fullName: string | null; schoolName: string | null; municipalityName: string | null };

/** "5 декабря 2030" or "5 декабря 2030 – 20 декабря 2030" for a measure spanning days. */
function itemDates(item: RouteItemView, reader: Reader): string {
  const start = itemDay(item, reader);
  if (!item.endsAt) return start;
  const end = itemDay({ kind: item.kind, startsAt: item.endsAt }, reader);
  return end === start ? start : `${start} – ${end}`;
}

function resultOf(t: Translate, item: RouteItemView): string {
  if (item.state === "attended") return t("diagnostics-route-docx-result-attended");
  if (item.state === "signed-up") return t("diagnostics-route-docx-result-signed-up");
  return "";
}

/** The first and last days of the dated items, or null when none is dated. */
function periodOf(route: SavedRoute, reader: Reader): string | null {
  const dated = route.areas.flatMap((area) => area.items).filter((item) => item.startsAt);
  if (!dated.length) return null;
  const byStart = [...dated].sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime());
  const byEnd = [...dated].sort((a, b) => (b.endsAt ?? b.startsAt)!.getTime() - (a.endsAt ?? a.startsAt)!.getTime());
  const last = byEnd[0]!;
  return `${itemDay(byStart[0]!, reader)} – ${itemDay({ kind: last.kind, startsAt: last.endsAt ?? last.startsAt }, reader)}`;
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** The route as a .docx: a heading, the teacher's details and period, then one table row per item. */
export async function routeDocx(route: SavedRoute, owner: RouteOwner, t: Translate, reader: Reader): Promise<Buffer> {
  const none = t("diagnostics-route-docx-none");
  const details = [
    t("diagnostics-route-docx-teacher", { name: owner.fullName ?? none }),
    t("diagnostics-route-docx-school", { school: owner.schoolName ?? none }),
    t("diagnostics-route-docx-municipality", { municipality: owner.municipalityName ?? none }),
    t("diagnostics-route-docx-period", { period: periodOf(route, reader) ?? none }),
  ];
  const header = new TableRow({
    tableHeader: true,
    children: [
      t("diagnostics-route-docx-col-deficit"),
      t("diagnostics-route-docx-col-goal"),
      t("diagnostics-route-docx-col-form"),
      t("diagnostics-route-docx-col-activity"),
      t("diagnostics-route-docx-col-dates"),
      t("diagnostics-route-docx-col-result"),
    ].map((text) => cell(text, true)),
  });
  const rows = route.areas.flatMap((area) => {
    const deficit = inLang(area.title, reader);
    return area.items.map(
      (item) =>
        new TableRow({
          children: [
            cell(deficit),
            cell(t("diagnostics-route-docx-goal", { area: deficit })),
            cell(formOf(t, item.form)),
            cell(item.title),
            cell(itemDates(item, reader)),
            cell(resultOf(t, item)),
          ],
        }),
    );
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(t("diagnostics-route-docx-heading"))] }),
          ...details.map((text) => new Paragraph({ children: [new TextRun(text)] })),
          new Paragraph({ children: [] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The route as a table, an item a row: its dates as dates (a measure's are calendar days) and its state now. */
export function routeTable(route: SavedRoute, t: Translate, reader: Reader): TableFile {
  const day = (item: RouteItemView, at: Date | null) => (at && item.kind === "measure" ? storedDay(at, reader.zone) : at);
  const rows = route.areas.flatMap((area) => {
    const deficit = inLang(area.title, reader);
    return area.items.map((item): Row => [
      deficit,
      t("diagnostics-route-docx-goal", { area: deficit }),
      formOf(t, item.form),
      item.title,
      day(item, item.startsAt),
      day(item, item.endsAt),
      t("export-route-state", { state: item.state }),
    ]);
  });
  const columns: Column[] = [
    { header: t("diagnostics-route-docx-col-deficit"), type: "text" },
    { header: t("diagnostics-route-docx-col-goal"), type: "text" },
    { header: t("diagnostics-route-docx-col-form"), type: "text" },
    { header: t("diagnostics-route-docx-col-activity"), type: "text", width: 30 },
    { header: t("export-col-start"), type: "date" },
    { header: t("export-col-end"), type: "date" },
    { header: t("export-col-route-state"), type: "text" },
  ];
  const sheet = { name: t("export-route-sheet"), columns, rowCount: rows.length, pages: inMemory(rows) };
  return { sheets: [sheet], zone: reader.zone, lang: reader.lang, yes: t("export-yes"), no: t("export-no") };
}

const utcParts = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
const dayParts = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const DAY_MS = 86_400_000;

/**
 * The dated items as one calendar: events at their times in UTC (with the UID of the event's own
 * .ics, so a calendar that has it updates rather than doubles it), measures as whole days. Null
 * when nothing is dated.
 */
export function routeIcs(route: SavedRoute, t: Translate, reader: Reader): string | null {
  const events: EventAttributes[] = route.areas.flatMap((area) =>
    area.items.flatMap((item): EventAttributes[] => {
      if (!item.startsAt || item.state === "cancelled") return [];
      const description = t("diagnostics-route-docx-goal", { area: inLang(area.title, reader) });
      if (item.kind === "event" && item.eventId !== null) {
        const end = item.endsAt ?? item.startsAt;
        return [{ uid: `${item.eventId}@events.profrost`, title: item.title, description, start: utcParts(item.startsAt), startInputType: "utc", startOutputType: "utc", end: utcParts(end), endInputType: "utc", endOutputType: "utc" }];
      }
      // A whole-day span ends the day after its last (RFC 5545: DTEND is exclusive).
      const lastDay = item.endsAt ?? item.startsAt;
      return [{ uid: `${item.measureId ?? 0}-${area.area}.measure@route.profrost`, title: item.title, description, start: dayParts(item.startsAt), end: dayParts(new Date(lastDay.getTime() + DAY_MS)) }];
    }),
  );
  // An event addressing two deficits is in the route twice, and once in a calendar.
  const unique = events.filter((event, index) => events.findIndex((other) => other.uid === event.uid) === index);
  if (!unique.length) return null;
  const { error, value } = createEvents(unique, { productId: "profrost/route" });
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return foldByOctets(value);
}
