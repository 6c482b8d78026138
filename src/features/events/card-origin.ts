import type { Context } from "../../bot/context.ts";
import { EVENT_DATA, NO_ORIGIN, type CardOrigin } from "./callbacks.ts";

/** The data of the list a card was opened from, at the same filter and page. */
export function backToList(origin: CardOrigin): string {
  return origin.list === "mine" ? EVENT_DATA.mine(origin.page) : EVENT_DATA.upcoming(origin.range, origin.kind, origin.page);
}

/**
 * The origin of the card whose button was pressed (sign up, cancel…), read back from that card's
 * own "back" button, its last one: redrawn, the card keeps returning to the same list. A message
 * without such a button (a notice, another screen) has no origin.
 */
export function originOfPressedCard(ctx: Context): CardOrigin {
  const message = ctx.callbackQuery?.message;
  const last = message && "reply_markup" in message ? message.reply_markup?.inline_keyboard.at(-1)?.at(-1) : undefined;
  const data = last && "callback_data" in last ? last.callback_data : undefined;
  if (data === undefined) return NO_ORIGIN;
  // A question about the card (cancel my registration?) ends with a way back to that card.
  if (EVENT_DATA.cardFrom.pattern.test(data)) return EVENT_DATA.cardFrom.parse(data)[1];
  if (EVENT_DATA.mine.pattern.test(data)) return { list: "mine", page: EVENT_DATA.mine.parse(data)[0] };
  if (!EVENT_DATA.upcoming.pattern.test(data)) return NO_ORIGIN;
  const [range, kind, page] = EVENT_DATA.upcoming.parse(data);
  return { list: "upcoming", range, kind, page };
}
