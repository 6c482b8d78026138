import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { DEADLINE_DATA } from "./callbacks.ts";
import { markDeadlineDone, remindTomorrow, type DeadlineAnswer } from "./deadline-actions.ts";

/** "✅ Done" and "⏰ Remind me tomorrow" under a plan deadline nudge; the rules are in deadline-actions.ts. */
export const planDeadlinesFeature = new Composer<Context>();

const registered = planDeadlinesFeature.filter((ctx) => ctx.member?.onboarded === true);

const ANSWER_KEYS: Record<DeadlineAnswer, string> = {
  done: "plan-deadline-done",
  "already-done": "plan-deadline-already-done",
  queued: "plan-deadline-queued",
  "too-late": "plan-deadline-too-late",
  "not-allowed": "error-not-allowed",
  "not-found": "button-outdated",
};

async function answer(ctx: Context, outcome: DeadlineAnswer): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t(ANSWER_KEYS[outcome]), show_alert: outcome === "not-allowed" });
  // Done (now or before): its buttons have nothing left to do.
  if (outcome === "done" || outcome === "already-done") await ctx.editMessageReplyMarkup();
}

registered.callbackQuery(DEADLINE_DATA.done.pattern, async (ctx) => {
  const [measureDateId, kind, id] = DEADLINE_DATA.done.parse(ctx.match);
  const asker = { userId: ctx.member!.userId, grants: ctx.member!.grants };
  await answer(ctx, await markDeadlineDone(ctx.deps.db, { measureDateId, place: { kind, id }, asker, now: ctx.deps.clock.now() }));
});

registered.callbackQuery(DEADLINE_DATA.later.pattern, async (ctx) => {
  const [measureDateId, kind, id] = DEADLINE_DATA.later.parse(ctx.match);
  const asker = { userId: ctx.member!.userId, grants: ctx.member!.grants };
  const settings = { defaultTimezone: ctx.deps.config.defaultTimezone, quietHours: ctx.deps.config.quietHours };
  await answer(ctx, await remindTomorrow(ctx.deps.db, { measureDateId, place: { kind, id }, asker, now: ctx.deps.clock.now(), settings }));
});
