// The exports' buttons: a scope's table for a half-year (rp:e) and one event's sign-ups (rp:ev).
// Each checks again what the button claims (the permission, the scope against the person's grants
// and the directory, the half-year), answers the tap at once, then builds the file and sends it,
// or says there is no data instead of sending an empty file. Register before reportsFeature, whose
// last handler answers every other rp: button as outdated.
import { Composer, InputFile } from "grammy";
import { DateTime } from "luxon";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Db } from "../../db/client.ts";
import { toCsv } from "../../exports/csv.ts";
import type { Table } from "../../exports/table.ts";
import { toXlsx } from "../../exports/xlsx.ts";
import { staffViewOf, type StaffView } from "../diagnostics/aggregates-service.ts";
import { readerOf } from "../diagnostics/take-screens.ts";
import { coordinatorScope } from "../events/coordinator.ts";
import { onlyWith } from "../roles/guard.ts";
import { can, hasRole } from "../roles/permissions.ts";
import { EXPORT_KIND_CODE, EXPORT_KINDS, REPORT_DATA as DATA, type ExportKind, type FileFormat } from "./callbacks.ts";
import { attendanceTable } from "./export-attendance.ts";
import type { ExportOptions, Reader } from "./export-common.ts";
import { diagnosticsTable } from "./export-diagnostics.ts";
import { eventRegistrationsTable, registrationsTable } from "./export-registrations.ts";
import { trainingTable } from "./export-training.ts";
import { fileSlug } from "./files.ts";
import { halfYearFromCode, periodOf } from "./period.ts";
import { mayReportOn, type ReportScope } from "./scope.ts";
import { halfYearWords, nameOf } from "./screens.ts";

export const reportExportsFeature = new Composer<Context>();

const TABLES: Record<ExportKind, (db: Db, opts: ExportOptions & { view: StaffView }) => Promise<Table>> = {
  registrations: registrationsTable,
  attendance: attendanceTable,
  training: trainingTable,
  diagnostics: diagnosticsTable,
};
const KIND_OF_CODE = new Map(EXPORT_KINDS.map((kind) => [EXPORT_KIND_CODE[kind], kind]));

const outdated = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });

const readerFor = (ctx: Context): Reader => ({ t: ctx.t.bind(ctx), ...readerOf(ctx) });

/** The caption's line of each sheet: "Teachers: 12 rows". */
const rowsLine = (ctx: Context, sheet: Table["sheets"][number]) => ctx.t("export-caption-rows", { sheet: sheet.name, count: sheet.rowCount });

/** The table as one .xlsx, or a .csv a sheet (a CSV file holds one): `name` gives each file's first word. */
export async function sendTable(ctx: Context, table: Table, opts: { format: FileFormat; name: (sheet: string | null) => string; caption: string }): Promise<void> {
  if (opts.format === "x") {
    const caption = [opts.caption, ...table.sheets.map((sheet) => rowsLine(ctx, sheet))].join("\n");
    await ctx.replyWithDocument(new InputFile(await toXlsx(table), `${opts.name(null)}.xlsx`), { caption, parse_mode: "HTML" });
    return;
  }
  for (const [index, sheet] of table.sheets.entries()) {
    const name = opts.name(table.sheets.length > 1 ? sheet.name : null);
    await ctx.replyWithDocument(new InputFile(await toCsv(table, index), `${name}.csv`), { caption: `${opts.caption}\n${rowsLine(ctx, sheet)}`, parse_mode: "HTML" });
  }
}

/** The scope of a button, or null for one no scope has (the region is always 0). */
const scopeOf = (kind: "r" | "m" | "s", id: number): ReportScope | null => (kind === "r" ? (id === 0 ? { kind, id: 0 } : null) : { kind, id });

reportExportsFeature.callbackQuery(DATA.export.pattern, onlyWith("reports.view"), async (ctx) => {
  const [code, format, scopeKind, id, halfCode] = DATA.export.parse(ctx.match);
  const kind = KIND_OF_CODE.get(code)!;
  const half = halfYearFromCode(halfCode);
  const scope = scopeOf(scopeKind, id);
  const now = ctx.deps.clock.now();
  if (!half || !scope) return void (await outdated(ctx));
  const period = periodOf(half, ctx.deps.config.defaultTimezone);
  // A half-year not begun yet is offered by no screen: a made-up button.
  if (period.from > now) return void (await outdated(ctx));
  if (!(await mayReportOn(ctx.deps.db, ctx.member, scope))) return void (await notAllowed(ctx));
  await ctx.answerCallbackQuery({ text: ctx.t("export-preparing") });
  await ctx.replyWithChatAction("upload_document");
  const table = await TABLES[kind](ctx.deps.db, { ...readerFor(ctx), scope, period, now, view: staffViewOf(ctx.member) });
  const scopeName = await nameOf(ctx, scope);
  const words = { what: ctx.t("export-what", { kind }), scope: esc(scopeName), period: halfYearWords(ctx, half) };
  if (!table.sheets[0]?.rowCount) return void (await ctx.reply(ctx.t("export-no-data", words), { parse_mode: "HTML" }));
  const tail = `${fileSlug(scopeName)}-${half.year}-H${half.half}`;
  const name = (sheet: string | null) => `${sheet === null ? ctx.t("export-file", { kind }) : fileSlug(sheet)}-${tail}`;
  await sendTable(ctx, table, { format, name, caption: ctx.t("export-caption", words) });
});

reportExportsFeature.callbackQuery(DATA.eventExport.pattern, async (ctx) => {
  const [eventId, format] = DATA.eventExport.parse(ctx.match);
  const all = can(ctx.member, "events.manage");
  if (!all && !(can(ctx.member, "reports.view") && hasRole(ctx.member, "coordinator"))) return void (await notAllowed(ctx));
  const event = await ctx.deps.db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, kind: true, startsAt: true } });
  if (!event) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") }));
  await ctx.answerCallbackQuery({ text: ctx.t("export-preparing") });
  await ctx.replyWithChatAction("upload_document");
  const reader = readerFor(ctx);
  const table = await eventRegistrationsTable(ctx.deps.db, { ...reader, event, people: all ? null : coordinatorScope(ctx.member?.grants ?? []) });
  const day = DateTime.fromJSDate(event.startsAt, { zone: reader.zone });
  const words = { title: esc(event.title), date: day.toFormat("dd.MM.yyyy") };
  if (!table.sheets[0]?.rowCount) return void (await ctx.reply(ctx.t(all ? "export-event-no-data" : "export-event-no-data-own", words), { parse_mode: "HTML" }));
  const name = () => `${ctx.t("export-file-event")}-${fileSlug(event.title)}-${day.toISODate()}`;
  await sendTable(ctx, table, { format, name, caption: ctx.t(all ? "export-event-caption" : "export-event-caption-own", words) });
});
