// The meetings' questions: planning one (when, then the topic), moving one (when), and the note of
// one that took place. Each reads the pair afresh before asking and the service checks again on
// saving; each ends with what happened and the plan again as a new message.
import type { Context, ConversationContext } from "../../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { compact } from "../../../bot/screen.ts";
import { forChange, pairAccess, type PairAccess, type Refusal } from "./access.ts";
import { heldMeeting, saveNote } from "./held.ts";
import { pairPlan } from "./progress.ts";
import { planScreen } from "./screens.ts";
import { addMeeting, moveMeeting, upcomingMeeting } from "./service.ts";
import { askNote, askTopic, askWhen } from "./steps.ts";
import { refusalText, whenText } from "./words.ts";

export const ADD_MEETING = "add-pair-meeting";
export const MOVE_MEETING = "move-pair-meeting";
export const MEETING_NOTE = "note-pair-meeting";
export type PairArgs = { lang: string; pairId: number };
export type MeetingArgs = { lang: string; meetingId: number };

const LEAVE = { leave: "meetings-left" };

/** The person, their zone and the clock's now, for the questions; null before they registered. */
function personOf(outer: Context) {
  const member = outer.member;
  if (!member?.onboarded) return null;
  return { userId: member.userId, zone: member.timezone ?? outer.deps.config.defaultTimezone, now: outer.deps.clock.now().getTime() };
}

/** The other person of the pair, as the words name them ("the mentor will be told"). */
const otherRole = (access: PairAccess) => (access.role === "mentor" ? "mentee" : "mentor");

type Saved = { ok: true } | { ok: false; refusal: Refusal };
const saved = (outer: Context, result: { ok: true } | { ok: false; refusal: Refusal }): Saved => {
  if (!result.ok) return { ok: false, refusal: result.refusal };
  outer.deps.outbox.wake();
  return { ok: true };
};

export async function addMeetingConversation(conversation: Conv, ctx: ConversationContext, args: PairArgs) {
  const flow = new Flow(conversation, ctx, args.lang, LEAVE);
  const setup = await conversation.external(async (outer) => {
    const me = personOf(outer);
    if (!me) return { refusal: "not-allowed" as Refusal };
    const access = forChange(await pairAccess(outer.deps.db, { pairId: args.pairId, userId: me.userId }));
    return access.ok ? { ...me, other: otherRole(access.value) } : { refusal: access.refusal };
  });
  if (setup.refusal) return void (await flow.say(refusalText(flow.t.bind(flow), setup.refusal)));
  const at = await askWhen(flow, { zone: setup.zone, now: setup.now, current: null });
  if (at === CANCELLED) return finish(flow, args.pairId, flow.t("meetings-add-cancelled"));
  const topic = await askTopic(flow);
  if (topic === CANCELLED) return finish(flow, args.pairId, flow.t("meetings-add-cancelled"));
  const result = await conversation.external(async (outer) =>
    saved(outer, await addMeeting(outer.deps.db, { pairId: args.pairId, userId: setup.userId, startsAt: new Date(at), topic, now: outer.deps.clock.now() })),
  );
  const when = whenText(flow.t.bind(flow), at, { lang: flow.lang, zone: setup.zone }, new Date(setup.now));
  await finish(flow, args.pairId, result.ok ? flow.t("meetings-added", { when, topic: esc(topic), other: setup.other }) : refusalText(flow.t.bind(flow), result.refusal));
}

export async function moveMeetingConversation(conversation: Conv, ctx: ConversationContext, args: MeetingArgs) {
  const flow = new Flow(conversation, ctx, args.lang, LEAVE);
  const setup = await conversation.external(async (outer) => {
    const me = personOf(outer);
    if (!me) return { refusal: "not-allowed" as Refusal };
    const found = await upcomingMeeting(outer.deps.db, { meetingId: args.meetingId, userId: me.userId, now: new Date(me.now) });
    if (!found.ok) return { refusal: found.refusal };
    const { meeting, access } = found.value;
    return { ...me, pairId: meeting.pairId, topic: meeting.topic, startsAt: meeting.startsAt.getTime(), other: otherRole(access) };
  });
  if (setup.refusal) return void (await flow.say(refusalText(flow.t.bind(flow), setup.refusal)));
  const at = await askWhen(flow, { zone: setup.zone, now: setup.now, current: setup.startsAt });
  if (at === CANCELLED) return finish(flow, setup.pairId, flow.t("meetings-move-cancelled"));
  const result = await conversation.external(async (outer) =>
    saved(outer, await moveMeeting(outer.deps.db, { meetingId: args.meetingId, userId: setup.userId, startsAt: new Date(at), now: outer.deps.clock.now() })),
  );
  const when = whenText(flow.t.bind(flow), at, { lang: flow.lang, zone: setup.zone }, new Date(setup.now));
  await finish(flow, setup.pairId, result.ok ? flow.t("meetings-moved", { when, topic: esc(setup.topic), other: setup.other }) : refusalText(flow.t.bind(flow), result.refusal));
}

export async function meetingNoteConversation(conversation: Conv, ctx: ConversationContext, args: MeetingArgs) {
  const flow = new Flow(conversation, ctx, args.lang, LEAVE);
  const setup = await conversation.external(async (outer) => {
    const me = personOf(outer);
    if (!me) return { refusal: "not-allowed" as Refusal };
    const found = await heldMeeting(outer.deps.db, { meetingId: args.meetingId, userId: me.userId });
    return found.ok ? { userId: me.userId, pairId: found.value.pairId, topic: found.value.topic, note: found.value.note } : { refusal: found.refusal };
  });
  if (setup.refusal) return void (await flow.say(refusalText(flow.t.bind(flow), setup.refusal)));
  const note = await askNote(flow, setup.topic, setup.note);
  if (note === CANCELLED || note === null) return finish(flow, setup.pairId, flow.t(setup.note === null ? "meetings-note-skipped" : "meetings-note-unchanged"));
  const result = await conversation.external(async (outer) => saved(outer, await saveNote(outer.deps.db, { meetingId: args.meetingId, userId: setup.userId, note })));
  await finish(flow, setup.pairId, result.ok ? flow.t("meetings-note-saved") : refusalText(flow.t.bind(flow), result.refusal));
}

/** Says how it ended, then the plan again as a new message (nothing more if the person may no longer see it). */
async function finish(flow: Flow, pairId: number, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    if (!outer.member) return;
    outer.i18n.useLocale(lang);
    const plan = await pairPlan(outer.deps.db, { pairId, viewer: outer.member, now: outer.deps.clock.now() });
    if (!plan.ok) return;
    const screen = planScreen(outer, plan.value, 0);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
