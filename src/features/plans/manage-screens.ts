import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { Reader } from "./browse-screens.ts";
import { PLAN_DATA, PLAN_MANAGE_DATA } from "./callbacks.ts";
import { cardRecord, planRecord, type CardRecord } from "./manage.ts";
import { cut } from "./words.ts";

/** The plan as its card has read it (browse.ts getPlanOverview): its row, with what only managers are shown. */
type CardPlan = {
  id: number;
  archivedAt: Date | null;
  measureCount: number;
  record: { sourceName: string; createdAt: Date; updatedAt: Date; importedById: number | null; archivedById: number | null };
};

/** The last two lines of a plan's card for those who manage it: where it came from, and what hangs on it. */
function recordLines(ctx: Context, plan: CardPlan, more: CardRecord, reader: Reader): string[] {
  const day = (date: Date) => formatDate(date, reader.lang, reader.zone);
  const [first, last] = [day(plan.record.createdAt), day(plan.record.updatedAt)];
  const imported = first === last ? ctx.t("plans-imported", { date: first }) : ctx.t("plans-imported-updated", { first, date: last });
  return [
    [imported, more.importedBy && esc(cut(more.importedBy, 100)), `📄 ${esc(cut(plan.record.sourceName, 100))}`].filter(Boolean).join(" · "),
    ctx.t("plans-footprint", { measures: plan.measureCount, dated: more.dated, events: more.events }),
  ];
}

/** The card's archive line: everyone sees since when; those who manage plans, who archived it. */
export function archivedLine(ctx: Context, archived: { at: Date; by: string | null }, reader: Reader): string {
  const line = ctx.t("plans-archived-since", { date: formatDate(archived.at, reader.lang, reader.zone) });
  return archived.by ? `${line} · ${esc(cut(archived.by, 100))}` : line;
}

/** For methodologists and admins: the record lines, the archive line with its author, and the buttons to archive, restore or delete. */
export async function manageBlock(ctx: Context, plan: CardPlan, reader: Reader): Promise<{ lines: string[]; buttons: [string, string][] }> {
  const more = await cardRecord(ctx.deps.db, { id: plan.id, ...plan.record });
  const lines = recordLines(ctx, plan, more, reader);
  if (plan.archivedAt) lines.push(archivedLine(ctx, { at: plan.archivedAt, by: more.archivedBy }, reader));
  const archive: [string, string] = plan.archivedAt
    ? [ctx.t("plans-restore"), PLAN_MANAGE_DATA.restore(plan.id)]
    : [ctx.t("plans-archive"), PLAN_MANAGE_DATA.askArchive(plan.id)];
  return { lines, buttons: [archive, [ctx.t("plans-delete"), PLAN_MANAGE_DATA.askDelete(plan.id)]] };
}

const title = (plan: { title: string }) => esc(cut(plan.title, 300));

/** "Archive this plan?": what archiving changes, and that it can be undone. Null when the plan is gone. */
export async function archiveAskScreen(ctx: Context, planId: number) {
  const plan = await ctx.deps.db.plan.findUnique({ where: { id: planId }, select: { id: true, title: true } });
  if (!plan) return null;
  const keyboard = new InlineKeyboard().text(ctx.t("plans-archive-yes"), PLAN_MANAGE_DATA.archive(plan.id)).row().text(ctx.t("plans-ask-no"), PLAN_DATA.plan(plan.id));
  return { text: ctx.t("plans-archive-ask", { title: title(plan) }), keyboard };
}

/** "Delete this plan?": exactly what goes with it and what stays, counted. Null when the plan is gone. */
export async function deleteAskScreen(ctx: Context, planId: number) {
  const plan = await planRecord(ctx.deps.db, planId);
  if (!plan) return null;
  const { measures, events, doneMarks, routeItems } = plan.footprint;
  const lines = [ctx.t("plans-delete-ask", { title: title(plan), measures }), "", ctx.t("plans-delete-events", { count: events }), ctx.t("plans-delete-done-marks", { count: doneMarks })];
  if (routeItems) lines.push(ctx.t("plans-delete-route-items", { count: routeItems }));
  lines.push("", ctx.t(plan.archivedAt ? "plans-delete-final" : "plans-delete-final-or-archive"));
  const keyboard = new InlineKeyboard().text(ctx.t("plans-delete-yes"), PLAN_MANAGE_DATA.delete(plan.id)).row().text(ctx.t("plans-ask-no"), PLAN_DATA.plan(plan.id));
  return { text: lines.join("\n"), keyboard };
}
