// A message the bot passes on as its author wrote it (an announcement): text with Telegram's
// entities kept exactly, or one photo or document by file_id with its caption. The author's
// preview and every recipient's copy go through sendCopy, so the preview is what they get.
import type { Api } from "grammy";
import type { InlineKeyboardMarkup, Message, MessageEntity } from "grammy/types";
import { z } from "zod";

/** Telegram's limits: a message's text, and a caption (without Telegram Premium). */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const entities = z.array(z.record(z.string(), z.unknown())).default([]);

export const copySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().min(1).max(TEXT_LIMIT), entities, previewOff: z.boolean().default(false) }),
  z.object({ kind: z.literal("photo"), fileId: z.string().min(1), caption: z.string().max(CAPTION_LIMIT).default(""), entities }),
  z.object({ kind: z.literal("document"), fileId: z.string().min(1), caption: z.string().max(CAPTION_LIMIT).default(""), entities }),
]);

export type MessageCopy = z.infer<typeof copySchema>;

/** Why a message cannot be passed on, as a locale key; null when it can. */
export type CopyRefusal = "copy-unsupported" | "copy-empty" | "copy-caption-too-long" | "copy-album";

/** The copy of a message, or why it cannot be one (a sticker, a voice note, an album, an over-long caption). */
export function copyOf(message: Message): { copy: MessageCopy } | { refused: CopyRefusal } {
  if (message.media_group_id) return { refused: "copy-album" };
  const caption = message.caption ?? "";
  if (caption.length > CAPTION_LIMIT) return { refused: "copy-caption-too-long" };
  const captionEntities = (message.caption_entities ?? []) as unknown as Record<string, unknown>[];
  if (message.photo?.length) {
    const largest = message.photo.at(-1)!;
    return { copy: { kind: "photo", fileId: largest.file_id, caption, entities: captionEntities } };
  }
  if (message.document) return { copy: { kind: "document", fileId: message.document.file_id, caption, entities: captionEntities } };
  if (message.text !== undefined) {
    if (!message.text.trim()) return { refused: "copy-empty" };
    return {
      copy: {
        kind: "text",
        text: message.text,
        entities: (message.entities ?? []) as unknown as Record<string, unknown>[],
        previewOff: message.link_preview_options?.is_disabled === true,
      },
    };
  }
  return { refused: "copy-unsupported" };
}

export type CopyOptions = { replyMarkup?: InlineKeyboardMarkup | undefined; paid?: boolean };

/** Sends the copy to a chat; `paid` sends it as a paid broadcast (Telegram's higher rate, in Stars). */
export async function sendCopy(api: Api, chatId: number, copy: MessageCopy, opts: CopyOptions = {}): Promise<Message> {
  const extra = {
    ...(opts.replyMarkup ? { reply_markup: opts.replyMarkup } : {}),
    ...(opts.paid ? { allow_paid_broadcast: true } : {}),
  };
  const formatted = copy.entities as unknown as MessageEntity[];
  if (copy.kind === "text") {
    return api.sendMessage(chatId, copy.text, {
      ...extra,
      ...(formatted.length ? { entities: formatted } : {}),
      ...(copy.previewOff ? { link_preview_options: { is_disabled: true } } : {}),
    });
  }
  const caption = copy.caption ? { caption: copy.caption, ...(formatted.length ? { caption_entities: formatted } : {}) } : {};
  if (copy.kind === "photo") return api.sendPhoto(chatId, copy.fileId, { ...extra, ...caption });
  return api.sendDocument(chatId, copy.fileId, { ...extra, ...caption });
}
