import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { esc } from "../bot/html.ts";
import { formatDateTime, formatWhen, type Translate } from "../i18n/dates.ts";
import { noticeSchema, type NoticeArg } from "./notice.ts";

export type Rendered = { text: string; replyMarkup: InlineKeyboardMarkup | undefined };
export type Reader = { t: Translate; lang: string; zone: string; now: Date };

/** The message as the recipient reads it; text arguments are escaped here, never by the caller. */
export function renderNotice(payload: string, reader: Reader): Rendered {
  const notice = noticeSchema.parse(JSON.parse(payload));
  const args = Object.fromEntries(Object.entries(notice.args).map(([name, value]) => [name, renderArg(value, reader)]));
  const keyboard = new InlineKeyboard();
  for (const row of notice.buttons) {
    for (const button of row) {
      if ("url" in button) keyboard.url(reader.t(button.key), button.url);
      else keyboard.text(reader.t(button.key), button.data);
    }
    keyboard.row();
  }
  return { text: reader.t(notice.key, args), replyMarkup: notice.buttons.length ? keyboard : undefined };
}

function renderArg(value: NoticeArg, { t, lang, zone, now }: Reader): string | number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return esc(value);
  if ("dateTime" in value) return formatDateTime(new Date(value.dateTime), lang, zone, now);
  if ("when" in value) return formatWhen(t, new Date(value.when), lang, zone);
  return t(value.key);
}
