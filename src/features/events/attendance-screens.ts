import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { listAttendees, type ResultRefusal } from "./attendance.ts";
import { EVENT_DATA, MANAGE_DATA } from "./callbacks.ts";
import { CONTEST_RESULTS, type ContestResult } from "./levels.ts";

export const ATTENDEES_PER_PAGE = 8;

/** What a stored result reads as: null (and anything unknown) is "participant". */
function resultOf(stored: string | null): ContestResult {
  return (CONTEST_RESULTS as readonly string[]).includes(stored ?? "") ? (stored as ContestResult) : "participant";
}

/** The result a tap on the current one sets: participant → prize-winner → winner → participant. */
function nextResult(result: ContestResult): ContestResult {
  return CONTEST_RESULTS[(CONTEST_RESULTS.indexOf(result) + 1) % CONTEST_RESULTS.length]!;
}

/**
 * Registered people as toggles: ✅ attended, ▫️ not (yet); back to the event's management screen.
 * At a contest, each person marked present has their result beside their name, a tap moving it on.
 */
export async function attendanceScreen(ctx: Context, event: { id: number; title: string; kind: string }, page: number): Promise<Screen> {
  const { rows, total } = await listAttendees(ctx.deps.db, { eventId: event.id, skip: page * ATTENDEES_PER_PAGE, take: ATTENDEES_PER_PAGE });
  if (!rows.length && page > 0) return attendanceScreen(ctx, event, lastPage(total, ATTENDEES_PER_PAGE));
  const contest = event.kind === "contest";
  const keyboard = new InlineKeyboard();
  for (const row of rows) {
    keyboard.text(`${row.attended ? "✅" : "▫️"} ${row.user?.fullName ?? "—"}`, EVENT_DATA.toggleAttendance(event.id, row.id, page));
    if (contest && row.attended) {
      const result = resultOf(row.result);
      keyboard.text(ctx.t("event-result-button", { result }), EVENT_DATA.contestResult(event.id, row.id, nextResult(result), page));
    }
    keyboard.row();
  }
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / ATTENDEES_PER_PAGE)) }, EVENT_DATA.attendance.pagerPrefix(event.id));
  keyboard.row().text(ctx.t("event-check-in-code"), EVENT_DATA.checkInCode(event.id)).row().text(ctx.t("button-back"), MANAGE_DATA.event(event.id));
  const text = total ? ctx.t("event-attendance-title", { title: esc(event.title), count: total }) : ctx.t("event-attendance-empty", { title: esc(event.title) });
  return { text: contest && total ? `${text}\n${ctx.t("event-results-hint")}` : text, keyboard };
}

const REFUSALS: Record<ResultRefusal, string> = {
  "not-found": "error-not-found",
  "not-contest": "event-result-not-contest",
  "not-attended": "event-result-not-attended",
};

/** The toast after a result button: the result now set, or why nothing changed. */
export function contestResultAnswer(ctx: Context, outcome: { result: ContestResult } | { refused: ResultRefusal }) {
  if ("refused" in outcome) return { text: ctx.t(REFUSALS[outcome.refused]), show_alert: true };
  return { text: ctx.t("event-result-set", { result: outcome.result }) };
}

/** The code to show the room, with a button to replace it (one that leaked stops working). */
export function checkInCodeScreen(ctx: Context, event: { id: number; title: string }, code: string, renewed: boolean): Screen {
  const keyboard = new InlineKeyboard().text(ctx.t("event-check-in-renew"), EVENT_DATA.renewCheckInCode(event.id));
  const text = ctx.t("event-check-in-code-message", { title: esc(event.title), code });
  return { text: renewed ? `${ctx.t("event-check-in-renewed")}\n\n${text}` : text, keyboard };
}
