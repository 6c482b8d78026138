import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { addPager } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { PRACTICE_DATA } from "./callbacks.ts";
import { cardText } from "./card-screen.ts";
import { readablePractice } from "./card-service.ts";
import { can } from "../roles/permissions.ts";
import { submittedAt, type ReviewOutcome } from "./review-service.ts";
import { REVIEW_PERMISSION } from "./rules.ts";

/** What the methodologist is told of a decision. */
export const REVIEW_TOASTS: Record<ReviewOutcome, string> = {
  approved: "practice-review-approved",
  returned: "practice-review-returned",
  rejected: "practice-review-rejected",
  "already-reviewed": "practice-review-already",
  own: "practice-review-own",
  comment: "practice-review-comment-needed",
  "not-allowed": "error-not-allowed",
  "not-found": "error-not-found",
};

/**
 * One submitted practice, the longest waiting first: the card, then "✅ Approve", "↩️ Send back",
 * "✖️ Reject" (not on the reviewer's own), its link and file, "‹ n/N ›".
 */
export async function reviewScreen(ctx: Context, page: number): Promise<Screen> {
  const member = ctx.member;
  const keyboard = new InlineKeyboard();
  if (!can(member, REVIEW_PERMISSION)) return { text: ctx.t("error-not-allowed"), keyboard: keyboard.text(ctx.t("button-back"), PRACTICE_DATA.home) };
  const { practiceId, index, total } = await submittedAt(ctx.deps.db, page);
  const card = member && practiceId !== null ? await readablePractice(ctx.deps.db, { practiceId, reader: member }) : null;
  if (!card) return { text: ctx.t("practice-review-empty"), keyboard: keyboard.text(ctx.t("button-back"), PRACTICE_DATA.home) };
  if (!card.own) {
    keyboard
      .text(ctx.t("practice-review-approve"), PRACTICE_DATA.approve(card.id, index))
      .row()
      .text(ctx.t("practice-review-send-back"), PRACTICE_DATA.sendBack(card.id, index))
      .text(ctx.t("practice-review-reject"), PRACTICE_DATA.reject(card.id, index))
      .row();
  }
  if (card.link) keyboard.url(ctx.t("practice-link"), card.link);
  if (card.fileId) keyboard.text(ctx.t("practice-file"), PRACTICE_DATA.file(card.id));
  addPager(keyboard.row(), { items: [card], page: index, pages: total }, PRACTICE_DATA.review.pagerPrefix());
  keyboard.row().text(ctx.t("button-back"), PRACTICE_DATA.home);
  const header = ctx.t("practice-review-title", { position: index + 1, total });
  const own = card.own ? `\n\n${ctx.t("practice-review-own-note")}` : "";
  return { text: `${header}\n\n${cardText(ctx, card)}${own}`, keyboard };
}
