import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import { listAttendees, listSignUpsFor } from "./attendance.ts";
import { EVENT_DATA } from "./callbacks.ts";
import type { Screen } from "./screens.ts";

export const ATTENDEES_PER_PAGE = 8;

/** Registered people as toggles: ✅ attended, ▫️ not (yet). */
export async function attendanceScreen(ctx: Context, event: { id: number; title: string }, page: number): Promise<Screen> {
  const { rows, total } = await listAttendees(ctx.deps.db, { eventId: event.id, skip: page * ATTENDEES_PER_PAGE, take: ATTENDEES_PER_PAGE });
  if (!rows.length && page > 0) return attendanceScreen(ctx, event, lastPage(total, ATTENDEES_PER_PAGE));
  const keyboard = new InlineKeyboard();
  for (const row of rows) {
    keyboard.text(`${row.attended ? "✅" : "▫️"} ${row.user?.fullName ?? "—"}`, EVENT_DATA.toggleAttendance(event.id, row.id, page)).row();
  }
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / ATTENDEES_PER_PAGE)) }, EVENT_DATA.attendance.pagerPrefix(event.id));
  keyboard.row().text(ctx.t("event-check-in-code"), EVENT_DATA.checkInCode(event.id)).row().text(ctx.t("button-back"), EVENT_DATA.card(event.id));
  const text = total ? ctx.t("event-attendance-title", { title: esc(event.title), count: total }) : ctx.t("event-attendance-empty", { title: esc(event.title) });
  return { text, keyboard };
}

/** For a coordinator: who from their schools or municipalities signed up or waits. */
export async function coordinatorScreen(ctx: Context, event: { id: number; title: string }): Promise<Screen> {
  const grants = ctx.member?.grants.filter((grant) => grant.role === "coordinator") ?? [];
  const rows = await listSignUpsFor(ctx.deps.db, {
    eventId: event.id,
    schoolIds: grants.flatMap((grant) => (grant.schoolId === null ? [] : [grant.schoolId])),
    municipalityIds: grants.flatMap((grant) => (grant.municipalityId === null ? [] : [grant.municipalityId])),
  });
  const lines = rows.slice(0, 100).map((row) => {
    const mark = row.status === "registered" ? "✅" : "⏳";
    return `${mark} ${esc(row.user?.fullName ?? "—")} — ${esc(row.user?.school?.name ?? "—")}`;
  });
  const keyboard = new InlineKeyboard().text(ctx.t("button-back"), EVENT_DATA.card(event.id));
  const text = rows.length
    ? `${ctx.t("event-coordinator-title", { title: esc(event.title), count: rows.length })}\n\n${lines.join("\n")}`
    : ctx.t("event-coordinator-empty", { title: esc(event.title) });
  return { text, keyboard };
}
