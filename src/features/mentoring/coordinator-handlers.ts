// The coordinators' mt: buttons. Every one checks "reports.view", then the scope against the
// person's grants and the directory, then (in the services) the young teacher against the scope:
// a scope, person or mentor written into a forged button opens or changes nothing.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { editScreen, type Screen } from "../../bot/screen.ts";
import { sendTable } from "../reports/export-handlers.ts";
import { fileSlug } from "../reports/files.ts";
import { halfYearOf } from "../reports/period.ts";
import { mayReportOn, type ReportScope } from "../reports/scope.ts";
import { nameOf } from "../reports/screens.ts";
import { readerOf } from "../diagnostics/take-screens.ts";
import { onlyWith } from "../roles/guard.ts";
import { termOf } from "./bank.ts";
import { ANY_COORDINATOR_DATA, MENTORING_DATA as DATA } from "./callbacks.ts";
import { coordinatorScreen, mentorsScreen, pairsScreen, scopesScreen, termWords } from "./coordinator-screens.ts";
import { mentoringTable } from "./export.ts";
import { declinableRequest, declineRequest } from "./decline-request.ts";
import { declineReasonsScreen, suggestScreen, youngScreen } from "./match-screens.ts";
import { mayCoordinate, proposePair, type ProposeOutcome } from "./pairs.ts";
import { requestFate } from "./request-fate.ts";
import { DECLINE_REASONS } from "./rules.ts";

export const mentoringCoordinatorFeature = new Composer<Context>();
const buttons = mentoringCoordinatorFeature.callbackQuery(ANY_COORDINATOR_DATA);
buttons.use(onlyWith("reports.view"));

const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });

async function show(ctx: Context, screen: Screen | null): Promise<void> {
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

/** The scope a button names when the person may see it; otherwise they are told, and null. */
async function allowed(ctx: Context, kind: "r" | "m" | "s", id: number): Promise<ReportScope | null> {
  if (kind === "r" && id !== 0) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return null;
  }
  const scope: ReportScope = kind === "r" ? { kind, id: 0 } : { kind, id };
  if (await mayReportOn(ctx.deps.db, ctx.member, scope)) return scope;
  await notAllowed(ctx);
  return null;
}

buttons.callbackQuery(DATA.scopes.pattern, async (ctx) => show(ctx, await scopesScreen(ctx)));

buttons.callbackQuery(DATA.coordinator.pattern, async (ctx) => {
  const scope = await allowed(ctx, ...DATA.coordinator.parse(ctx.match));
  if (scope) await show(ctx, await coordinatorScreen(ctx, scope));
});

buttons.callbackQuery(DATA.young.pattern, async (ctx) => {
  const [kind, id, page] = DATA.young.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (scope) await show(ctx, await youngScreen(ctx, scope, page));
});

buttons.callbackQuery(DATA.pairs.pattern, async (ctx) => {
  const [kind, id, page] = DATA.pairs.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (scope) await show(ctx, await pairsScreen(ctx, scope, page));
});

buttons.callbackQuery(DATA.mentors.pattern, async (ctx) => {
  const [kind, id, page] = DATA.mentors.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (scope) await show(ctx, await mentorsScreen(ctx, scope, page));
});

buttons.callbackQuery(DATA.suggest.pattern, async (ctx) => {
  const [kind, id, menteeId] = DATA.suggest.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  if (!(await mayCoordinate(ctx.deps.db, ctx.member, scope, menteeId))) return void (await notAllowed(ctx));
  await show(ctx, await suggestScreen(ctx, scope, menteeId));
});

/** From a request's notice: the suggestions, after what became of the request if it no longer waits. */
buttons.callbackQuery(DATA.suggestForRequest.pattern, async (ctx) => {
  const [kind, id, pairId] = DATA.suggestForRequest.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  const found = await requestFate(ctx.deps.db, { coordinator: ctx.member, scope, pairId });
  if (found.kind === "not-allowed") return void (await notAllowed(ctx));
  await show(ctx, await suggestScreen(ctx, scope, found.menteeId, found.fate));
});

const PROPOSE_TOASTS: Record<Exclude<ProposeOutcome["kind"], "not-allowed">, string> = {
  proposed: "mentoring-proposed",
  "not-young": "mentoring-propose-not-young",
  "has-pair": "mentoring-propose-has-pair",
  "mentor-unavailable": "mentoring-propose-unavailable",
};

