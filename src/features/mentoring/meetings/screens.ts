// What the pair's two people see: the plan of meetings with its progress, one meeting with what
// can be done to it now, and the question before cancelling one; staff over the mentee see the
// plan alone, without notes, route or buttons that act. Times in the reader's zone.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { esc } from "../../../bot/html.ts";
import { addPager, pageOf } from "../../../bot/paginate.ts";
import type { Screen } from "../../../bot/screen.ts";
import { formatDate } from "../../../i18n/dates.ts";
import { readerOf, type Reader } from "../../diagnostics/take-screens.ts";
import { MENTORING_DATA } from "../callbacks.ts";
import { cut, labelOf } from "../words.ts";
import type { Meeting, PairAccess, PairRole, PlanViewer } from "./access.ts";
import { MEETING_DATA } from "./callbacks.ts";
import type { PairPlan, Progress } from "./progress.ts";
import { daysBetween, shortWhen, whenText } from "./words.ts";

/** A meeting takes one or two lines: a handful a page keeps the plan readable on a phone. */
const PER_PAGE = 6;
const NOTE_SHOWN = 200;

type MeetingState = "upcoming" | "waiting" | "held";

function stateOf(meeting: Meeting, now: Date): MeetingState {
  return meeting.heldAt ? "held" : meeting.startsAt > now ? "upcoming" : "waiting";
}

const MARKS: Record<MeetingState, string> = { upcoming: "🗓", waiting: "▫️", held: "✅" };

const nameOf = (person: { fullName: string | null }) => esc(person.fullName ?? "—");

function progressText(ctx: Context, progress: Progress, viewer: PlanViewer, reader: Reader, now: Date): string {
  const lines = [ctx.t("meetings-progress", { planned: progress.planned, held: progress.held })];
  if (progress.lastHeld) {
    lines.push(ctx.t("meetings-progress-last", { date: formatDate(progress.lastHeld, reader.lang, reader.zone), days: daysBetween(progress.lastHeld, now, reader.zone) }));
  } else if (progress.startedAt) {
    lines.push(ctx.t("meetings-progress-none", { date: formatDate(progress.startedAt, reader.lang, reader.zone), days: daysBetween(progress.startedAt, now, reader.zone) }));
  }
  // The mentee shows the route to the mentor only: staff see nothing of it.
  if (viewer === "coordinator") return lines.join("\n");
  const route = progress.route;
  if (route.kind === "shared") lines.push(ctx.t("meetings-progress-route", { done: route.done, total: route.total }));
  else if (route.kind === "none") lines.push(ctx.t("meetings-progress-route-none"));
  else lines.push(ctx.t(viewer === "mentee" ? "meetings-progress-route-hidden-own" : "meetings-progress-route-hidden"));
  return lines.join("\n");
}

/** A meeting's line; its note is the pair's own, not shown to staff. */
function meetingLine(ctx: Context, meeting: Meeting, opts: { reader: Reader; now: Date; withNote: boolean }): string {
  const state = stateOf(meeting, opts.now);
  const line = `${MARKS[state]} ${whenText(ctx.t.bind(ctx), meeting.startsAt, opts.reader, opts.now)} — ${esc(meeting.topic)}`;
  if (state === "waiting") return `${line} · <i>${ctx.t("meetings-not-recorded")}</i>`;
  return meeting.note && opts.withNote ? `${line}\n      <i>${esc(cut(meeting.note, NOTE_SHOWN))}</i>` : line;
}

