import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Screen } from "../../bot/screen.ts";
import { cut } from "../plans/words.ts";
import { PRACTICE_DATA, type CardOrigin } from "./callbacks.ts";
import type { PracticeCard } from "./card-service.ts";
import { areaName, STATUS_KEYS, STATUS_MARKS, subjectName } from "./labels.ts";
/** What of a comment and a description the card shows (escaping may double a few characters more). */
const COMMENT_ON_CARD = 600;
const DESCRIPTION_ON_CARD = 2000;

/** Where the card's "back" goes: the list it was opened from, or the bank's home. */
function backTo(origin: CardOrigin): string {
  if (origin.list === "subject") return PRACTICE_DATA.bySubject(origin.subject, origin.page);
  if (origin.list === "area") return PRACTICE_DATA.byArea(origin.area, origin.page);
  if (origin.list === "search") return PRACTICE_DATA.found(origin.query, origin.page);
  if (origin.list === "mine") return PRACTICE_DATA.mine(origin.page);
  return PRACTICE_DATA.home;
}

/** Title, author, school, subject, area, classes, how many opened it, the description; its status and comment for the author and reviewers. */
export function cardText(ctx: Context, card: PracticeCard): string {
  const t = ctx.t.bind(ctx);
  const none = t("practice-not-given");
  const lines = [
    t("practice-card", {
      title: esc(card.title),
      author: esc(card.author ?? none),
      school: esc(card.school ?? none),
      subject: subjectName(t, card.subject),
      area: areaName(t, card.area),
      classes: esc(card.classLevel ?? none),
      views: card.views,
    }),
  ];
  if (card.status !== "approved") lines.push(t("practice-card-status", { mark: STATUS_MARKS[card.status], status: t(STATUS_KEYS[card.status]) }));
  // Title, description and comment each within their limits still pass Telegram's 4,096 characters
  // together: the card cuts the comment and the description so it always opens.
  if (card.reviewComment && card.status !== "approved") lines.push(t("practice-card-comment", { comment: esc(cut(card.reviewComment, COMMENT_ON_CARD)) }));
  if (card.description) lines.push(esc(cut(card.description, DESCRIPTION_ON_CARD)));
  return lines.join("\n\n");
}

/** The card with its link and file, "edit" for its author once sent back, and the way back. */
export function cardScreen(ctx: Context, card: PracticeCard, origin: CardOrigin): Screen {
  const keyboard = new InlineKeyboard();
  if (card.link) keyboard.url(ctx.t("practice-link"), card.link);
  if (card.fileId) keyboard.text(ctx.t("practice-file"), PRACTICE_DATA.file(card.id));
  keyboard.row();
  if (card.own && card.status === "returned") keyboard.text(ctx.t("practice-edit"), PRACTICE_DATA.edit(card.id)).row();
  keyboard.text(ctx.t("button-back"), backTo(origin));
  return { text: cardText(ctx, card), keyboard };
}
