// The person's side of self-diagnosis: the list, taking a questionnaire in one message edited in
// place, and the results. Not a conversation: every button carries what it needs and the state
// is in the database (take-service.ts), so the rest of the bot keeps working in between.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import { hasQuestionnaires } from "./published.ts";
import { answer, attemptResults, myQuestionnaires, openQuestionnaire, pauseAttempt, retake, showQuestion, type OpenResult, type RetakeResult } from "./take-service.ts";
import { closedScreen, listScreen, pausedScreen, questionScreen } from "./take-screens.ts";
import { resultsScreen, sendResultsChart } from "./results-screens.ts";
import { formatDate } from "../../i18n/dates.ts";
import { diagnosticsRouteFeature } from "./route-handlers.ts";
import { withRouteEntry } from "./route-screens.ts";
import { hasRoute } from "./route-service.ts";

export const diagnosticsTakeFeature = new Composer<Context>();

diagnosticsTakeFeature.use(diagnosticsRouteFeature);

const registered = diagnosticsTakeFeature.filter((ctx): ctx is Context & { member: NonNullable<Context["member"]> } => ctx.member?.onboarded === true);

/** Edits the pressed message into the results, then sends the chart. */
async function showResults(ctx: Context, attemptId: number): Promise<void> {
  const results = await attemptResults(ctx.deps.db, ctx.member!.userId, attemptId);
  if (!results) {
    await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-outdated") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, resultsScreen(ctx, results));
  await sendResultsChart(ctx, results);
}

/** The message whose button was pressed (0 for an inline message, which this bot does not send). */
const pressedMessage = (ctx: Context) => ctx.callbackQuery?.message?.message_id ?? 0;

/** Turns a step of taking into what the person sees; "outdated" and "too early" are toasts that change nothing. */
async function showStep(ctx: Context, step: OpenResult | RetakeResult): Promise<void> {
  switch (step.kind) {
    case "question":
      await ctx.answerCallbackQuery();
      return editScreen(ctx, questionScreen(ctx, step.view));
    case "finished":
    case "results":
      return showResults(ctx, step.attemptId);
    case "closed":
      await ctx.answerCallbackQuery();
      return editScreen(ctx, closedScreen(ctx));
    case "too-early":
      await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-too-early", { date: formatDate(step.retakeFrom, ctx.member?.lang ?? "ru", ctx.member?.timezone ?? ctx.deps.config.defaultTimezone) }) });
      return;
    case "not-found":
      await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-not-found") });
      return;
    case "outdated":
      await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-outdated") });
      return;
  }
}

/** The person's questionnaires, with "🧭 My route" once they have saved one. */
async function questionnairesScreen(ctx: Context, member: NonNullable<Context["member"]>) {
  const screen = listScreen(ctx, await myQuestionnaires(ctx.deps.db, member));
  return (await hasRoute(ctx.deps.db, member.userId)) ? withRouteEntry(ctx, screen) : screen;
}

registered.callbackQuery(DIAGNOSTICS_DATA.list.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await questionnairesScreen(ctx, ctx.member));
});

registered.callbackQuery(DIAGNOSTICS_DATA.open.pattern, async (ctx) => {
  const [questionnaireId] = DIAGNOSTICS_DATA.open.parse(ctx.match);
  await showStep(ctx, await openQuestionnaire(ctx.deps.db, ctx.member, questionnaireId, ctx.deps.clock.now(), pressedMessage(ctx)));
});

registered.callbackQuery(DIAGNOSTICS_DATA.retake.pattern, async (ctx) => {
  const [questionnaireId] = DIAGNOSTICS_DATA.retake.parse(ctx.match);
  await showStep(ctx, await retake(ctx.deps.db, ctx.member, questionnaireId, ctx.deps.clock.now(), pressedMessage(ctx)));
});

registered.callbackQuery(DIAGNOSTICS_DATA.answer.pattern, async (ctx) => {
  const [attemptId, index, optionId] = DIAGNOSTICS_DATA.answer.parse(ctx.match);
  await showStep(ctx, await answer(ctx.deps.db, ctx.member.userId, { attemptId, index, optionId, messageId: pressedMessage(ctx) }, ctx.deps.clock.now()));
});

registered.callbackQuery(DIAGNOSTICS_DATA.back.pattern, async (ctx) => {
  const [attemptId, index] = DIAGNOSTICS_DATA.back.parse(ctx.match);
  await showStep(ctx, await showQuestion(ctx.deps.db, ctx.member.userId, attemptId, index, { messageId: pressedMessage(ctx) }));
});

registered.callbackQuery(DIAGNOSTICS_DATA.pause.pattern, async (ctx) => {
  const [attemptId] = DIAGNOSTICS_DATA.pause.parse(ctx.match);
  const paused = await pauseAttempt(ctx.deps.db, ctx.member.userId, attemptId);
  if (!paused) {
    await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-outdated") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, pausedScreen(ctx, paused.questionnaireId));
});

registered.callbackQuery(DIAGNOSTICS_DATA.menu.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** "🧭 Self-diagnosis" once a questionnaire is published for the person: the questionnaires meant for them. */
export const diagnosticsMenuEntries: MenuEntry[] = [
  {
    label: "diagnostics-take-menu",
    row: 20,
    order: 2,
    shows: (ctx) => ctx.member !== null && hasQuestionnaires(ctx.deps.db, ctx.member, ctx.deps.clock.now()),
    screen: async (ctx) => ctx.member && questionnairesScreen(ctx, ctx.member),
  },
];
