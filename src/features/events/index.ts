import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { compact, editScreen } from "../../bot/screen.ts";
import { showHome } from "../../bot/main-menu.ts";
import { upcomingScreen } from "./screens.ts";
import { cardScreen } from "./card-screen.ts";
import { myRegistrationsScreen } from "./my-registrations.ts";
import { eventStaffFeature } from "./staff-handlers.ts";
import { eventSignUpFeature } from "./sign-up-handlers.ts";
import { loadReadableCard } from "./visibility.ts";
import { ANY_EVENT_DATA, EVENT_DATA, NO_ORIGIN, type CardOrigin } from "./callbacks.ts";

/** Upcoming events, event cards, sign-up and cancellation, calendar files, "my registrations". */
export const eventsFeature = new Composer<Context>();
eventsFeature.use(eventStaffFeature);
eventsFeature.use(eventSignUpFeature);

const registered = eventsFeature.filter((ctx) => ctx.member?.onboarded === true);
const buttons = registered.callbackQuery(ANY_EVENT_DATA);

/** Sends an event's card as a new message (deep links and the end of onboarding use it). */
export async function sendEventCard(ctx: Context, eventId: number): Promise<boolean> {
  const person = ctx.member;
  const card = person && (await loadReadableCard(ctx.deps.db, { eventId, person }));
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

async function openCard(ctx: Context, eventId: number, origin: CardOrigin): Promise<void> {
  const person = ctx.member;
  const card = person && (await loadReadableCard(ctx.deps.db, { eventId, person }));
  if (!person || !card) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await cardScreen(ctx, person, card, origin));
}

buttons.callbackQuery(EVENT_DATA.card.pattern, (ctx) => openCard(ctx, EVENT_DATA.card.parse(ctx.match)[0], NO_ORIGIN));

buttons.callbackQuery(EVENT_DATA.cardAsNew.pattern, async (ctx) => {
  const shown = await sendEventCard(ctx, EVENT_DATA.cardAsNew.parse(ctx.match)[0]);
  await ctx.answerCallbackQuery(shown ? {} : { text: ctx.t("error-event-not-found") });
});

buttons.callbackQuery(EVENT_DATA.cardFrom.pattern, (ctx) => openCard(ctx, ...EVENT_DATA.cardFrom.parse(ctx.match)));

buttons.callbackQuery(EVENT_DATA.mine.pattern, async (ctx) => {
  const person = ctx.member;
  if (!person) return;
  const [page] = EVENT_DATA.mine.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await myRegistrationsScreen(ctx, person, { page }));
});

buttons.callbackQuery(EVENT_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});
