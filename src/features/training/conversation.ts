// "➕ Add a course": a course taken outside the bot, question by question, then a summary and
// "Save". Nothing is stored before "Save"; the record then waits for a coordinator.
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { compact } from "../../bot/screen.ts";
import { myTrainingScreen } from "./screens.ts";
import { addTrainingRecord } from "./service.ts";
import { askCertificate, askDays, askHours, askNumber, askProvider, askTitle, confirmSave, ruleText } from "./steps.ts";
import { todayIn, type TrainingInput } from "./validation.ts";

export const ADD_TRAINING = "add-training";
export type AddTrainingArgs = { lang: string };

export async function addTraining(conversation: Conv, ctx: ConversationContext, args: AddTrainingArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "training-add-left" });
  const setup = await conversation.external((outer) => {
    const member = outer.member;
    if (!member?.onboarded) return null;
    const zone = member.timezone ?? outer.deps.config.defaultTimezone;
    return { userId: member.userId, zone, today: todayIn(outer.deps.clock.now(), zone) };
  });
  if (!setup) return void (await flow.say(flow.t("error-not-registered")));

  const draft = await collect(flow, setup.today);
  if (draft === CANCELLED) return finish(flow, flow.t("training-add-cancelled"));
  if ((await confirmSave(flow, draft)) === CANCELLED) return finish(flow, flow.t("training-add-cancelled"));
  const saved = await conversation.external((outer) =>
    addTrainingRecord(outer.deps.db, { userId: setup.userId, input: draft, now: outer.deps.clock.now(), zone: setup.zone }),
  );
  // The answers were checked as they came; only a day passing since could break a rule now.
  return finish(flow, saved.ok ? flow.t("training-add-saved") : ruleText(flow, saved.rule));
}

/** `today` in the person's zone: a course cannot end later (the service checks again on saving). */
async function collect(flow: Flow, today: string): Promise<TrainingInput | typeof CANCELLED> {
  const title = await askTitle(flow);
  if (title === CANCELLED) return CANCELLED;
  const provider = await askProvider(flow);
  if (provider === CANCELLED) return CANCELLED;
  const hours = await askHours(flow);
  if (hours === CANCELLED) return CANCELLED;
  const days = await askDays(flow, today);
  if (days === CANCELLED) return CANCELLED;
  const certificateNumber = await askNumber(flow);
  if (certificateNumber === CANCELLED) return CANCELLED;
  const certificateFileId = await askCertificate(flow);
  if (certificateFileId === CANCELLED) return CANCELLED;
  return { title, provider, hours, ...days, certificateNumber, certificateFileId };
}

/** Says how it ended, then the list again as a new message. */
async function finish(flow: Flow, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = await myTrainingScreen(outer, 0);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
