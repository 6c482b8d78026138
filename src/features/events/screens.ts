import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import { hasRole } from "../roles/permissions.ts";
import { canMarkAttendance } from "./attendance.ts";
import type { Person } from "../../core/audience.ts";
import { listMyRegistrations, type EventCard } from "./card.ts";
import { EVENT_KINDS, isEventKind } from "./kinds.ts";
import { listUpcoming, type UpcomingRange } from "./upcoming.ts";
import { EVENT_DATA } from "./callbacks.ts";
import { cardText, clip, whenText, type CardReader } from "./card-text.ts";

export const UPCOMING_PER_PAGE = 6;
export type Screen = { text: string; keyboard: InlineKeyboard };

export function zoneOf(ctx: Context, person: Person): string {
  return person.timezone ?? ctx.deps.config.defaultTimezone;
}

/** "четверг, 5 декабря, 15:00 (Омск)" in the person's zone and language. */
export function when(ctx: Context, date: Date, zone: string, lang: string): string {
  return whenText({ t: ctx.t.bind(ctx), lang, zone, now: ctx.deps.clock.now() }, date);
}

export async function upcomingScreen(ctx: Context, person: Person, opts: { range: UpcomingRange; kind: string | null; page: number }): Promise<Screen> {
  const lang = await ctx.i18n.getLocale();
  const zone = zoneOf(ctx, person);
  const kind = opts.kind && isEventKind(opts.kind) ? opts.kind : null;
  const { items, total } = await listUpcoming(ctx.deps.db, {
    person,
    now: ctx.deps.clock.now(),
    zone,
    filter: { range: opts.range, kind },
    skip: opts.page * UPCOMING_PER_PAGE,
    take: UPCOMING_PER_PAGE,
  });
  if (!items.length && opts.page > 0) return upcomingScreen(ctx, person, { ...opts, page: lastPage(total, UPCOMING_PER_PAGE) });
  const keyboard = new InlineKeyboard();
  for (const range of ["all", "week", "month"] as const) {
    keyboard.text(`${range === opts.range ? "● " : ""}${ctx.t(`events-range-${range}`)}`, EVENT_DATA.upcoming(range, kind, 0));
  }
  keyboard.row();
  EVENT_KINDS.forEach((each, index) => {
    const selected = each === kind;
    keyboard.text(`${selected ? "● " : ""}${ctx.t(`events-filter-${each}`)}`, EVENT_DATA.upcoming(opts.range, selected ? null : each, 0));
    if (index % 4 === 3) keyboard.row();
  });
  keyboard.row();
  const lines: string[] = [];
  for (const item of items) {
    if (item.type === "event") {
      const mark = item.status === "registered" ? "✅ " : item.status === "waitlisted" ? "⏳ " : "";
      keyboard.text(clip(`${mark}${item.title}`, 60), EVENT_DATA.card(item.id)).row();
      lines.push(`• ${mark}<b>${esc(item.title)}</b> — ${when(ctx, item.start, zone, lang)}`);
    } else {
      const period = item.start.getTime() === item.end.getTime()
        ? formatDate(item.start, lang, "UTC")
        : `${formatDate(item.start, lang, "UTC")} – ${formatDate(item.end, lang, "UTC")}`;
      lines.push(`• ${esc(clip(item.title, 200))} — ${period} <i>(${ctx.t("events-from-plan")})</i>`);
    }
  }
  addPager(keyboard, { items, page: opts.page, pages: Math.max(1, Math.ceil(total / UPCOMING_PER_PAGE)) }, EVENT_DATA.upcoming.pagerPrefix(opts.range, kind));
  keyboard.row().text(ctx.t("button-back"), EVENT_DATA.menu);
  const widen = opts.range !== "all" || kind !== null;
  const text = items.length
    ? `${ctx.t("events-upcoming-title", { count: total })}\n\n${lines.join("\n")}`
    : ctx.t(widen ? "events-upcoming-empty-filtered" : "events-upcoming-empty");
  if (!items.length && widen) keyboard.row().text(ctx.t("events-widen"), EVENT_DATA.upcoming("all", null, 0));
  return { text, keyboard };
}

