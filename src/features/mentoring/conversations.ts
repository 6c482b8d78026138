// The two flows that take typed answers: offering to mentor (or changing the offer), and ending a
// pair with a reason. Nothing is stored before the last answer; the service checks everything again.
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { compact } from "../../bot/screen.ts";
import { isSubject } from "../profile/subjects.ts";
import { endPair } from "./answer.ts";
import { mentoringHomeScreen } from "./home-screen.ts";
import { offerOf, saveOffer } from "./offers.ts";
import { MENTOR_MIN_YEARS, mayMentor } from "./rules.ts";
import { askCapacity, askMentorSubjects, askNote, askReason } from "./steps.ts";

export const OFFER_MENTORING = "offer-to-mentor";
export type OfferMentoringArgs = { lang: string };

export async function offerToMentor(conversation: Conv, ctx: ConversationContext, args: OfferMentoringArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "mentoring-flow-left" });
  const setup = await conversation.external(async (outer) => {
    const member = outer.member;
    if (!member?.onboarded) return null;
    const offer = await offerOf(outer.deps.db, member.userId);
    return { userId: member.userId, eligible: mayMentor(member.teachingSince, outer.deps.clock.now()), profileSubjects: member.subjects.filter(isSubject), offer };
  });
  if (!setup) return void (await flow.say(flow.t("error-not-registered")));
  if (!setup.eligible) return finish(flow, flow.t("mentoring-offer-not-eligible", { years: MENTOR_MIN_YEARS }));

  const subjects = await askMentorSubjects(flow, setup.offer?.subjects ?? setup.profileSubjects);
  if (subjects === CANCELLED) return finish(flow, flow.t("mentoring-offer-cancelled"));
  const capacity = await askCapacity(flow, setup.offer?.capacity ?? null);
  if (capacity === CANCELLED) return finish(flow, flow.t("mentoring-offer-cancelled"));
  const note = await askNote(flow, setup.offer?.note ?? null);
  if (note === CANCELLED) return finish(flow, flow.t("mentoring-offer-cancelled"));
  const saved = await conversation.external((outer) => saveOffer(outer.deps.db, { userId: setup.userId, input: { subjects, capacity, note }, now: outer.deps.clock.now() }));
  if (saved !== "saved") return finish(flow, flow.t("mentoring-offer-not-eligible", { years: MENTOR_MIN_YEARS }));
  return finish(flow, flow.t(setup.offer?.active ? "mentoring-offer-changed" : "mentoring-offer-saved"));
}

export const END_PAIR = "end-mentoring-pair";
export type EndPairArgs = { lang: string; pairId: number };

export async function endMentoringPair(conversation: Conv, ctx: ConversationContext, args: EndPairArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "mentoring-flow-left" });
  const setup = await conversation.external(async (outer) => {
    const member = outer.member;
    if (!member?.onboarded) return null;
    const pair = await outer.deps.db.mentorPair.findUnique({
      where: { id: args.pairId },
      select: { status: true, mentorId: true, menteeId: true, mentor: { select: { fullName: true } }, mentee: { select: { fullName: true } } },
    });
    const mine = pair?.status === "active" && (pair.mentorId === member.userId || pair.menteeId === member.userId);
    return mine ? { userId: member.userId, other: (pair.mentorId === member.userId ? pair.mentee.fullName : pair.mentor?.fullName) ?? "—" } : { userId: member.userId, other: null };
  });
  if (!setup) return void (await flow.say(flow.t("error-not-registered")));
  if (setup.other === null) return finish(flow, flow.t("mentoring-end-outdated"));
  const reason = await askReason(flow, setup.other);
  if (reason === CANCELLED) return finish(flow, flow.t("mentoring-end-cancelled"));
  const outcome = await conversation.external(async (outer) => {
    const ended = await endPair(outer.deps.db, { userId: setup.userId, pairId: args.pairId, reason, now: outer.deps.clock.now() });
    if (ended.kind === "closed") outer.deps.outbox.wake();
    return ended;
  });
  if (outcome.kind !== "closed") return finish(flow, flow.t("mentoring-end-outdated"));
  const ended = flow.t("mentoring-ended", { other: esc(setup.other) });
  return finish(flow, outcome.meetingsCancelled ? `${ended}\n${flow.t("mentoring-ended-meetings-cancelled", { count: outcome.meetingsCancelled })}` : ended);
}

/** Says how it ended, then the mentoring screen again as a new message. */
async function finish(flow: Flow, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = await mentoringHomeScreen(outer);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
