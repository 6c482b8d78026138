// The mm: buttons: a mentoring pair's plan of meetings (opened from the pair's screen or from a
// notice), the mentee's consent to show their route, the mentor's read-only view of it, and one
// meeting's buttons (meeting-handlers.ts). Only the pair's two people get anything from them.
import { Composer } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { compact, editScreen } from "../../../bot/screen.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { forChange, pairAccess } from "./access.ts";
import { ANY_MEETING_DATA, MEETING_DATA } from "./callbacks.ts";
import { ADD_MEETING, type PairArgs } from "./conversations.ts";
import { asker, meetingHandlers, refused, type MemberContext } from "./meeting-handlers.ts";
import { menteeRoute, pairPlan, setRouteShared } from "./progress.ts";
import { menteeRouteScreen } from "./route-screen.ts";
import { planScreen } from "./screens.ts";

export const meetingsFeature = new Composer<Context>();
const buttons = meetingsFeature.callbackQuery(ANY_MEETING_DATA);
const own = buttons.filter((ctx): ctx is typeof ctx & MemberContext => ctx.member?.onboarded === true);

/** The plan in place of the pressed message, or as a new one (from a notice, which stays). */
async function showPlan(ctx: MemberContext, pairId: number, page: number, opts: { toast?: string; asNew?: boolean } = {}): Promise<void> {
  const plan = await pairPlan(ctx.deps.db, { pairId, viewer: ctx.member, now: ctx.deps.clock.now() });
  if (!plan.ok) return refused(ctx, plan.refusal);
  await ctx.answerCallbackQuery(opts.toast === undefined ? undefined : { text: opts.toast });
  const screen = planScreen(ctx, plan.value, page);
  if (opts.asNew) await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  else await editScreen(ctx, screen);
}

own.callbackQuery(MEETING_DATA.list.pattern, (ctx) => showPlan(ctx, MEETING_DATA.list.parse(ctx.match)[0], 0));
own.callbackQuery(MEETING_DATA.listAsNew.pattern, (ctx) => showPlan(ctx, MEETING_DATA.listAsNew.parse(ctx.match)[0], 0, { asNew: true }));
own.callbackQuery(MEETING_DATA.listPage.pattern, (ctx) => {
  const [pairId, page] = MEETING_DATA.listPage.parse(ctx.match);
  return showPlan(ctx, pairId, page);
});

own.callbackQuery(MEETING_DATA.add.pattern, async (ctx) => {
  const [pairId] = MEETING_DATA.add.parse(ctx.match);
  const access = forChange(await pairAccess(ctx.deps.db, { pairId, userId: ctx.member.userId }));
  if (!access.ok) return refused(ctx, access.refusal);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: PairArgs = { lang: pickLocale(ctx.member.lang, ctx.from.language_code), pairId };
  await ctx.conversation.enter(ADD_MEETING, args);
});

own.callbackQuery(MEETING_DATA.share.pattern, async (ctx) => {
  const [pairId, value] = MEETING_DATA.share.parse(ctx.match);
  const changed = await setRouteShared(ctx.deps.db, { pairId, shared: value === "on", ...asker(ctx) });
  if (!changed.ok) return refused(ctx, changed.refusal);
  if (changed.value) ctx.deps.outbox.wake();
  await showPlan(ctx, pairId, 0, { toast: ctx.t(value === "on" ? "meetings-route-shown" : "meetings-route-hidden") });
});

own.callbackQuery(MEETING_DATA.route.pattern, async (ctx) => {
  const [pairId, page] = MEETING_DATA.route.parse(ctx.match);
  const route = await menteeRoute(ctx.deps.db, { pairId, ...asker(ctx) });
  if (!route.ok) return refused(ctx, route.refusal);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, menteeRouteScreen(ctx, route.value, page));
});

own.use(meetingHandlers);

/** An old or made-up button of this feature changes nothing. */
buttons.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});
