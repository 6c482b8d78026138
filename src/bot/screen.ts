import { GrammyError, InlineKeyboard } from "grammy";
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
 * Replaces the pressed message with a screen. Pressing the same button twice redraws the same
 * screen, which Telegram refuses as "not modified": nothing to do then.
 */
export async function editScreen(ctx: Context, screen: Screen): Promise<void> {
  try {
    await ctx.editMessageText(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}
