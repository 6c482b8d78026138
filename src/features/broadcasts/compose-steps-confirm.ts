// The last questions: the announcement exactly as recipients get it, then send now or at a time,
// urgent or not.
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { CANCELLED, type Cancellable, type Flow } from "../../bot/flow.ts";
import { typedForm, zoneLabel } from "../../i18n/dates.ts";
import { sendCopy, type MessageCopy } from "../../messaging/copy.ts";
import type { NoticeButton } from "../../messaging/notice.ts";
import { renderButtons } from "../../messaging/render.ts";
import { parseDateTime } from "../events/manage/dates.ts";
import type { Scope } from "./audience.ts";
import { countNow, describeChoice, reachLine, type AudienceChoice } from "./compose-steps-audience.ts";

/** When it goes (epoch ms; null: now) and whether it skips quiet hours. */
export type Decision = { at: number | null; urgent: boolean };

/**
 * Sends the copy with its buttons through sendCopy, as the sender will to each recipient, then
 * asks what to do. "audience" when nobody is left to reach (the step before is asked again).
 */
export async function previewAndConfirm(
  flow: Flow,
  opts: { copy: MessageCopy; buttons: NoticeButton[][]; choice: AudienceChoice; scope: Scope; zone: string; paid: boolean; quietHours: string },
): Promise<Cancellable<Decision | "audience">> {
  const reach = await countNow(flow, opts.choice.audience, opts.scope);
  if (reach.recipients === 0) {
    await flow.say(flow.t("broadcast-audience-empty", { blocked: reach.blocked, muted: reach.muted }));
    return "audience";
  }
  const chatId = flow.ctx.chatId;
  if (chatId === undefined) return CANCELLED;
  await sendCopy(flow.ctx.api, chatId, opts.copy, { replyMarkup: renderButtons(opts.buttons, flow.t.bind(flow)) });
  let urgent = false;
  for (;;) {
    const action = await flow.step<"now" | "schedule" | "audience">({
      cancellable: true,
      screen: () => {
        const t = flow.t.bind(flow);
        const urgency = urgent ? (opts.paid ? "broadcast-urgent-note-paid" : "broadcast-urgent-note-free") : "broadcast-urgent-note-off";
        const text = [t("broadcast-confirm", { audience: describeChoice(t, opts.choice, opts.scope) }), reachLine(t, reach), t(urgency, { hours: opts.quietHours })].join("\n\n");
        const keyboard = new InlineKeyboard()
          .text(t("broadcast-send-now"), "s:now")
          .text(t("broadcast-schedule"), "s:schedule")
          .row()
          .text(t(urgent ? "broadcast-urgent-on" : "broadcast-urgent-off"), "s:urgent")
          .row()
          .text(t("broadcast-change-audience"), "s:audience");
        return { text, keyboard };
      },
      onButton: (data) => {
        if (data === "now" || data === "schedule" || data === "audience") return { done: data };
        if (data !== "urgent") return undefined;
        urgent = !urgent;
        return { redraw: true };
      },
    });
    if (action === CANCELLED || action === "audience") return action;
    if (action === "now") return { at: null, urgent };
    const at = await askWhen(flow, opts.zone);
    if (at === CANCELLED) return CANCELLED;
    if (at !== "back") return { at, urgent };
  }
}

/** A date and time typed in the author's zone, ahead of now (the bot's clock). */
async function askWhen(flow: Flow, zone: string): Promise<Cancellable<number | "back">> {
  const clockNow = () => flow.conversation.external((outer) => outer.deps.clock.now().getTime());
  const tomorrow = DateTime.fromMillis(await clockNow(), { zone }).plus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  const example = typedForm(tomorrow.toMillis(), zone);
  return flow.step<number | "back">({
    cancellable: true,
    screen: () => ({
      text: flow.t("broadcast-ask-schedule", { zone: zoneLabel(flow.t.bind(flow), zone), example }),
      keyboard: new InlineKeyboard().text(flow.t("button-back"), "s:back"),
    }),
    onButton: (data) => (data === "back" ? { done: "back" } : undefined),
    onText: async (text) => {
      const now = await clockNow();
      const parsed = parseDateTime(text, zone, now);
      if (!parsed.ok) return { refuse: flow.t(parsed.rule === "format" ? "broadcast-schedule-format" : "broadcast-schedule-no-such-date", { example }) };
      if (parsed.at <= now) return { refuse: flow.t("broadcast-schedule-past") };
      return { done: parsed.at };
    },
  });
}
