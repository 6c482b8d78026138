// The coordinators' review buttons: "reports.view", then the scope against the person's grants,
// then (in the service) each record's owner against them. A forged button changes nothing.
import { Composer, GrammyError } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { mayReportOn, type ReportScope } from "../reports/scope.ts";
import { onlyWith } from "../roles/guard.ts";
import { ANY_REVIEW_DATA, TRAINING_DATA } from "./callbacks.ts";
import { reviewScreen, scopeOf } from "./review-screens.ts";
import { certificateFor, reviewTrainingRecord, type Decision, type ReviewOutcome } from "./review-service.ts";

export const trainingReviewFeature = new Composer<Context>();
const review = trainingReviewFeature.callbackQuery(ANY_REVIEW_DATA);
review.use(onlyWith("reports.view"));

const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });

/** The scope the button names, if the person may see it; otherwise they are told, and null. */
async function allowedScope(ctx: Context, kind: "r" | "m" | "s", id: number): Promise<ReportScope | null> {
  const scope = scopeOf(kind, id);
  if (await mayReportOn(ctx.deps.db, ctx.member, scope)) return scope;
  await notAllowed(ctx);
  return null;
}

review.callbackQuery(TRAINING_DATA.review.pattern, async (ctx) => {
  const [kind, id, page] = TRAINING_DATA.review.parse(ctx.match);
  const scope = await allowedScope(ctx, kind, id);
  if (!scope) return;
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await reviewScreen(ctx, scope, page));
});

const TOASTS: Record<ReviewOutcome, string> = {
  confirmed: "training-review-confirmed",
  declined: "training-review-declined",
  "already-reviewed": "training-review-already",
  own: "training-review-own",
  "not-allowed": "error-not-allowed",
  "not-found": "error-not-found",
};

async function decide(ctx: Context, codec: typeof TRAINING_DATA.confirm, decision: Decision): Promise<void> {
  const [kind, id, recordId, page] = codec.parse(ctx.match!);
  const scope = await allowedScope(ctx, kind, id);
  if (!scope) return;
  const outcome = await reviewTrainingRecord(ctx.deps.db, { reviewer: ctx.member!, recordId, decision, now: ctx.deps.clock.now() });
  if (outcome === decision) ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t(TOASTS[outcome]), show_alert: outcome === "not-allowed" || outcome === "own" });
  // Nothing changed for a refusal: the screen stays as it was.
  if (outcome === "not-allowed" || outcome === "own") return;
  await editScreen(ctx, await reviewScreen(ctx, scope, page));
}

review.callbackQuery(TRAINING_DATA.confirm.pattern, (ctx) => decide(ctx, TRAINING_DATA.confirm, "confirmed"));
review.callbackQuery(TRAINING_DATA.decline.pattern, (ctx) => decide(ctx, TRAINING_DATA.decline, "declined"));

/** The certificate as a message of its own, which the coordinator keeps. */
review.callbackQuery(TRAINING_DATA.certificate.pattern, async (ctx) => {
  const [recordId] = TRAINING_DATA.certificate.parse(ctx.match);
  const found = await certificateFor(ctx.deps.db, { reviewer: ctx.member!, recordId });
  if (found === "not-allowed") return void (await notAllowed(ctx));
  if (found === "not-found") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-found") }));
  await ctx.answerCallbackQuery();
  await sendCertificate(ctx, found.fileId);
});

/**
 * Telegram keeps a photo's file id apart from a file's, and refuses one sent as the other; the
 * record stores the id alone, so a photo is tried first (most certificates are), then a file.
 */
async function sendCertificate(ctx: Context, fileId: string): Promise<void> {
  try {
    await ctx.replyWithPhoto(fileId);
  } catch (error) {
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    await ctx.replyWithDocument(fileId);
  }
}