/** The plan: who the pair are, how it goes, the meetings (upcoming first, then the latest past), and what the reader may do. */
export function planScreen(ctx: Context, plan: PairPlan, page: number): Screen {
  const reader = readerOf(ctx);
  const now = ctx.deps.clock.now();
  const { pair, viewer } = plan;
  const own = viewer !== "coordinator";
  const lineOpts = { reader, now, withNote: own };
  const all = [...plan.upcoming, ...plan.past];
  const shown = pageOf(all, page, PER_PAGE);
  const blocks = [ctx.t("meetings-title", { mentor: nameOf(pair.mentor), mentee: nameOf(pair.mentee) })];
  if (!pair.active) blocks.push(ctx.t("meetings-pair-ended"));
  blocks.push(progressText(ctx, plan.progress, viewer, reader, now));
  const upcoming = shown.items.filter((meeting) => meeting.startsAt > now);
  const past = shown.items.filter((meeting) => meeting.startsAt <= now);
  if (upcoming.length) blocks.push([ctx.t("meetings-upcoming"), ...upcoming.map((meeting) => meetingLine(ctx, meeting, lineOpts))].join("\n"));
  if (past.length) blocks.push([ctx.t("meetings-past"), ...past.map((meeting) => meetingLine(ctx, meeting, lineOpts))].join("\n"));
  if (!all.length) blocks.push(ctx.t(pair.active && own ? "meetings-empty" : "meetings-none"));

  const keyboard = new InlineKeyboard();
  for (const meeting of own ? shown.items : []) {
    keyboard.text(labelOf(`${MARKS[stateOf(meeting, now)]} ${shortWhen(meeting.startsAt, reader.zone)} · ${meeting.topic}`), MEETING_DATA.meeting(meeting.id)).row();
  }
  addPager(keyboard, shown, MEETING_DATA.listPage.pagerPrefix(pair.id));
  keyboard.row();
  if (pair.active && own) {
    keyboard.text(ctx.t("meetings-add"), MEETING_DATA.add(pair.id)).row();
    if (viewer === "mentee") keyboard.text(ctx.t("meetings-share", { on: pair.routeShared ? "yes" : "no" }), MEETING_DATA.share(pair.id, pair.routeShared ? "off" : "on")).row();
    if (viewer === "mentor" && pair.routeShared) keyboard.text(ctx.t("meetings-route-open"), MEETING_DATA.route(pair.id, 0)).row();
  }
  keyboard.text(ctx.t("button-back"), MENTORING_DATA.pair(pair.id));
  return { text: blocks.join("\n\n"), keyboard };
}

/** One meeting: when, the topic, its state and note; move or cancel it ahead, mark it after it began, its note once held. */
export function meetingScreen(ctx: Context, meeting: Meeting, access: PairAccess): Screen {
  const reader = readerOf(ctx);
  const now = ctx.deps.clock.now();
  const state = stateOf(meeting, now);
  const lines = [
    ctx.t("meetings-meeting", { when: whenText(ctx.t.bind(ctx), meeting.startsAt, reader, now), topic: esc(meeting.topic), state }),
    ...(meeting.note ? [ctx.t("meetings-meeting-note", { note: esc(meeting.note) })] : []),
  ];
  const keyboard = new InlineKeyboard();
  if (access.pair.active && state === "upcoming") {
    keyboard.text(ctx.t("meetings-move"), MEETING_DATA.move(meeting.id)).text(ctx.t("meetings-delete"), MEETING_DATA.deleteAsk(meeting.id)).row();
  }
  if (access.pair.active && state === "waiting") keyboard.text(ctx.t("meetings-held"), MEETING_DATA.held(meeting.id)).row();
  if (access.pair.active && state === "held") keyboard.text(ctx.t(meeting.note ? "meetings-note-edit" : "meetings-note-add"), MEETING_DATA.note(meeting.id)).row();
  keyboard.text(ctx.t("meetings-back"), MEETING_DATA.list(meeting.pairId));
  return { text: lines.join("\n\n"), keyboard };
}

/** "Cancel the meeting …? The other will be told", with Yes and No (back to the meeting). */
export function deleteQuestionScreen(ctx: Context, meeting: Meeting, access: PairAccess): Screen {
  const now = ctx.deps.clock.now();
  const keyboard = new InlineKeyboard().text(ctx.t("meetings-delete-yes"), MEETING_DATA.delete(meeting.id)).text(ctx.t("meetings-delete-no"), MEETING_DATA.meeting(meeting.id));
  const other: PairRole = access.role === "mentor" ? "mentee" : "mentor";
  return { text: ctx.t("meetings-delete-question", { topic: esc(meeting.topic), when: whenText(ctx.t.bind(ctx), meeting.startsAt, readerOf(ctx), now), other }), keyboard };
}
