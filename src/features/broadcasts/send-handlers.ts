// Sending a composed announcement (now or at a time) with its status message, and the status
// message's buttons: "Stop" (asked first) and "Who did not get it" (a CSV file). Each action
// re-reads the author's scope: only the author, or a methodologist or admin, acts on one.
import { Composer, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatWhen, type Translate } from "../../i18n/dates.ts";
import type { MessageCopy } from "../../messaging/copy.ts";
import type { NoticeButton } from "../../messaging/notice.ts";
import { scopeOf, type BroadcastAudience, type Scope } from "./audience.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import { deliveryOf, progressOf, saveBroadcast, startBroadcast, stopBroadcast, undelivered } from "./service.ts";
import { statusKeyboard, statusText } from "./status.ts";

/** The last row of every announcement: the recipient's way to stop getting this kind. */
export function muteRow(scope: Scope): NoticeButton[] {
  return [{ key: "broadcast-button-mute", data: BROADCAST_DATA.mute(scope.kind) }];
}

export type Composed = { copy: MessageCopy; buttons: NoticeButton[][]; audience: BroadcastAudience; urgent: boolean; at: Date | null };

/**
 * Saves the announcement in the author's scope as it is now, starts it unless it is scheduled,
 * and answers with its status message, whose ids go on the row for the progress edits.
 * Returns the id, or the locale key of why nothing was saved.
 */
export async function sendComposed(ctx: Context, composed: Composed): Promise<{ id: number } | { refused: string }> {
  const member = ctx.member;
  const scope = scopeOf(member);
  if (!member || !scope) return { refused: "error-not-allowed" };
  const { db, clock, config, outbox } = ctx.deps;
  const now = clock.now();
  if (composed.at && composed.at <= now) return { refused: "broadcast-schedule-past" };
  const draft = { authorId: member.userId, scope, copy: composed.copy, buttons: [...composed.buttons, muteRow(scope)], audience: composed.audience, urgent: composed.urgent };
  const id = await saveBroadcast(db, draft, { at: composed.at, now });
  if (!composed.at) {
    await startBroadcast(db, id, now, deliveryOf(config));
    outbox.wake();
  }
  const screen = await statusScreen(ctx, id);
  if (screen) {
    const sent = await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
    await db.broadcast.update({ where: { id }, data: { statusChatId: BigInt(sent.chat.id), statusMessageId: sent.message_id } });
  }
  return { id };
}

/** The status message now: "scheduled for …" with "Cancel", or the counts with "Stop" / "Who did not get it". */
export async function statusScreen(ctx: Context, id: number): Promise<Screen | null> {
  const broadcast = await ctx.deps.db.broadcast.findUnique({ where: { id }, select: { status: true, urgent: true, scheduledAt: true } });
  if (!broadcast) return null;
  const t: Translate = ctx.t.bind(ctx);
  const { config } = ctx.deps;
  if (broadcast.status === "scheduled") {
    const zone = ctx.member?.timezone ?? config.defaultTimezone;
    const when = formatWhen(t, broadcast.scheduledAt ?? ctx.deps.clock.now(), await ctx.i18n.getLocale(), zone);
    const keyboard = new InlineKeyboard().text(t("broadcast-button-cancel-scheduled"), BROADCAST_DATA.stop(id)).row().text(t("broadcast-button-history"), BROADCAST_DATA.list(0));
    return { text: `${t("broadcast-status-scheduled", { id })}\n${t("broadcast-scheduled-for", { when })}`, keyboard };
  }
  const progress = await progressOf(ctx.deps.db, id, ctx.deps.clock.now());
  const perSecond = broadcast.urgent && config.paidSendRatePerSecond ? config.paidSendRatePerSecond : config.sendRatePerSecond;
  return { text: statusText(t, id, progress, { status: broadcast.status, perSecond }), keyboard: statusKeyboard(t, id, progress, broadcast.status) };
}

type Acted = { id: number; status: string; statusChatId: bigint | null; statusMessageId: number | null };

/** The broadcast this member may act on, or null after telling them why not ("not allowed" before "not found", so ids are not probed). */
async function actedOn(ctx: Context, id: number): Promise<Acted | null> {
  const scope = scopeOf(ctx.member);
  if (!scope || !ctx.member) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return null;
  }
  const broadcast = await ctx.deps.db.broadcast.findUnique({ where: { id }, select: { id: true, authorId: true, status: true, statusChatId: true, statusMessageId: true } });
  if (!broadcast) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-found"), show_alert: true });
    return null;
  }
  if (scope.kind !== "regional" && broadcast.authorId !== ctx.member.userId) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return null;
  }
  return broadcast;
}

const isRunning = (status: string) => status === "scheduled" || status === "sending";

