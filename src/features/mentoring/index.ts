// The mt: buttons of the two people of a pair and of everyone offering or asking; the
// coordinators' are in coordinator-handlers.ts. Each press is checked here and in the services,
// whatever the button says.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { acceptPair, declinePair, type AcceptOutcome, type CloseOutcome } from "./answer.ts";
import { termOf } from "./bank.ts";
import { ANY_MENTORING_DATA, MENTORING_DATA as DATA } from "./callbacks.ts";
import { END_PAIR, OFFER_MENTORING, type EndPairArgs, type OfferMentoringArgs } from "./conversations.ts";
import { mentoringCoordinatorFeature } from "./coordinator-handlers.ts";
import { askSubjectScreen, mentoringHomeScreen, withdrawQuestionScreen } from "./home-screen.ts";
import { withdrawOffer } from "./offers.ts";
import { pairScreen } from "./pair-screen.ts";
import { cancelRequest, requestMentor, type RequestOutcome } from "./pairs.ts";
import { loadPair, viewerOf } from "./view.ts";

export const mentoringFeature = new Composer<Context>();
const own = mentoringFeature.filter((ctx): ctx is Context & { member: NonNullable<Context["member"]> } => ctx.member?.onboarded === true);
own.use(mentoringCoordinatorFeature);

const lang = (ctx: Context) => pickLocale(ctx.member?.lang, ctx.from?.language_code);

async function home(ctx: Context, toast?: string, alert = false): Promise<void> {
  await ctx.answerCallbackQuery(toast === undefined ? undefined : { text: toast, show_alert: alert });
  await editScreen(ctx, await mentoringHomeScreen(ctx));
}

own.callbackQuery(DATA.home.pattern, (ctx) => home(ctx));

own.callbackQuery(DATA.menu.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** The pair as the viewer may see it; anyone else is refused and sees nothing of it. */
async function showPair(ctx: Context, pairId: number, toast?: string, back?: string): Promise<void> {
  const pair = await loadPair(ctx.deps.db, pairId, termOf(ctx.deps.clock.now(), ctx.deps.config.defaultTimezone));
  const viewer = pair && (await viewerOf(ctx.deps.db, ctx.member, pair));
  if (!pair || !viewer) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true }));
  await ctx.answerCallbackQuery(toast === undefined ? undefined : { text: toast });
  await editScreen(ctx, pairScreen(ctx, pair, viewer, back));
}

own.callbackQuery(DATA.pair.pattern, (ctx) => showPair(ctx, ...DATA.pair.parse(ctx.match)));
own.callbackQuery(DATA.pairInList.pattern, (ctx) => {
  const [pairId, kind, scopeId, page] = DATA.pairInList.parse(ctx.match);
  return showPair(ctx, pairId, undefined, DATA.pairs(kind, scopeId, page));
});

own.callbackQuery(DATA.offer.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: OfferMentoringArgs = { lang: lang(ctx) };
  await ctx.conversation.enter(OFFER_MENTORING, args);
});

own.callbackQuery(DATA.withdrawAsk.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, withdrawQuestionScreen(ctx));
});

own.callbackQuery(DATA.withdraw.pattern, async (ctx) => {
  const withdrawn = await withdrawOffer(ctx.deps.db, ctx.member.userId);
  await home(ctx, ctx.t(withdrawn ? "mentoring-withdrawn" : "button-outdated"));
});

own.callbackQuery(DATA.askSubject.pattern, async (ctx) => {
  if (!ctx.member.young) return home(ctx, ctx.t("mentoring-ask-not-young"), true);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, askSubjectScreen(ctx));
});

const REQUEST_TOASTS: Record<RequestOutcome["kind"], string> = {
  requested: "mentoring-asked",
  "not-young": "mentoring-ask-not-young",
  "has-pair": "mentoring-ask-has-pair",
  "bad-subject": "button-outdated",
};

own.callbackQuery(DATA.ask.pattern, async (ctx) => {
  const [subject] = DATA.ask.parse(ctx.match);
  const outcome = await requestMentor(ctx.deps.db, { userId: ctx.member.userId, subject, now: ctx.deps.clock.now() });
  if (outcome.kind === "requested") ctx.deps.outbox.wake();
  const key = outcome.kind === "requested" && !outcome.coordinators ? "mentoring-asked-nobody" : REQUEST_TOASTS[outcome.kind];
  await home(ctx, ctx.t(key), outcome.kind !== "requested" || !outcome.coordinators);
});

own.callbackQuery(DATA.cancelAsk.pattern, async (ctx) => {
  const [pairId] = DATA.cancelAsk.parse(ctx.match);
  const outcome = await cancelRequest(ctx.deps.db, { userId: ctx.member.userId, pairId, now: ctx.deps.clock.now() });
  if (outcome === "not-allowed") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true }));
  await home(ctx, ctx.t(outcome === "cancelled" ? "mentoring-ask-cancelled" : "button-outdated"));
});

const ANSWER_TOASTS: Record<Exclude<AcceptOutcome | CloseOutcome, "not-allowed">, string> = {
  active: "mentoring-accepted-active",
  waiting: "mentoring-accepted-waiting",
  closed: "mentoring-declined",
  outdated: "mentoring-answer-outdated",
};

/** Accept or decline, for oneself only; the pair is shown as it is afterwards. */
async function answer(ctx: Context, pairId: number, act: typeof acceptPair | typeof declinePair): Promise<void> {
  const outcome = await act(ctx.deps.db, { userId: ctx.member!.userId, pairId, now: ctx.deps.clock.now() });
  if (outcome === "not-allowed") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true }));
  if (outcome !== "outdated" && outcome !== "waiting") ctx.deps.outbox.wake();
  await showPair(ctx, pairId, ctx.t(ANSWER_TOASTS[outcome]));
}

own.callbackQuery(DATA.accept.pattern, (ctx) => answer(ctx, ...DATA.accept.parse(ctx.match), acceptPair));
own.callbackQuery(DATA.decline.pattern, (ctx) => answer(ctx, ...DATA.decline.parse(ctx.match), declinePair));

/** Ending asks the reason in a conversation; the service checks the pair and the person again. */
own.callbackQuery(DATA.end.pattern, async (ctx) => {
  const [pairId] = DATA.end.parse(ctx.match);
  const pair = await loadPair(ctx.deps.db, pairId, termOf(ctx.deps.clock.now(), ctx.deps.config.defaultTimezone));
  const viewer = pair && (await viewerOf(ctx.deps.db, ctx.member, pair));
  if (viewer !== "mentor" && viewer !== "mentee") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true }));
  if (pair!.status !== "active") return showPair(ctx, pairId, ctx.t("mentoring-answer-outdated"));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: EndPairArgs = { lang: lang(ctx), pairId };
  await ctx.conversation.enter(END_PAIR, args);
});

/** An old or made-up button of this feature changes nothing. */
mentoringFeature.callbackQuery(ANY_MENTORING_DATA, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t(ctx.member?.onboarded ? "button-outdated" : "error-not-registered") });
});

/** "🤝 Наставничество", for everyone registered: as a young teacher, as a mentor, and the coordinators' view inside. */
export const mentoringMenuEntries: MenuEntry[] = [{ label: "menu-mentoring", row: 25, order: 2, screen: async (ctx) => mentoringHomeScreen(ctx) }];
