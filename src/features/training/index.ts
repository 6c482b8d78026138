// The tr: buttons: a teacher's "🎓 My training" (opened from the profile) and the coordinators'
// review of courses teachers entered. Every press is checked here, whatever the button says.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { profileMenu } from "../profile/menus.ts";
import { profileText } from "../profile/screen.ts";
import { ANY_TRAINING_DATA, TRAINING_DATA } from "./callbacks.ts";
import { ADD_TRAINING, type AddTrainingArgs } from "./conversation.ts";
import { trainingReviewFeature } from "./review-handlers.ts";
import { deleteQuestionScreen, myTrainingScreen } from "./screens.ts";
import { deleteTrainingRecord, ownRecord } from "./service.ts";

export const trainingFeature = new Composer<Context>();
const buttons = trainingFeature.callbackQuery(ANY_TRAINING_DATA);
const own = buttons.filter((ctx) => ctx.member?.onboarded === true);

own.callbackQuery(TRAINING_DATA.mine.pattern, async (ctx) => {
  const [page] = TRAINING_DATA.mine.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await myTrainingScreen(ctx, page));
});

own.callbackQuery(TRAINING_DATA.add, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: AddTrainingArgs = { lang: pickLocale(ctx.member?.lang, ctx.from.language_code) };
  await ctx.conversation.enter(ADD_TRAINING, args);
});

own.callbackQuery(TRAINING_DATA.deleteAsk.pattern, async (ctx) => {
  const [recordId, page] = TRAINING_DATA.deleteAsk.parse(ctx.match);
  const record = await ownRecord(ctx.deps.db, { userId: ctx.member!.userId, recordId });
  if (!record) return gone(ctx, page, "error-not-found");
  if (record.status === "confirmed") return gone(ctx, page, "training-delete-confirmed");
  await ctx.answerCallbackQuery();
  await editScreen(ctx, deleteQuestionScreen(ctx, record, page));
});

own.callbackQuery(TRAINING_DATA.delete.pattern, async (ctx) => {
  const [recordId, page] = TRAINING_DATA.delete.parse(ctx.match);
  const outcome = await deleteTrainingRecord(ctx.deps.db, { userId: ctx.member!.userId, recordId });
  await gone(ctx, page, outcome === "deleted" ? "training-deleted" : outcome === "confirmed" ? "training-delete-confirmed" : "error-not-found");
});

/** A toast (an alert when nothing was deleted) and the list again. */
async function gone(ctx: Context, page: number, key: string): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: key !== "training-deleted" });
  await editScreen(ctx, await myTrainingScreen(ctx, page));
}

own.callbackQuery(TRAINING_DATA.profile, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(profileText(ctx), { parse_mode: "HTML", reply_markup: await profileMenu.markup(ctx) });
});

buttons.use(trainingReviewFeature);

/** An old or made-up button of this feature changes nothing. */
buttons.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});
