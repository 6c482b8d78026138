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
  /**
   * Steps that take any message (a photo, a document, text with its entities): every message
   * but a command comes here, instead of onText. `ignore` passes over it without asking again
   * (the second photo of an album already refused).
   */
  onMessage?(message: Message): Outcome<T> | { ignore: true } | Promise<Outcome<T> | { ignore: true }>;
  /** Adds a "Cancel" row; pressing it (or /cancel) ends the step with CANCELLED. */
  cancellable?: boolean;
};

/**
 * What a conversation does when the person turns to something else mid-step: a command (other
 * than /cancel on a cancellable step) or a button that is no step's (callback data without `s:`).
 * `leave`: take the step's buttons off, say this line, end the conversation and let the bot
 * handle the update as if no question were open (the button works, the command runs).
 * `stay`: keep the question (onboarding, where nothing else works yet), answer with this line
 * and ask the same step again.
 */
export type Elsewhere = { leave: string } | { stay: string };

/**
 * A conversation walked one step a message. Each step sends its screen, then waits: its own
 * buttons and text are answered, an old or forged step button gets "outdated", commands and
 * other buttons go as `elsewhere` says, anything else gets a hint and the same step again. The
 * locale is re-applied to every new update, since plugins in a conversation negotiate it afresh.
 */
export class Flow {
  constructor(
    readonly conversation: Conv,
    public ctx: ConversationContext,
    public lang: string,
    /** Locale keys, translated when used: the person may switch language mid-conversation. */
    readonly elsewhere: Elsewhere,
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
    /** A command or another feature's button: leave the conversation for it, or ask again. */
    const turnElsewhere = async (): Promise<void> => {
      if ("leave" in this.elsewhere) {
        await removeKeyboard(this.ctx, prompt);
        await this.say(this.t(this.elsewhere.leave));
        // The update goes on to the bot's handlers, which answer the button or run the command.
        return this.conversation.halt({ next: true });
      }
      const notice = this.t(this.elsewhere.stay);
      if (!this.ctx.callbackQuery) return resend(notice);
      await this.ctx.answerCallbackQuery({ text: notice });
      await resend();
    };

    for (;;) {
      const ctx = await this.conversation.wait();
      ctx.i18n.useLocale(this.lang);
      this.ctx = ctx;
      const query = ctx.callbackQuery;
      if (query) {
        const data = query.data ?? "";
        if (!data.startsWith("s:")) {
          await turnElsewhere();
          continue;
        }
        if (query.message?.message_id !== prompt) {
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
      if (spec.onMessage && !(text !== undefined && /^\/\w/.test(text))) {
        const outcome = await spec.onMessage(message);
        if (outcome && "ignore" in outcome) continue;
        if (outcome && "done" in outcome) {
          await removeKeyboard(ctx, prompt);
          return outcome.done;
        }
        await resend(outcome && "refuse" in outcome ? outcome.refuse : undefined);
        continue;
      }
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
        await turnElsewhere();
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
