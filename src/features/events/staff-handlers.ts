import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { editScreen } from "../../bot/screen.ts";
import { hasRole } from "../roles/permissions.ts";
import { canMarkAttendance, checkIn, checkInCode, readCheckInCode, renewCheckInCode, setContestResult, toggleAttendance } from "./attendance.ts";
import { attendanceScreen, checkInCodeScreen, contestResultAnswer } from "./attendance-screens.ts";
import { EVENT_DATA } from "./callbacks.ts";
import { checkInLimit } from "./check-in-limit.ts";
import { coordinatorEventsScreen, coordinatorPeopleScreen } from "./coordinator-screens.ts";

/**
 * The staff side of events reached from teachers' screens and the staff menus: attendance and its
 * check-in code (methodologists and admins), the coordinator's people at events, and the codes
 * people send during an event. Every button checks the role of the person as loaded for this
 * update, so a revoked role closes all of it at once.
 */
export const eventStaffFeature = new Composer<Context>();

const registered = eventStaffFeature.filter((ctx) => ctx.member?.onboarded === true);

/** The event behind an attendance button, or null (with an answer) when it is gone or the role is not held. */
async function attendanceEvent(ctx: Context, eventId: number) {
  if (!canMarkAttendance(ctx.member)) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return null;
  }
  const event = await ctx.deps.db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, kind: true } });
  if (!event) await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found"), show_alert: true });
  return event;
}

registered.callbackQuery(EVENT_DATA.attendance.pattern, async (ctx) => {
  const [eventId, page] = EVENT_DATA.attendance.parse(ctx.match);
  const event = await attendanceEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await attendanceScreen(ctx, event, page));
});

registered.callbackQuery(EVENT_DATA.toggleAttendance.pattern, async (ctx) => {
  const [eventId, registrationId, page] = EVENT_DATA.toggleAttendance.parse(ctx.match);
  const event = await attendanceEvent(ctx, eventId);
  if (!event) return;
  const attended = await toggleAttendance(ctx.deps.db, { eventId: event.id, registrationId });
  await ctx.answerCallbackQuery({ text: ctx.t(attended === null ? "error-not-found" : attended ? "event-marked-present" : "event-marked-absent") });
  await editScreen(ctx, await attendanceScreen(ctx, event, page));
});

registered.callbackQuery(EVENT_DATA.contestResult.pattern, async (ctx) => {
  const [eventId, registrationId, result, page] = EVENT_DATA.contestResult.parse(ctx.match);
  const event = await attendanceEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery(contestResultAnswer(ctx, await setContestResult(ctx.deps.db, { eventId: event.id, registrationId, result })));
  await editScreen(ctx, await attendanceScreen(ctx, event, page));
});

registered.callbackQuery(EVENT_DATA.checkInCode.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.checkInCode.parse(ctx.match);
  const event = await attendanceEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery();
  const screen = checkInCodeScreen(ctx, event, await checkInCode(ctx.deps.db, event.id), false);
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
});

registered.callbackQuery(EVENT_DATA.renewCheckInCode.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.renewCheckInCode.parse(ctx.match);
  const event = await attendanceEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery({ text: ctx.t("event-check-in-renewed") });
  await editScreen(ctx, checkInCodeScreen(ctx, event, await renewCheckInCode(ctx.deps.db, event.id), true));
});

/** Coordinators only; the answer for anyone else. */
async function coordinatorOnly(ctx: Context): Promise<boolean> {
  if (hasRole(ctx.member, "coordinator")) return true;
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  return false;
}

registered.callbackQuery(EVENT_DATA.coordinatorEvents.pattern, async (ctx) => {
  const [when, page] = EVENT_DATA.coordinatorEvents.parse(ctx.match);
  if (!(await coordinatorOnly(ctx))) return;
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await coordinatorEventsScreen(ctx, { when, page }));
});

async function showPeople(ctx: Context, opts: { eventId: number; when: "up" | "past"; page: number }) {
  if (!(await coordinatorOnly(ctx))) return;
  const screen = await coordinatorPeopleScreen(ctx, opts);
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

registered.callbackQuery(EVENT_DATA.coordinatorPeople.pattern, async (ctx) => {
  const [eventId, when, page] = EVENT_DATA.coordinatorPeople.parse(ctx.match);
  await showPeople(ctx, { eventId, when, page });
});

registered.callbackQuery(EVENT_DATA.coordinatorList.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.coordinatorList.parse(ctx.match);
  await showPeople(ctx, { eventId, when: "up", page: 0 });
});

/**
 * Six digits sent on their own (spaces or a dash inside allowed): a check-in code. Wrong codes are
 * counted, five in ten minutes, so a code cannot be guessed by trying them all.
 */
registered.on("message:text", async (ctx, next) => {
  const code = readCheckInCode(ctx.message.text);
  if (!ctx.member || code === null) return next();
  const limit = await checkInLimit(ctx.deps.config);
  const waitMs = await limit.waitMs(ctx.member.userId);
  if (waitMs > 0) return void (await ctx.reply(ctx.t("event-check-in-too-many", { minutes: Math.ceil(waitMs / 60_000) })));
  const outcome = await checkIn(ctx.deps.db, { userId: ctx.member.userId, code, now: ctx.deps.clock.now() });
  if (outcome.result === "checked-in") {
    return void (await ctx.reply(ctx.t("event-checked-in", { title: esc(outcome.titles.join(", ")) }), { parse_mode: "HTML" }));
  }
  await limit.wrong(ctx.member.userId);
  const text = outcome.result === "not-registered"
    ? ctx.t("event-check-in-not-registered", { title: esc(outcome.titles.join(", ")) })
    : ctx.t("event-check-in-no-match");
  await ctx.reply(text, { parse_mode: "HTML" });
});
