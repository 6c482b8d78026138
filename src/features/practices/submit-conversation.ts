// "➕ Share a practice", and the author's "✏️ Edit and send again" of one sent back to them: the
// questions, a summary and "Send". Nothing is stored before "Send"; the practice then waits for a
// methodologist.
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { compact } from "../../bot/screen.ts";
import { myPracticesScreen } from "./mine-screen.ts";
import type { PracticeInput } from "./rules.ts";
import { resubmitPractice, returnedPractice, submitPractice } from "./service.ts";
import { askArea, askClassLevel, askDescription, askMaterial, askSubject, askTitle, confirmSend, ruleText } from "./submit-steps.ts";

export const SUBMIT_PRACTICE = "submit-practice";
/** `practiceId`: the returned practice being edited; null for a new one. */
export type SubmitPracticeArgs = { lang: string; practiceId: number | null };

export async function submitPracticeConversation(conversation: Conv, ctx: ConversationContext, args: SubmitPracticeArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "practice-submit-left" });
  const setup = await conversation.external(async (outer) => {
    const member = outer.member;
    if (!member?.onboarded) return null;
    const current = args.practiceId === null ? null : await returnedPractice(outer.deps.db, { authorId: member.userId, practiceId: args.practiceId });
    return { userId: member.userId, subjects: member.subjects, current };
  });
  if (!setup) return void (await flow.say(flow.t("error-not-registered")));
  if (args.practiceId !== null && !setup.current) return finish(flow, flow.t("practice-edit-gone"));

  const draft = await collect(flow, setup.subjects, setup.current ?? undefined);
  if (draft === CANCELLED || (await confirmSend(flow, draft)) === CANCELLED) return finish(flow, flow.t("practice-submit-cancelled"));
  const practiceId = args.practiceId;
  const saved = await conversation.external((outer) => {
    const now = outer.deps.clock.now();
    return practiceId === null
      ? submitPractice(outer.deps.db, { authorId: setup.userId, input: draft, now })
      : resubmitPractice(outer.deps.db, { authorId: setup.userId, practiceId, input: draft, now });
  });
  if (saved.ok) return finish(flow, flow.t(practiceId === null ? "practice-submitted" : "practice-resubmitted"));
  // The answers were checked as they came; only a review since (the practice no longer returned) stops it now.
  return finish(flow, saved.rule === "not-returned" ? flow.t("practice-edit-gone") : ruleText(flow, saved.rule));
}

async function collect(flow: Flow, subjects: string[], current?: PracticeInput): Promise<PracticeInput | typeof CANCELLED> {
  const title = await askTitle(flow, current?.title);
  if (title === CANCELLED) return CANCELLED;
  const description = await askDescription(flow, current?.description);
  if (description === CANCELLED) return CANCELLED;
  const subject = await askSubject(flow, subjects, current?.subject);
  if (subject === CANCELLED) return CANCELLED;
  const area = await askArea(flow, current?.area);
  if (area === CANCELLED) return CANCELLED;
  const classLevel = await askClassLevel(flow, current?.classLevel);
  if (classLevel === CANCELLED) return CANCELLED;
  const material = await askMaterial(flow, current && { link: current.link, file: current.file });
  if (material === CANCELLED) return CANCELLED;
  return { title, description, subject, area, classLevel, ...material };
}

/** Says how it ended, then "My practices" as a new message. */
async function finish(flow: Flow, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = await myPracticesScreen(outer, 0);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
