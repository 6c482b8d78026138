import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { esc } from "../bot/html.ts";
import { formatDate, formatWhen, type Translate } from "../i18n/dates.ts";
import { noticeSchema, type NoticeArg, type NoticeButton } from "./notice.ts";

export type Rendered = { text: string; replyMarkup: InlineKeyboardMarkup | undefined };
export type Reader = { t: Translate; lang: string; zone: string };

/** The message as the recipient reads it; text arguments are escaped here, never by the caller. */
export function renderNotice(payload: string, reader: Reader): Rendered {
  const notice = noticeSchema.parse(JSON.parse(payload));
  const args = Object.fromEntries(Object.entries(notice.args).map(([name, value]) => [name, renderArg(value, reader)]));
  return { text: reader.t(notice.key, args), replyMarkup: renderButtons(notice.buttons, reader.t) };
}

/** Buttons in the reader's language; none: no keyboard. */
export function renderButtons(buttons: NoticeButton[][], t: Translate): InlineKeyboardMarkup | undefined {
  const rows = buttons.map((row) =>
    row.map((button) => {
      if ("label" in button) return InlineKeyboard.url(button.label, button.url);
      return "url" in button ? InlineKeyboard.url(t(button.key), button.url) : InlineKeyboard.text(t(button.key), button.data);
    }),
  );
  return rows.length ? new InlineKeyboard(rows) : undefined;
}

function renderArg(value: NoticeArg, { t, lang, zone }: Reader): string | number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return esc(value);
  if ("when" in value) return formatWhen(t, new Date(value.when), lang, zone);
  if ("day" in value) return formatDate(new Date(`${value.day}T00:00:00Z`), lang, "UTC");
  return t(value.key);
}
