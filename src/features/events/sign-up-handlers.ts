import { Composer, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { editScreen } from "../../bot/screen.ts";
import { AppError } from "../../errors.ts";
import { EVENT_DATA } from "./callbacks.ts";
import { originOfPressedCard } from "./card-origin.ts";
import { cardAfterSignUp } from "./card.ts";
import { cardScreen } from "./card-screen.ts";
import { clip, linkHtml, MESSAGE_MAX, spanText, visibleLength } from "./card-text.ts";
import { descriptionMessages } from "./description.ts";
import { eventIcs } from "./ics.ts";
import { leaveConfirmScreen } from "./leave-screen.ts";
import { cancelRegistration, registerForEvent } from "./registration.ts";
import { zoneOf } from "./screens.ts";
import { loadReadableCard } from "./visibility.ts";
import { waitingCount } from "./waitlist.ts";

/**
 * A teacher's own steps on an event card: sign up, cancel (after a question), the calendar file,
 * the whole description. Every button reads the event afresh and the service re-checks the rules.
 */
export const eventSignUpFeature = new Composer<Context>();

const buttons = eventSignUpFeature.filter((ctx) => ctx.member?.onboarded === true);

/** The event's card as this person may read it, or null after answering "not found". */
async function readableCard(ctx: Context, eventId: number) {
  const card = ctx.member && (await loadReadableCard(ctx.deps.db, { eventId, person: ctx.member }));
  if (!card) await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") });
  return card || null;
}

buttons.callbackQuery(EVENT_DATA.join.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.join.parse(ctx.match);
  const person = ctx.member;
  if (!person) return;
  // The card read once: the sign-up checks its rules on it, and the screen shows it updated.
  const before = await loadReadableCard(ctx.deps.db, { eventId, person });
  let signUp;
  try {
    signUp = await registerForEvent(ctx.deps.db, { eventId, person, now: ctx.deps.clock.now(), card: before });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t(signUp.status === "registered" ? "event-toast-registered" : "event-toast-waitlisted") });
  // A tap of theirs that won a race left a row this card has not seen: read it again then.
  const card = before && (before.status !== null || !signUp.already) ? cardAfterSignUp(before, signUp) : await loadReadableCard(ctx.deps.db, { eventId, person });
  if (!card) return;
  await editScreen(ctx, await cardScreen(ctx, person, card));
  if (signUp.already) return;
  const reader = { t: ctx.t.bind(ctx), lang: await ctx.i18n.getLocale(), zone: zoneOf(ctx, person), now: ctx.deps.clock.now() };
  const title = esc(clip(card.title, 200));
  if (signUp.status === "waitlisted") {
    await ctx.reply(ctx.t("event-waitlisted-message", { title, place: signUp.place ?? 1 }), { parse_mode: "HTML" });
    return;
  }
  // A message to keep: the whole link when it fits, otherwise cut on screen but whole behind the tap.
  const message = (where: string) => ctx.t("event-registered-message", { title, when: spanText(reader, card.startsAt, card.endsAt), where });
  const where = card.link ?? card.place ?? "—";
  const room = MESSAGE_MAX - visibleLength(message(""));
  await ctx.reply(message(card.link ? linkHtml(card.link, room) : esc(clip(where, room))), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});

/** "Cancel my registration?" first: old buttons that used to cancel at once ask too. */
buttons.callbackQuery(EVENT_DATA.leave.pattern, async (ctx) => {
  const card = await readableCard(ctx, EVENT_DATA.leave.parse(ctx.match)[0]);
  if (!card || !ctx.member) return;
  const now = ctx.deps.clock.now();
  if (!card.status || card.cancelledAt || card.startsAt <= now) {
    await ctx.answerCallbackQuery({ text: ctx.t(!card.status ? "button-outdated" : card.cancelledAt ? "event-card-cancelled" : "event-leave-too-late") });
    await editScreen(ctx, await cardScreen(ctx, ctx.member, card));
    return;
  }
  await ctx.answerCallbackQuery();
  const waiting = card.status === "registered" ? await waitingCount(ctx.deps.db, card.id) : 0;
  await editScreen(ctx, await leaveConfirmScreen(ctx, ctx.member, card, { waiting, origin: originOfPressedCard(ctx) }));
});

buttons.callbackQuery(EVENT_DATA.leaveConfirmed.pattern, async (ctx) => {
  const [eventId] = EVENT_DATA.leaveConfirmed.parse(ctx.match);
  const person = ctx.member;
  if (!person) return;
  const now = ctx.deps.clock.now();
  const before = await readableCard(ctx, eventId);
  if (!before) return;
  // Once it has begun, a seat stays (attendance is marked against it).
  const result = before.startsAt <= now ? null : await cancelRegistration(ctx.deps.db, { eventId, userId: person.userId, now });
  const toast = !result ? "event-leave-too-late" : result.was === "registered" ? "event-toast-cancelled" : result.was === "waitlisted" ? "event-toast-left-waitlist" : "button-outdated";
  await ctx.answerCallbackQuery({ text: ctx.t(toast) });
  const card = await loadReadableCard(ctx.deps.db, { eventId, person });
  if (card) await editScreen(ctx, await cardScreen(ctx, person, card));
  if (result?.promoted) ctx.deps.outbox.wake();
});

buttons.callbackQuery(EVENT_DATA.ics.pattern, async (ctx) => {
  const card = await readableCard(ctx, EVENT_DATA.ics.parse(ctx.match)[0]);
  if (!card) return;
  if (card.cancelledAt || card.startsAt <= ctx.deps.clock.now()) {
    await ctx.answerCallbackQuery({ text: ctx.t("event-ics-unavailable") });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_document");
  const labels = { organiser: ctx.t("event-ics-organiser", { organiser: card.organiser }), reminder: ctx.t("event-ics-reminder", { title: card.title }) };
  const ics = eventIcs(card, { includeLink: card.status === "registered", labels });
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `profrost-${card.id}.ics`), { caption: ctx.t("event-ics-caption") });
});

/** The whole description as messages of its own, under the card, which stays as it was. */
buttons.callbackQuery(EVENT_DATA.description.pattern, async (ctx) => {
  const card = await readableCard(ctx, EVENT_DATA.description.parse(ctx.match)[0]);
  if (!card) return;
  await ctx.answerCallbackQuery();
  for (const text of descriptionMessages(card)) await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});
