import type { BotError } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Context, ConversationContext } from "../context.ts";
import type { Logger } from "../../logger.ts";
import { DEFAULT_LOCALE } from "../../i18n/index.ts";

/** Logs what went wrong and tells the person, in their language, that it was not their fault. */
export function errorHandler(i18n: I18n<ConversationContext>, logger: Logger) {
  return async (error: BotError<Context>): Promise<void> => {
    const { ctx } = error;
    (ctx.deps?.logger ?? logger).error({ err: error.error }, "update failed");
    // ctx.t is missing when the failure came before the i18n middleware (say, the database is down).
    const text = typeof ctx.t === "function" ? ctx.t("error-internal") : i18n.t(DEFAULT_LOCALE, "error-internal");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
      else if (ctx.chat?.type === "private") await ctx.reply(text);
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the user about the error");
    }
  };
}
