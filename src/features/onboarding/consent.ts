import { InlineKeyboard } from "grammy";
import type { Cancellable, Flow } from "../../bot/flow.ts";

/** The 152-FZ consent: the essentials on screen, the full text one tap away. */
export function askConsent(flow: Flow): Promise<Cancellable<boolean>> {
  let full = false;
  return flow.step<boolean>({
    screen: () => {
      const keyboard = new InlineKeyboard()
        .text(flow.t("consent-agree"), "s:agree")
        .text(flow.t("consent-decline"), "s:decline")
        .row()
        .text(flow.t(full ? "consent-show-short" : "consent-show-full"), "s:toggle");
      return { text: flow.t(full ? "consent-full-text" : "consent-short-text"), keyboard };
    },
    onButton: (data) => {
      if (data === "toggle") {
        full = !full;
        return { redraw: true };
      }
      if (data === "agree") return { done: true };
      if (data === "decline") return { done: false };
      return undefined;
    },
  });
}
