// Setting a questionnaire's due date (typed, in the person's zone) and its audience (the events'
// audience picker); each re-checks the permission when it saves, then shows the questionnaire.
import { InlineKeyboard } from "grammy";
import type { Context, ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { compact } from "../../bot/screen.ts";
import { showHome } from "../../bot/main-menu.ts";
import { formatWhen, zoneLabel } from "../../i18n/dates.ts";
import { can } from "../roles/permissions.ts";
import { askAudience } from "../events/manage/audience-steps.ts";
import { parseDateTime } from "../events/manage/dates.ts";
import { authorOf } from "../events/manage/service.ts";
import type { QuestionnaireChangeArgs } from "./manage-callbacks.ts";
import { loadQuestionnaire, placeName, setQuestionnaireAudience, setQuestionnaireDue, type Outcome } from "./manage-service.ts";
import { questionnaireScreen, refusalText } from "./manage-screens.ts";

const LEAVE = { leave: "diagnostics-manage-left" };
const DATE_ONLY = /^\d{1,2}[./]\d{1,2}(?:[./](?:\d{2}|\d{4}))?$/;

export async function setDueConversation(conversation: Conv, ctx: ConversationContext, args: QuestionnaireChangeArgs) {
  const flow = new Flow(conversation, ctx, args.lang, LEAVE);
  const zone = await conversation.external((outer) => outer.member?.timezone ?? outer.deps.config.defaultTimezone);
  const now = await conversation.now();
  const dueAt = await flow.step<number | null>({
    cancellable: true,
    screen: () => ({ text: flow.t("diagnostics-manage-ask-due", { zone: zoneLabel(flow.t.bind(flow), zone) }), keyboard: new InlineKeyboard().text(flow.t("diagnostics-manage-due-none"), "s:none") }),
    onButton: (data) => (data === "none" ? { done: null } : undefined),
    onText: (text) => {
      // A date alone means through that day: to 23:59 of it, which is how the date is then shown.
      const typed = text.trim();
      const parsed = parseDateTime(DATE_ONLY.test(typed) ? `${typed} 23:59` : typed, zone, now);
      if (!parsed.ok) return { refuse: flow.t("diagnostics-manage-due-format") };
      if (parsed.at <= now) return { refuse: flow.t("diagnostics-manage-refused-due-passed") };
      return { done: parsed.at };
    },
  });
  if (dueAt === CANCELLED) return finish(flow, args.id, flow.t("diagnostics-manage-unchanged"));
  const result = await conversation.external((outer) => guarded(outer, () => setQuestionnaireDue(outer.deps.db, args.id, dueAt === null ? null : new Date(dueAt), outer.deps.clock.now())));
  const done = dueAt === null ? flow.t("diagnostics-manage-due-cleared") : flow.t("diagnostics-manage-due-set", { due: formatWhen(flow.t.bind(flow), dueAt, flow.lang, zone) });
  await finish(flow, args.id, result.ok ? done : refusalText(flow.t.bind(flow), result.refusal, result.status));
}

export async function setAudienceConversation(conversation: Conv, ctx: ConversationContext, args: QuestionnaireChangeArgs) {
  const flow = new Flow(conversation, ctx, args.lang, LEAVE);
  const loaded = await conversation.external(async (outer) => {
    if (!outer.member || !can(outer.member, "diagnostics.manage")) return null;
    const found = await loadQuestionnaire(outer.deps.db, args.id);
    if (!found) return null;
    return { audience: found.audience, place: await placeName(outer.deps.db, found.audience), author: authorOf(outer.member, { defaultZone: outer.deps.config.defaultTimezone, now: outer.deps.clock.now() }) };
  });
  if (!loaded) return finish(flow, args.id, refusalText(flow.t.bind(flow), "not-found"));
  const choice = await askAudience(flow, { author: loaded.author, initial: { audience: loaded.audience, place: loaded.place } });
  if (choice === CANCELLED) return finish(flow, args.id, flow.t("diagnostics-manage-unchanged"));
  const result = await conversation.external((outer) => guarded(outer, () => setQuestionnaireAudience(outer.deps.db, args.id, choice.audience)));
  await finish(flow, args.id, result.ok ? flow.t("diagnostics-manage-audience-set") : refusalText(flow.t.bind(flow), result.refusal, result.status));
}

/** The permission again at the moment of saving: a role taken away mid-question saves nothing. */
async function guarded(outer: Context, write: () => Promise<Outcome>): Promise<Outcome | { ok: false; refusal: "not-found"; status?: string }> {
  if (!can(outer.member, "diagnostics.manage")) return { ok: false, refusal: "not-found" };
  return write();
}

async function finish(flow: Flow, id: number, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = can(outer.member, "diagnostics.manage") ? await questionnaireScreen(outer, id) : null;
    if (!screen) return showHome(outer);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