/** Redraws the status message where it is (the progress job also does, every few seconds). */
async function refreshStatus(ctx: Context, broadcast: Acted): Promise<void> {
  if (broadcast.statusChatId === null || broadcast.statusMessageId === null) return;
  const screen = await statusScreen(ctx, broadcast.id);
  if (!screen) return;
  try {
    await ctx.api.editMessageText(Number(broadcast.statusChatId), broadcast.statusMessageId, screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
  } catch (error) {
    // The author deleted it: the counts stay in the history.
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
  }
}

export const broadcastSendHandlers = new Composer<Context>();

/**
 * "Stop" asks in a message of its own: the status message is edited every few seconds, which
 * would wipe a question put there.
 */
broadcastSendHandlers.callbackQuery(BROADCAST_DATA.stop.pattern, async (ctx) => {
  const broadcast = await actedOn(ctx, ...BROADCAST_DATA.stop.parse(ctx.match));
  if (!broadcast) return;
  if (!isRunning(broadcast.status)) return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-already-over"), show_alert: true }));
  await ctx.answerCallbackQuery();
  const { id } = broadcast;
  const scheduled = broadcast.status === "scheduled";
  const { left } = await progressOf(ctx.deps.db, id, ctx.deps.clock.now());
  const keyboard = new InlineKeyboard().text(ctx.t(scheduled ? "broadcast-cancel-yes" : "broadcast-stop-yes"), BROADCAST_DATA.stopYes(id)).text(ctx.t("broadcast-stop-no"), BROADCAST_DATA.stopNo(id));
  await ctx.reply(ctx.t(scheduled ? "broadcast-cancel-ask" : "broadcast-stop-ask", { id, count: left }), { parse_mode: "HTML", reply_markup: keyboard });
});

broadcastSendHandlers.callbackQuery(BROADCAST_DATA.stopYes.pattern, async (ctx) => {
  const broadcast = await actedOn(ctx, ...BROADCAST_DATA.stopYes.parse(ctx.match));
  if (!broadcast) return;
  const status = await stopBroadcast(ctx.deps.db, broadcast.id, ctx.deps.clock.now());
  if (status === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-already-over"), show_alert: true }));
  const { cancelled } = await progressOf(ctx.deps.db, broadcast.id, ctx.deps.clock.now());
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t(status === "cancelled" ? "broadcast-cancelled-scheduled" : "broadcast-stopped", { id: broadcast.id, count: cancelled }), { parse_mode: "HTML" });
  await refreshStatus(ctx, broadcast);
});

broadcastSendHandlers.callbackQuery(BROADCAST_DATA.stopNo.pattern, async (ctx) => {
  const broadcast = await actedOn(ctx, ...BROADCAST_DATA.stopNo.parse(ctx.match));
  if (!broadcast) return;
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("broadcast-stop-kept", { id: broadcast.id }), { parse_mode: "HTML" });
});

broadcastSendHandlers.callbackQuery(BROADCAST_DATA.missed.pattern, async (ctx) => {
  const broadcast = await actedOn(ctx, ...BROADCAST_DATA.missed.parse(ctx.match));
  if (!broadcast) return;
  const rows = await undelivered(ctx.deps.db, broadcast.id);
  if (!rows.length) return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-missed-none"), show_alert: true }));
  await ctx.answerCallbackQuery();
  const csv = missedCsv(ctx.t.bind(ctx), rows);
  await ctx.replyWithDocument(new InputFile(new TextEncoder().encode(csv), `announcement-${broadcast.id}-missed.csv`), {
    caption: ctx.t("broadcast-missed-caption", { id: broadcast.id, count: rows.length }),
  });
});

type Missed = Awaited<ReturnType<typeof undelivered>>[number];

/** What became of a row that was not delivered, in the author's words. */
const MISSED_STATUS_KEYS: Record<string, string> = {
  blocked: "broadcast-missed-blocked",
  failed: "broadcast-missed-failed",
  expired: "broadcast-missed-expired",
  unknown: "broadcast-missed-unknown",
};

/**
 * Name; municipality; school; status; error — UTF-8 with a BOM and `;` between cells, as Excel
 * in a Russian locale opens it. A cell that would start a formula gets a leading apostrophe.
 */
export function missedCsv(t: Translate, rows: readonly Missed[]): string {
  const header = [t("broadcast-missed-name"), t("broadcast-missed-municipality"), t("broadcast-missed-school"), t("broadcast-missed-status"), t("broadcast-missed-error")];
  const lines = rows.map((row) => [
    row.user.fullName ?? "",
    row.user.municipality?.name ?? "",
    row.user.school?.name ?? "",
    t(MISSED_STATUS_KEYS[row.status] ?? "broadcast-missed-failed"),
    row.lastError ?? "",
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
