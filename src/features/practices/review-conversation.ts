// "↩️ Send back" and "✖️ Reject": the methodologist's comment (required to send back: what to
// correct; optional to reject), then the decision, re-checked as it is saved.
import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { compact } from "../../bot/screen.ts";
import { REVIEW_TOASTS, reviewScreen } from "./review-screen.ts";
import { reviewPractice, type ReviewOutcome } from "./review-service.ts";
import { checkComment } from "./rules.ts";
import { ruleText } from "./submit-steps.ts";

export const REVIEW_PRACTICE = "review-practice";
export type ReviewPracticeArgs = { lang: string; practiceId: number; decision: "returned" | "rejected"; page: number };

export async function reviewPracticeConversation(conversation: Conv, ctx: ConversationContext, args: ReviewPracticeArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "practice-review-left" });
  const optional = args.decision === "rejected";
  const comment = await flow.step<string | null>({
    cancellable: true,
    screen: () => ({
      text: flow.t(optional ? "practice-ask-reject-comment" : "practice-ask-return-comment"),
      ...(optional ? { keyboard: new InlineKeyboard().text(flow.t("practice-no-comment"), "s:none") } : {}),
    }),
    onButton: (data) => (optional && data === "none" ? { done: null } : undefined),
    onText: (text) => {
      const checked = checkComment(text);
      return checked.ok ? { done: checked.value } : { refuse: ruleText(flow, checked.rule) };
    },
  });
  if (comment === CANCELLED) return finish(flow, args.page, flow.t("practice-review-unchanged"));
  const outcome: ReviewOutcome = await conversation.external((outer) =>
    outer.member ? reviewPractice(outer.deps.db, { reviewer: outer.member, practiceId: args.practiceId, decision: args.decision, comment, now: outer.deps.clock.now() }) : "not-allowed",
  );
  if (outcome === args.decision) await conversation.external((outer) => outer.deps.outbox.wake());
  await finish(flow, args.page, flow.t(REVIEW_TOASTS[outcome]));
}

/** Says how it ended, then the queue again as a new message. */
async function finish(flow: Flow, page: number, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = await reviewScreen(outer, page);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
