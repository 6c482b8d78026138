import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Context, ConversationContext } from "./context.ts";
import { removeKeyboard, sendScreen, type Screen } from "./screen.ts";

export type Conv = Conversation<Context, ConversationContext>;
export const CANCELLED = Symbol("cancelled");
export type Cancellable<T> = T | typeof CANCELLED;

/** What a step does with an answer: finish with a value, redraw itself, or refuse with a message. */
export type Outcome<T> = { done: T } | { redraw: true } | { refuse: string } | undefined;

export type StepSpec<T> = {
  screen(): Screen;
  /** Buttons of the step carry `s:<data>`; `data` arrives here without the prefix. */
  onButton?(data: string): Outcome<T> | Promise<Outcome<T>>;
  /** Steps that take typed text; without it, text gets the "use the buttons" hint. */
  onText?(text: string): Outcome<T> | Promise<Outcome<T>>;
  /** Adds a "Cancel" row; pressing it (or /cancel) ends the step with CANCELLED. */
  cancellable?: boolean;
};

/**
 * A conversation walked one step a message. Each step sends its screen, then waits: its own
 * buttons and text are answered, an old button gets "outdated", anything else a hint and the
 * same step again. The locale is re-applied to every new update, since plugins in a
 * conversation negotiate it afresh.
 */
export class Flow {
  constructor(
    readonly conversation: Conv,
    public ctx: ConversationContext,
    public lang: string,
  ) {
    ctx.i18n.useLocale(lang);
  }

  setLang(lang: string) {
    this.lang = lang;
    this.ctx.i18n.useLocale(lang);
  }

  t(key: string, vars?: Record<string, string | number>): string {
    return this.ctx.t(key, vars);
  }

  async say(text: string, keyboard?: InlineKeyboard): Promise<Message.TextMessage> {
    return this.ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  }

  async step<T>(spec: StepSpec<T>): Promise<Cancellable<T>> {
    const render = (): Screen => {
      const screen = spec.screen();
      if (!spec.cancellable) return screen;
      return { ...screen, keyboard: (screen.keyboard ?? new InlineKeyboard()).row().text(this.t("button-cancel"), "s:cancel") };
    };
    let prompt = await sendScreen(this.ctx, render());
    const resend = async (notice?: string) => {
      await removeKeyboard(this.ctx, prompt);
      if (notice) await this.say(notice);
      prompt = await sendScreen(this.ctx, render());
    };

    for (;;) {
      const ctx = await this.conversation.wait();
      ctx.i18n.useLocale(this.lang);
      this.ctx = ctx;
      const query = ctx.callbackQuery;
      if (query) {
        const data = query.data ?? "";
        if (query.message?.message_id !== prompt || !data.startsWith("s:")) {
          await ctx.answerCallbackQuery({ text: this.t("button-outdated") });
          continue;
        }
        if (data === "s:cancel" && spec.cancellable) {
          await ctx.answerCallbackQuery();
          await removeKeyboard(ctx, prompt);
          return CANCELLED;
        }
        const outcome = await spec.onButton?.(data.slice(2));
        if (!outcome) {
          await ctx.answerCallbackQuery({ text: this.t("button-outdated") });
        } else if ("done" in outcome) {
          await ctx.answerCallbackQuery();
          await removeKeyboard(ctx, prompt);
          return outcome.done;
        } else if ("refuse" in outcome) {
          await ctx.answerCallbackQuery({ text: outcome.refuse, show_alert: true });
        } else {
          await ctx.answerCallbackQuery();
          await sendScreen(ctx, render(), prompt);
        }
        continue;
      }

      const message = ctx.message;
      if (!message) continue; // edited messages, reactions and the like change nothing here
      const text = message.text;
      if (text === undefined) {
        await resend(this.t(spec.onText ? "hint-send-text" : "hint-use-buttons"));
        continue;
      }
      const command = /^\/(\w+)/.exec(text)?.[1];
      if (command) {
        if (command === "cancel" && spec.cancellable) {
          await removeKeyboard(ctx, prompt);
          return CANCELLED;
        }
        const repeatStep = command === "start" || command === "menu";
        await resend(repeatStep ? undefined : this.t(spec.cancellable ? "hint-finish-or-cancel" : "hint-finish-step"));
        continue;
      }
      if (!spec.onText) {
        await resend(this.t("hint-use-buttons"));
        continue;
      }
      const outcome = await spec.onText(text);
      if (outcome && "done" in outcome) {
        await removeKeyboard(ctx, prompt);
        return outcome.done;
      }
      await resend(outcome && "refuse" in outcome ? outcome.refuse : undefined);
    }
  }
}
