import { Composer, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { compact, editScreen } from "../../bot/screen.ts";
import { AppError } from "../../errors.ts";
import { showHome } from "../../bot/main-menu.ts";
import { loadEventCard } from "./card.ts";
import { eventIcs } from "./ics.ts";
import { cancelRegistration, registerForEvent } from "./registration.ts";
import { cardScreen, myRegistrationsScreen, upcomingScreen, when, zoneOf } from "./screens.ts";
import { canMarkAttendance, checkIn, checkInCode, toggleAttendance } from "./attendance.ts";
import { attendanceScreen, coordinatorScreen } from "./attendance-screens.ts";
import { hasRole } from "../roles/permissions.ts";
import { ANY_EVENT_DATA, EVENT_DATA } from "./callbacks.ts";

/** Upcoming events, event cards, sign-up and cancellation, calendar files, "my registrations". */
export const eventsFeature = new Composer<Context>();

const registered = eventsFeature.filter((ctx) => ctx.member?.onboarded === true);
const buttons = registered.callbackQuery(ANY_EVENT_DATA);

/** Sends an event's card as a new message (deep links and the end of onboarding use it). */
export async function sendEventCard(ctx: Context, eventId: number): Promise<boolean> {
  const person = ctx.member;
  const card = person && (await loadEventCard(ctx.deps.db, { eventId, person }));
  if (!person || !card) return false;
  const screen = await cardScreen(ctx, person, card);
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
  return true;
}

buttons.callbackQuery(EVENT_DATA.upcoming.pattern, async (ctx) => {
  const person = ctx.member;
  if (!person) return;
  await ctx.answerCallbackQuery();
  const [range, kind, page] = EVENT_DATA.upcoming.parse(ctx.match);
  await editScreen(ctx, await upcomingScreen(ctx, person, { range, kind, page }));
});

buttons.callbackQuery(EVENT_DATA.card.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.card.parse(ctx.match);
  const person = ctx.member;
  const card = person && (await loadEventCard(ctx.deps.db, { eventId, person }));
  if (!person || !card) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await cardScreen(ctx, person, card));
});

buttons.callbackQuery(EVENT_DATA.join.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.join.parse(ctx.match);
  const person = ctx.member;
  if (!person) return;
  let signUp;
  try {
    signUp = await registerForEvent(ctx.deps.db, { eventId, person, now: ctx.deps.clock.now() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t(signUp.status === "registered" ? "event-toast-registered" : "event-toast-waitlisted") });
  const card = await loadEventCard(ctx.deps.db, { eventId, person });
  if (!card) return;
  await editScreen(ctx, await cardScreen(ctx, person, card));
  if (signUp.already) return;
  const lang = await ctx.i18n.getLocale();
  const text = signUp.status === "registered"
    ? ctx.t("event-registered-message", { title: esc(card.title), when: when(ctx, card.startsAt, zoneOf(ctx, person), lang), where: esc(card.link ?? card.place ?? "—") })
    : ctx.t("event-waitlisted-message", { title: esc(card.title), position: signUp.position ?? 0 });
  await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});

buttons.callbackQuery(EVENT_DATA.leave.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.leave.parse(ctx.match);
  const person = ctx.member;
  if (!person) return;
  const result = await cancelRegistration(ctx.deps.db, { eventId, userId: person.userId, now: ctx.deps.clock.now() });
  await ctx.answerCallbackQuery({
    text: ctx.t(result.was === "registered" ? "event-toast-cancelled" : result.was === "waitlisted" ? "event-toast-left-waitlist" : "button-outdated"),
  });
  const card = await loadEventCard(ctx.deps.db, { eventId, person });
  if (card) await editScreen(ctx, await cardScreen(ctx, person, card));
  if (result.promoted) ctx.deps.outbox.wake();
});

buttons.callbackQuery(EVENT_DATA.ics.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.ics.parse(ctx.match);
  const person = ctx.member;
  const card = person && (await loadEventCard(ctx.deps.db, { eventId, person }));
  if (!card || card.cancelledAt) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_document");
  const ics = eventIcs(card, { includeLink: card.status === "registered" });
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `profrost-${card.id}.ics`), { caption: ctx.t("event-ics-caption") });
});

buttons.callbackQuery(EVENT_DATA.mine, async (ctx) => {
  const person = ctx.member;
  if (!person) return;
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await myRegistrationsScreen(ctx, person));
});

buttons.callbackQuery(EVENT_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** The event behind a manager's button, or null (with an answer) when it is gone or not theirs. */
async function managedEvent(ctx: Context, eventId: number) {
  const event = await ctx.deps.db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, createdById: true } });
  if (!event) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") });
    return null;
  }
  if (!canMarkAttendance(ctx.member, event)) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return null;
  }
  return event;
}

buttons.callbackQuery(EVENT_DATA.attendance.pattern, async (ctx) => {
  const [eventId, page] = EVENT_DATA.attendance.parse(ctx.match);
  const event = await managedEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await attendanceScreen(ctx, event, page));
});

buttons.callbackQuery(EVENT_DATA.toggleAttendance.pattern, async (ctx) => {
  const [eventId, registrationId, page] = EVENT_DATA.toggleAttendance.parse(ctx.match);
  const event = await managedEvent(ctx, eventId);
  if (!event) return;
  const attended = await toggleAttendance(ctx.deps.db, { eventId: event.id, registrationId });
  await ctx.answerCallbackQuery({ text: ctx.t(attended === null ? "error-not-found" : attended ? "event-marked-present" : "event-marked-absent") });
  await editScreen(ctx, await attendanceScreen(ctx, event, page));
});

buttons.callbackQuery(EVENT_DATA.checkInCode.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.checkInCode.parse(ctx.match);
  const event = await managedEvent(ctx, eventId);
  if (!event) return;
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("event-check-in-code-message", { title: esc(event.title), code: await checkInCode(ctx.deps.db, event.id) }), { parse_mode: "HTML" });
});

buttons.callbackQuery(EVENT_DATA.coordinatorList.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.coordinatorList.parse(ctx.match);
  const event = await ctx.deps.db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true } });
  if (!event || !hasRole(ctx.member, "coordinator")) {
    await ctx.answerCallbackQuery({ text: ctx.t(event ? "error-not-allowed" : "error-event-not-found"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await coordinatorScreen(ctx, event));
});

/** Six digits sent during an event: the check-in code its organiser shows. */
registered.hears(/^\s*(\d{6})\s*$/, async (ctx, next) => {
  if (!ctx.member) return next();
  const titles = await checkIn(ctx.deps.db, { userId: ctx.member.userId, code: ctx.match[1]!, now: ctx.deps.clock.now() });
  if (!titles.length) return next();
  await ctx.reply(ctx.t("event-checked-in", { title: esc(titles.join(", ")) }), { parse_mode: "HTML" });
});
