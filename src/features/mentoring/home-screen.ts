// "🤝 Наставничество": the person's pair as a young teacher (or asking for one), their offer and
// pairs as a mentor, and for coordinators the way to their scope's view.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Screen } from "../../bot/screen.ts";
import { yearsTaught } from "../../core/teaching.ts";
import { SUBJECTS } from "../profile/subjects.ts";
import { can } from "../roles/permissions.ts";
import { MENTORING_DATA as DATA } from "./callbacks.ts";
import { offerOf, type Offer } from "./offers.ts";
import { MENTOR_MIN_YEARS, mayMentor } from "./rules.ts";
import { myPairs } from "./view.ts";
import { labelOf, subjectName, subjectNames } from "./words.ts";

type Pairs = Awaited<ReturnType<typeof myPairs>>;
type Member = NonNullable<Context["member"]>;

/** As a young teacher: the pair, the request, or the offer to ask. */
function menteePart(ctx: Context, member: Member, pair: Pairs["asMentee"], keyboard: InlineKeyboard): string[] {
  if (pair?.status === "requested") {
    keyboard.text(ctx.t("mentoring-cancel-ask"), DATA.cancelAsk(pair.id)).row();
    return [ctx.t("mentoring-home-requested", { subject: subjectName(ctx, pair.subject) })];
  }
  if (pair) {
    const mentor = esc(pair.mentor?.fullName ?? "—");
    keyboard.text(labelOf(`🤝 ${pair.mentor?.fullName ?? "—"}`), DATA.pair(pair.id)).row();
    const state = pair.status === "active" ? "active" : pair.menteeAcceptedAt ? "waiting" : "answer";
    return [ctx.t("mentoring-home-mentee", { state, mentor, subject: subjectName(ctx, pair.subject) })];
  }
  if (!member.young) return [];
  keyboard.text(ctx.t("mentoring-ask"), DATA.askSubject()).row();
  return [ctx.t("mentoring-home-young")];
}

/** As a mentor: the offer (or how to make one), and the pairs they mentor in. */
function mentorPart(ctx: Context, member: Member, offer: Offer | null, pairs: Pairs["asMentor"], keyboard: InlineKeyboard): string[] {
  const lines: string[] = [];
  const now = ctx.deps.clock.now();
  if (offer?.active) {
    lines.push(ctx.t("mentoring-home-offer", { subjects: subjectNames(ctx, offer.subjects), mentees: offer.mentees, capacity: offer.capacity }));
    if (offer.note) lines.push(ctx.t("mentoring-home-note", { note: esc(offer.note) }));
    keyboard.text(ctx.t("mentoring-offer-change"), DATA.offer()).text(ctx.t("mentoring-withdraw"), DATA.withdrawAsk()).row();
  } else if (mayMentor(member.teachingSince, now)) {
    lines.push(ctx.t(offer ? "mentoring-home-withdrawn" : "mentoring-home-may-offer", { years: MENTOR_MIN_YEARS }));
    keyboard.text(ctx.t("mentoring-offer"), DATA.offer()).row();
  } else if (!member.young) {
    lines.push(ctx.t("mentoring-home-not-yet", { years: MENTOR_MIN_YEARS, taught: yearsTaught(member.teachingSince, now) ?? -1 }));
  }
  for (const pair of pairs) {
    const state = pair.status === "active" ? "active" : pair.mentorAcceptedAt ? "waiting" : "answer";
    lines.push(ctx.t("mentoring-home-mentor-pair", { state, mentee: esc(pair.mentee.fullName ?? "—"), subject: subjectName(ctx, pair.subject) }));
    keyboard.text(labelOf(`${state === "answer" ? "❓" : "🤝"} ${pair.mentee.fullName ?? "—"}`), DATA.pair(pair.id)).row();
  }
  return lines;
}

export async function mentoringHomeScreen(ctx: Context): Promise<Screen> {
  const member = ctx.member;
  if (!member?.onboarded) return { text: ctx.t("error-not-registered") };
  const [pairs, offer] = await Promise.all([myPairs(ctx.deps.db, member.userId), offerOf(ctx.deps.db, member.userId)]);
  const keyboard = new InlineKeyboard();
  const parts = [menteePart(ctx, member, pairs.asMentee, keyboard), mentorPart(ctx, member, offer, pairs.asMentor, keyboard)].filter((part) => part.length);
  if (pairs.ended.length) {
    parts.push([ctx.t("mentoring-home-ended")]);
    for (const pair of pairs.ended) keyboard.text(labelOf(`🗂 ${pair.other ?? "—"}`), DATA.pair(pair.id)).row();
  }
  if (can(member, "reports.view")) keyboard.text(ctx.t("mentoring-coordinator-open"), DATA.scopes()).row();
  keyboard.text(ctx.t("button-menu"), DATA.menu());
  const text = [ctx.t("mentoring-home-title"), ...parts.map((part) => part.join("\n"))].join("\n\n");
  return { text, keyboard };
}

/** "Withdraw your offer?": the pairs go on, new ones are not suggested. */
export function withdrawQuestionScreen(ctx: Context): Screen {
  const keyboard = new InlineKeyboard().text(ctx.t("mentoring-withdraw-yes"), DATA.withdraw()).text(ctx.t("mentoring-withdraw-no"), DATA.home());
  return { text: ctx.t("mentoring-withdraw-question"), keyboard };
}

/** Which subject the young teacher wants a mentor in: their profile's subjects, or any. */
export function askSubjectScreen(ctx: Context): Screen {
  const keyboard = new InlineKeyboard();
  const own = ctx.member?.subjects ?? [];
  for (const subject of SUBJECTS.filter((each) => own.includes(each))) keyboard.text(subjectName(ctx, subject), DATA.ask(subject)).row();
  keyboard.text(ctx.t("mentoring-ask-any"), DATA.ask(null)).row();
  keyboard.text(ctx.t("button-back"), DATA.home());
  return { text: ctx.t("mentoring-ask-subject"), keyboard };
}