/** Proposed: back to the young teachers, the next one to pair; refused: the suggestions as they are now. */
buttons.callbackQuery(DATA.propose.pattern, async (ctx) => {
  const [kind, id, menteeId, mentorId] = DATA.propose.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  const outcome = await proposePair(ctx.deps.db, { coordinator: ctx.member!, scope, menteeId, mentorId, now: ctx.deps.clock.now() });
  if (outcome.kind === "not-allowed") return void (await notAllowed(ctx));
  if (outcome.kind === "proposed") ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t(PROPOSE_TOASTS[outcome.kind]), show_alert: outcome.kind !== "proposed" });
  const screen = outcome.kind === "proposed" ? await youngScreen(ctx, scope, 0) : await suggestScreen(ctx, scope, menteeId);
  if (screen) await editScreen(ctx, screen);
});

/** "Decline the request?" with its reasons, while the request still waits; else the young teacher's screen as it is now. */
buttons.callbackQuery(DATA.declineRequestAsk.pattern, async (ctx) => {
  const [kind, id, pairId] = DATA.declineRequestAsk.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  const found = await declinableRequest(ctx.deps.db, { coordinator: ctx.member, scope, pairId });
  if (found.kind === "not-allowed") return void (await notAllowed(ctx));
  if (found.kind === "outdated") return requestGone(ctx, scope, pairId);
  await show(ctx, await declineReasonsScreen(ctx, scope, found.pair));
});

/** Declined: the young teacher is told, and back to the young teachers; answered meanwhile: what it is now. */
buttons.callbackQuery(DATA.declineRequest.pattern, async (ctx) => {
  const [kind, id, pairId, reason] = DATA.declineRequest.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  const words = ctx.t(DECLINE_REASONS[reason]);
  const outcome = await declineRequest(ctx.deps.db, { coordinator: ctx.member!, scope, pairId, reason, words, now: ctx.deps.clock.now() });
  if (outcome.kind === "not-allowed") return void (await notAllowed(ctx));
  if (outcome.kind === "outdated") return requestGone(ctx, scope, pairId);
  ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t("mentoring-request-declined") });
  await editScreen(ctx, await youngScreen(ctx, scope, 0));
});

/** The request no longer waits (taken back, or answered by another coordinator): said, and the young teacher's screen now, with what became of it. */
async function requestGone(ctx: Context, scope: ReportScope, pairId: number): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("mentoring-request-gone"), show_alert: true });
  const found = await requestFate(ctx.deps.db, { coordinator: ctx.member, scope, pairId });
  const screen = found.kind === "found" ? await suggestScreen(ctx, scope, found.menteeId, found.fate) : null;
  if (screen) await editScreen(ctx, screen);
}

/** The scope's pairs, young teachers and mentors as one .xlsx, or a .csv a sheet; nothing to send says so. */
buttons.callbackQuery(DATA.export.pattern, async (ctx) => {
  const [format, kind, id] = DATA.export.parse(ctx.match);
  const scope = await allowed(ctx, kind, id);
  if (!scope) return;
  await ctx.answerCallbackQuery({ text: ctx.t("export-preparing") });
  await ctx.replyWithChatAction("upload_document");
  const now = ctx.deps.clock.now();
  const zone = ctx.deps.config.defaultTimezone;
  const table = await mentoringTable(ctx.deps.db, { t: ctx.t.bind(ctx), ...readerOf(ctx), scope, term: termOf(now, zone), now });
  const name = await nameOf(ctx, scope);
  const words = { name: esc(name), term: termWords(ctx) };
  const sheets = table.sheets.filter((sheet) => sheet.rowCount > 0);
  if (!sheets.length) return void (await ctx.reply(ctx.t("mentoring-export-empty", words), { parse_mode: "HTML" }));
  const half = halfYearOf(now, zone);
  const tail = `${fileSlug(name)}-${half.year}-H${half.half}`;
  const fileName = (sheet: string | null) => `${sheet === null ? ctx.t("mentoring-export-file") : fileSlug(sheet)}-${tail}`;
  await sendTable(ctx, { ...table, sheets }, { format, name: fileName, caption: ctx.t("mentoring-export-caption", words) });
});

/** An old or made-up coordinator button changes nothing. */
buttons.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});
