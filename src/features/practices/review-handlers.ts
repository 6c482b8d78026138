// The methodologists' buttons: the review queue, the decisions and the import, each behind
// REVIEW_PERMISSION read from this update's member; the service checks the role and the practice
// again. A forged button changes nothing.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { onlyWith } from "../roles/guard.ts";
import { ANY_REVIEW_DATA, PRACTICE_DATA } from "./callbacks.ts";
import { IMPORT_PRACTICES, type ImportPracticesArgs } from "./import-conversation.ts";
import { REVIEW_PRACTICE, type ReviewPracticeArgs } from "./review-conversation.ts";
import { REVIEW_TOASTS, reviewScreen } from "./review-screen.ts";
import { decisionRefusal, reviewPractice } from "./review-service.ts";
import { REVIEW_PERMISSION } from "./rules.ts";

export const practiceReviewFeature = new Composer<Context>();
const review = practiceReviewFeature.callbackQuery(ANY_REVIEW_DATA);
review.use(onlyWith(REVIEW_PERMISSION));

const langOf = (ctx: Context) => pickLocale(ctx.member?.lang, ctx.from?.language_code);

review.callbackQuery(PRACTICE_DATA.review.pattern, async (ctx) => {
  const [page] = PRACTICE_DATA.review.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await reviewScreen(ctx, page));
});

review.callbackQuery(PRACTICE_DATA.approve.pattern, async (ctx) => {
  const [practiceId, page] = PRACTICE_DATA.approve.parse(ctx.match);
  const outcome = await reviewPractice(ctx.deps.db, { reviewer: ctx.member!, practiceId, decision: "approved", comment: null, now: ctx.deps.clock.now() });
  if (outcome === "approved") ctx.deps.outbox.wake();
  const refused = outcome === "own" || outcome === "not-allowed";
  await ctx.answerCallbackQuery({ text: ctx.t(REVIEW_TOASTS[outcome]), show_alert: refused || outcome === "not-found" });
  if (!refused) await editScreen(ctx, await reviewScreen(ctx, page));
});

/**
 * "Send back" and "Reject" ask for the comment first; a practice no longer waiting (or the
 * reviewer's own) is refused before the question, and again by the service on saving.
 */
async function askComment(ctx: Context, codec: typeof PRACTICE_DATA.sendBack, decision: ReviewPracticeArgs["decision"]): Promise<void> {
  const [practiceId, page] = codec.parse(ctx.match!);
  const refusal = await decisionRefusal(ctx.deps.db, { reviewer: ctx.member!, practiceId });
  if (refusal) return void (await ctx.answerCallbackQuery({ text: ctx.t(REVIEW_TOASTS[refusal]), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: ReviewPracticeArgs = { lang: langOf(ctx), practiceId, decision, page };
  await ctx.conversation.enter(REVIEW_PRACTICE, args);
}

review.callbackQuery(PRACTICE_DATA.sendBack.pattern, (ctx) => askComment(ctx, PRACTICE_DATA.sendBack, "returned"));
review.callbackQuery(PRACTICE_DATA.reject.pattern, (ctx) => askComment(ctx, PRACTICE_DATA.reject, "rejected"));

review.callbackQuery(PRACTICE_DATA.import, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: ImportPracticesArgs = { lang: langOf(ctx) };
  await ctx.conversation.enter(IMPORT_PRACTICES, args);
});
