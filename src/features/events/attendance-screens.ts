import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { listAttendees } from "./attendance.ts";
import { EVENT_DATA, MANAGE_DATA } from "./callbacks.ts";

export const ATTENDEES_PER_PAGE = 8;

/** Registered people as toggles: ✅ attended, ▫️ not (yet); back to the event's management screen. */
export async function attendanceScreen(ctx: Context, event: { id: number; title: string }, page: number): Promise<Screen> {
  const { rows, total } = await listAttendees(ctx.deps.db, { eventId: event.id, skip: page * ATTENDEES_PER_PAGE, take: ATTENDEES_PER_PAGE });
  if (!rows.length && page > 0) return attendanceScreen(ctx, event, lastPage(total, ATTENDEES_PER_PAGE));
  const keyboard = new InlineKeyboard();
  for (const row of rows) {
    keyboard.text(`${row.attended ? "✅" : "▫️"} ${row.user?.fullName ?? "—"}`, EVENT_DATA.toggleAttendance(event.id, row.id, page)).row();
  }
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / ATTENDEES_PER_PAGE)) }, EVENT_DATA.attendance.pagerPrefix(event.id));
  keyboard.row().text(ctx.t("event-check-in-code"), EVENT_DATA.checkInCode(event.id)).row().text(ctx.t("button-back"), MANAGE_DATA.event(event.id));
  const text = total ? ctx.t("event-attendance-title", { title: esc(event.title), count: total }) : ctx.t("event-attendance-empty", { title: esc(event.title) });
  return { text, keyboard };
}

/** The code to show the room, with a button to replace it (one that leaked stops working). */
export function checkInCodeScreen(ctx: Context, event: { id: number; title: string }, code: string, renewed: boolean): Screen {
  const keyboard = new InlineKeyboard().text(ctx.t("event-check-in-renew"), EVENT_DATA.renewCheckInCode(event.id));
  const text = ctx.t("event-check-in-code-message", { title: esc(event.title), code });
  return { text: renewed ? `${ctx.t("event-check-in-renewed")}\n\n${text}` : text, keyboard };
}
