// One meeting's buttons: open it, move or cancel it while it is ahead, "✅ The meeting took place"
// once it has begun, and its note. Each reads the meeting and its pair afresh (the services), so an
// old or made-up id changes nothing and the person is told why.
import { Composer } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { editScreen } from "../../../bot/screen.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { meetingAccess, type Refusal } from "./access.ts";
import { MEETING_DATA } from "./callbacks.ts";
import { MEETING_NOTE, MOVE_MEETING, type MeetingArgs } from "./conversations.ts";
import { heldMeeting, recordHeld } from "./held.ts";
import { pairPlan } from "./progress.ts";
import { deleteQuestionScreen, meetingScreen, planScreen } from "./screens.ts";
import { deleteMeeting, upcomingMeeting } from "./service.ts";
import { refusalText } from "./words.ts";

export type MemberContext = Context & { member: NonNullable<Context["member"]> };

export const meetingHandlers = new Composer<MemberContext>();

/** Who pressed, and the clock's now: what the services ask. */
export const asker = (ctx: MemberContext) => ({ userId: ctx.member.userId, now: ctx.deps.clock.now() });

/** Nothing changed: an alert saying why. */
export async function refused(ctx: Context, refusal: Refusal): Promise<void> {
  await ctx.answerCallbackQuery({ text: refusalText(ctx.t.bind(ctx), refusal), show_alert: true });
}

/** Takes the pressed message's buttons off and asks the questions, one a message. */
async function enter(ctx: MemberContext, conversation: string, meetingId: number, toast?: string): Promise<void> {
  await ctx.answerCallbackQuery(toast === undefined ? undefined : { text: toast });
  await ctx.editMessageReplyMarkup();
  const args: MeetingArgs = { lang: pickLocale(ctx.member.lang, ctx.from?.language_code), meetingId };
  await ctx.conversation.enter(conversation, args);
}

meetingHandlers.callbackQuery(MEETING_DATA.meeting.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.meeting.parse(ctx.match);
  const found = await meetingAccess(ctx.deps.db, { meetingId, userId: ctx.member.userId });
  if (!found.ok) return refused(ctx, found.refusal);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, meetingScreen(ctx, found.value.meeting, found.value.access));
});

meetingHandlers.callbackQuery(MEETING_DATA.move.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.move.parse(ctx.match);
  const found = await upcomingMeeting(ctx.deps.db, { meetingId, ...asker(ctx) });
  if (!found.ok) return refused(ctx, found.refusal);
  await enter(ctx, MOVE_MEETING, meetingId);
});

meetingHandlers.callbackQuery(MEETING_DATA.deleteAsk.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.deleteAsk.parse(ctx.match);
  const found = await upcomingMeeting(ctx.deps.db, { meetingId, ...asker(ctx) });
  if (!found.ok) return refused(ctx, found.refusal);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, deleteQuestionScreen(ctx, found.value.meeting, found.value.access));
});

meetingHandlers.callbackQuery(MEETING_DATA.delete.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.delete.parse(ctx.match);
  const deleted = await deleteMeeting(ctx.deps.db, { meetingId, ...asker(ctx) });
  if (!deleted.ok) return refused(ctx, deleted.refusal);
  ctx.deps.outbox.wake();
  const plan = await pairPlan(ctx.deps.db, { pairId: deleted.value.pairId, viewer: ctx.member, now: ctx.deps.clock.now() });
  await ctx.answerCallbackQuery({ text: ctx.t("meetings-deleted") });
  if (plan.ok) await editScreen(ctx, planScreen(ctx, plan.value, 0));
});

/** One tap records it; the note is asked next, as a message of its own. */
meetingHandlers.callbackQuery(MEETING_DATA.held.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.held.parse(ctx.match);
  const held = await recordHeld(ctx.deps.db, { meetingId, ...asker(ctx) });
  if (!held.ok) return refused(ctx, held.refusal);
  await enter(ctx, MEETING_NOTE, meetingId, ctx.t("meetings-held-recorded"));
});

meetingHandlers.callbackQuery(MEETING_DATA.note.pattern, async (ctx) => {
  const [meetingId] = MEETING_DATA.note.parse(ctx.match);
  const found = await heldMeeting(ctx.deps.db, { meetingId, userId: ctx.member.userId });
  if (!found.ok) return refused(ctx, found.refusal);
  await enter(ctx, MEETING_NOTE, meetingId);
});
