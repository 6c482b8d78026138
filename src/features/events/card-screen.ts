import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { hasRole } from "../roles/permissions.ts";
import { canMarkAttendance } from "./attendance.ts";
import type { Person } from "../../core/audience.ts";
import type { EventCard } from "./card.ts";
import { EVENT_DATA, type CardOrigin } from "./callbacks.ts";
import { backToList, originOfPressedCard } from "./card-origin.ts";
import { cardView, clip, whenText, type CardReader } from "./card-text.ts";
import { esc } from "../../bot/html.ts";
import { zoneOf, type Screen } from "./screens.ts";

/** Whether a seat (or a place in the queue) can still be taken: not cancelled, not begun, before the deadline. */
function signUpOpen(card: EventCard, now: Date): boolean {
  return card.cancelledAt === null && card.startsAt > now && (card.registrationDeadline === null || card.registrationDeadline > now);
}

/** Nothing for this person to do here: not signed up, and sign-up is over or not meant for them. */
function isDeadEnd(card: EventCard, now: Date): boolean {
  return !card.status && (!signUpOpen(card, now) || !card.inAudience);
}

/**
 * Where the event stands for this person (cancelled, under way, over, closed, their seat, not for
 * them), each with what they can do next. `reader` dates the closing in their zone.
 */
function statusNotes(ctx: Context, reader: CardReader, card: EventCard): string[] {
  const { now } = reader;
  const notes: string[] = [];
  if (card.cancelledAt) notes.push(ctx.t("event-card-cancelled"));
  else if (card.endsAt <= now) notes.push(ctx.t("event-card-past"));
  else if (card.startsAt <= now) notes.push(ctx.t("event-card-started"));
  else if (card.registrationDeadline && card.registrationDeadline <= now && !card.status) {
    notes.push(ctx.t("event-card-closed", { when: whenText(reader, card.registrationDeadline), organiser: esc(clip(card.organiser, 200)) }));
  }
  if (card.status === "registered") notes.push(ctx.t("event-card-you-registered"));
  if (card.status === "waitlisted") notes.push(ctx.t("event-card-you-waitlisted", { place: card.waitlistPlace ?? 1 }));
  if (!card.inAudience && !card.status && signUpOpen(card, now)) notes.push(ctx.t("event-card-not-for-you"));
  if (isDeadEnd(card, now)) notes.push(ctx.t("event-card-see-others"));
  return notes;
}

/** `origin`: the list the card returns to; by default that of the card pressed, if it was one. */
export async function cardScreen(ctx: Context, person: Person, card: EventCard, origin: CardOrigin = originOfPressedCard(ctx)): Promise<Screen> {
  const now = ctx.deps.clock.now();
  const reader: CardReader = { t: ctx.t.bind(ctx), lang: await ctx.i18n.getLocale(), zone: zoneOf(ctx, person), now };
  const open = signUpOpen(card, now);
  const { text, descriptionCut } = cardView(reader, card, {
    showLink: card.status === "registered" || canMarkAttendance(ctx.member),
    signUpOpen: open && (card.inAudience || card.status !== null),
    offerWaitlist: !card.status,
    notes: statusNotes(ctx, reader, card),
  });

  const keyboard = new InlineKeyboard();
  if (card.status === "registered" && !card.cancelledAt && card.startsAt > now) keyboard.text(ctx.t("event-cancel-registration"), EVENT_DATA.leave(card.id));
  else if (card.status === "waitlisted" && open) keyboard.text(ctx.t("event-leave-waitlist"), EVENT_DATA.leave(card.id));
  else if (!card.status && open && card.inAudience) {
    keyboard.text(ctx.t(card.seatsLeft === 0 ? "event-join-waitlist" : "event-sign-up"), EVENT_DATA.join(card.id));
  }
  keyboard.row();
  if (descriptionCut) keyboard.text(ctx.t("event-read-description"), EVENT_DATA.description(card.id)).row();
  // A calendar entry is for what is still ahead.
  if (!card.cancelledAt && card.startsAt > now) keyboard.text(ctx.t("event-add-to-calendar"), EVENT_DATA.ics(card.id)).row();
  // The way to other events, unless "back" already leads there.
  if (isDeadEnd(card, now) && origin.list !== "upcoming") keyboard.text(ctx.t("event-other-events"), EVENT_DATA.upcoming("all", null, 0)).row();
  if (canMarkAttendance(ctx.member)) keyboard.text(ctx.t("event-attendance"), EVENT_DATA.attendance(card.id, 0)).row();
  if (hasRole(ctx.member, "coordinator")) keyboard.text(ctx.t("event-coordinator-list"), EVENT_DATA.coordinatorList(card.id)).row();
  keyboard.text(ctx.t(origin.list === "mine" ? "events-to-mine" : "events-to-list"), backToList(origin));
  return { text, keyboard };
}
