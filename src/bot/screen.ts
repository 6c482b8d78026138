import { GrammyError, InlineKeyboard, type Transformer } from "grammy";
import type { Context, ConversationContext } from "./context.ts";

/** What one screen shows: HTML text (user text inside it escaped) and its buttons. */
export type Screen = { text: string; keyboard?: InlineKeyboard };

/** Drops empty rows, which the builders leave where an optional part (a pager) was skipped. */
export function compact(keyboard: InlineKeyboard | undefined): InlineKeyboard | undefined {
  return keyboard && InlineKeyboard.from(keyboard.inline_keyboard.filter((row) => row.length > 0));
}

/** Sends a screen as a new message, or edits the given message into it; returns the message id. */
export async function sendScreen(ctx: ConversationContext, screen: Screen, editMessageId?: number): Promise<number> {
  const options = { parse_mode: "HTML" as const, reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } };
  if (editMessageId !== undefined && ctx.chatId !== undefined) {
    try {
      await ctx.api.editMessageText(ctx.chatId, editMessageId, screen.text, options);
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
    return editMessageId;
  }
  return (await ctx.reply(screen.text, options)).message_id;
}

/** Takes the buttons off a message once its step is over, so no stale button stays in the chat. */
export async function removeKeyboard(ctx: ConversationContext, messageId: number): Promise<void> {
  if (ctx.chatId === undefined) return;
  try {
    await ctx.api.editMessageReplyMarkup(ctx.chatId, messageId);
  } catch (error) {
    // The person may have deleted the message, or it may have no buttons left: nothing to undo.
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
  }
}

export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}

/**
 * Pressing an old button twice edits its message into what it already shows (the same screen, a
 * menu redrawn again), which Telegram refuses as "message is not modified". The person sees what
 * they asked for: on the bot's Api (and so every handler's) such an edit is done, not an error.
 */
export const unchangedEditIsDone: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  if (response.ok || !method.startsWith("edit") || !response.description.includes("message is not modified")) return response;
  // Edits answer `true` where no message is returned (inline messages): callers of an edit expect it.
  return { ok: true, result: true as never };
};

/** Replaces the pressed message with a screen. */
export async function editScreen(ctx: Context, screen: Screen): Promise<void> {
  await ctx.editMessageText(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
}