/** Where the event stands for this person: cancelled, begun, closed, their seat, not for them. */
function statusNotes(ctx: Context, card: EventCard, now: Date): string[] {
  const notes: string[] = [];
  if (card.cancelledAt) notes.push(ctx.t("event-card-cancelled"));
  else if (card.startsAt <= now) notes.push(ctx.t("event-card-past"));
  else if (card.registrationDeadline && card.registrationDeadline <= now && !card.status) notes.push(ctx.t("event-card-closed"));
  if (card.status === "registered") notes.push(ctx.t("event-card-you-registered"));
  if (card.status === "waitlisted") notes.push(ctx.t("event-card-you-waitlisted", { position: card.waitlistPosition ?? 0 }));
  if (!card.inAudience && !card.status) notes.push(ctx.t("event-card-not-for-you"));
  return notes;
}

export async function cardScreen(ctx: Context, person: Person, card: EventCard): Promise<Screen> {
  const now = ctx.deps.clock.now();
  const reader: CardReader = { t: ctx.t.bind(ctx), lang: await ctx.i18n.getLocale(), zone: zoneOf(ctx, person), now };
  const text = cardText(reader, card, { showLink: card.status === "registered", notes: statusNotes(ctx, card, now) });
  const closed = card.cancelledAt !== null || card.startsAt <= now || (card.registrationDeadline !== null && card.registrationDeadline <= now);

  const keyboard = new InlineKeyboard();
  if (card.status === "registered" && !card.cancelledAt && card.startsAt > now) keyboard.text(ctx.t("event-cancel-registration"), EVENT_DATA.leave(card.id));
  else if (card.status === "waitlisted" && !closed) keyboard.text(ctx.t("event-leave-waitlist"), EVENT_DATA.leave(card.id));
  else if (!card.status && !closed && card.inAudience) {
    keyboard.text(ctx.t(card.seatsLeft === 0 ? "event-join-waitlist" : "event-sign-up"), EVENT_DATA.join(card.id));
  }
  keyboard.row();
  if (!card.cancelledAt) keyboard.text(ctx.t("event-add-to-calendar"), EVENT_DATA.ics(card.id)).row();
  if (canMarkAttendance(ctx.member, card)) keyboard.text(ctx.t("event-attendance"), EVENT_DATA.attendance(card.id, 0)).row();
  if (hasRole(ctx.member, "coordinator")) keyboard.text(ctx.t("event-coordinator-list"), EVENT_DATA.coordinatorList(card.id)).row();
  keyboard.text(ctx.t("events-to-list"), EVENT_DATA.upcoming("all", null, 0));
  return { text, keyboard };
}

export async function myRegistrationsScreen(ctx: Context, person: Person): Promise<Screen> {
  const lang = await ctx.i18n.getLocale();
  const zone = zoneOf(ctx, person);
  const { upcoming, past } = await listMyRegistrations(ctx.deps.db, { userId: person.userId, now: ctx.deps.clock.now() });
  const keyboard = new InlineKeyboard();
  const lines: string[] = [];
  for (const row of upcoming.slice(0, 20)) {
    const mark = row.event.cancelledAt ? "❌" : row.status === "registered" ? "✅" : "⏳";
    lines.push(`${mark} <b>${esc(row.event.title)}</b> — ${when(ctx, row.event.startsAt, zone, lang)}`);
    keyboard.text(clip(row.event.title, 60), EVENT_DATA.card(row.event.id)).row();
  }
  if (past.length) {
    lines.push("", ctx.t("events-mine-past"));
    for (const row of past.slice(0, 10)) {
      lines.push(`${row.attended ? "✔️" : "▫️"} ${esc(row.event.title)} — ${formatDate(row.event.startsAt, lang, zone)}`);
    }
  }
  keyboard.text(ctx.t("button-back"), EVENT_DATA.menu);
  const text = lines.length ? `${ctx.t("events-mine-title")}\n\n${lines.join("\n")}` : ctx.t("events-mine-empty");
  return { text, keyboard };
}
