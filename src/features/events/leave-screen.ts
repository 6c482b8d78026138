import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Person } from "../../core/audience.ts";
import { EVENT_DATA, type CardOrigin } from "./callbacks.ts";
import type { EventCard } from "./card.ts";
import { clip, spanText } from "./card-text.ts";
import { zoneOf, type Screen } from "./screens.ts";

/**
 * What giving up a sign-up costs, said before it happens: after the deadline nobody can sign up
 * again; a seat of an event with people waiting goes at once to the first of them.
 */
export type LeaveWarning = { kind: "closed" } | { kind: "seat-to-queue"; waiting: number } | null;

export function leaveWarning(card: Pick<EventCard, "status" | "registrationDeadline">, opts: { waiting: number; now: Date }): LeaveWarning {
  if (card.registrationDeadline && card.registrationDeadline <= opts.now) return { kind: "closed" };
  if (card.status === "registered" && opts.waiting > 0) return { kind: "seat-to-queue", waiting: opts.waiting };
  return null;
}

/** "Cancel my registration?" with Yes and "No, keep it"; the latter goes back to the card as it was opened. */
export async function leaveConfirmScreen(ctx: Context, person: Person, card: EventCard, opts: { waiting: number; origin: CardOrigin }): Promise<Screen> {
  const now = ctx.deps.clock.now();
  const reader = { t: ctx.t.bind(ctx), lang: await ctx.i18n.getLocale(), zone: zoneOf(ctx, person), now };
  const args = { title: esc(clip(card.title, 300)), when: spanText(reader, card.startsAt, card.endsAt) };
  const lines = [
    card.status === "waitlisted"
      ? ctx.t("event-leave-ask-waitlisted", { ...args, place: card.waitlistPlace ?? 1 })
      : ctx.t("event-leave-ask-registered", args),
  ];
  const warning = leaveWarning(card, { waiting: opts.waiting, now });
  if (warning?.kind === "closed") lines.push("", ctx.t("event-leave-warn-closed"));
  if (warning?.kind === "seat-to-queue") lines.push("", ctx.t("event-leave-warn-queue", { count: warning.waiting }));
  const keyboard = new InlineKeyboard()
    .text(ctx.t(card.status === "waitlisted" ? "event-leave-yes-waitlisted" : "event-leave-yes-registered"), EVENT_DATA.leaveConfirmed(card.id))
    .row()
    .text(ctx.t("event-leave-no"), EVENT_DATA.cardFrom(card.id, opts.origin));
  return { text: lines.join("\n"), keyboard };
}
