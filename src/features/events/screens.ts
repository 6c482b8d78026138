import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { Person } from "../../core/audience.ts";
import { EVENT_KINDS, isEventKind } from "./kinds.ts";
import { listUpcoming, rangeEnd, type UpcomingItem, type UpcomingRange } from "./upcoming.ts";
import { EVENT_DATA } from "./callbacks.ts";
import { clip, whenText } from "./card-text.ts";
import { upcomingMeasureButton } from "../plans/measure-screen.ts";

export const UPCOMING_PER_PAGE = 6;
export type Screen = { text: string; keyboard: InlineKeyboard };

export function zoneOf(ctx: Context, person: Person): string {
  return person.timezone ?? ctx.deps.config.defaultTimezone;
}

/** "четверг, 5 декабря, 15:00 (Омск)" in the person's zone and language. */
export function when(ctx: Context, date: Date, zone: string, lang: string): string {
  return whenText({ t: ctx.t.bind(ctx), lang, zone, now: ctx.deps.clock.now() }, date);
}

/** The longest title the list shows in full: six of them keep a page far below Telegram's limit. */
const TITLE_SHOWN = 200;

/** How an event in the list is marked for the person: their seat, or that sign-up is over. */
function eventState(item: Extract<UpcomingItem, { type: "event" }>): { mark: string; note: string | null } {
  if (item.status === "registered") return { mark: "✅ ", note: "events-item-registered" };
  if (item.status === "waitlisted") return { mark: "⏳ ", note: "events-item-waitlisted" };
  if (item.registrationClosed) return { mark: "🔒 ", note: "events-item-closed" };
  return { mark: "", note: null };
}

export async function upcomingScreen(ctx: Context, person: Person, opts: { range: UpcomingRange; kind: string | null; page: number }): Promise<Screen> {
  const lang = await ctx.i18n.getLocale();
  const zone = zoneOf(ctx, person);
  const kind = opts.kind && isEventKind(opts.kind) ? opts.kind : null;
  const now = ctx.deps.clock.now();
  const { items, total } = await listUpcoming(ctx.deps.db, {
    person,
    now,
    zone,
    filter: { range: opts.range, kind },
    skip: opts.page * UPCOMING_PER_PAGE,
    take: UPCOMING_PER_PAGE,
  });
  if (!items.length && opts.page > 0) return upcomingScreen(ctx, person, { ...opts, page: lastPage(total, UPCOMING_PER_PAGE) });
  const origin = { list: "upcoming" as const, range: opts.range, kind, page: opts.page };
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
      const { mark, note } = eventState(item);
      keyboard.text(clip(`${mark}${item.title}`, 60), EVENT_DATA.cardFrom(item.id, origin)).row();
      const details = [`<i>${ctx.t(`measure-kind-${item.kind}`)}</i>`, when(ctx, item.start, zone, lang), ...(note ? [ctx.t(note)] : [])];
      lines.push(`• ${mark}<b>${esc(clip(item.title, TITLE_SHOWN))}</b>\n   ${details.join(" · ")}`);
    } else {
      const period = item.start.getTime() === item.end.getTime()
        ? formatDate(item.start, lang, "UTC")
        : `${formatDate(item.start, lang, "UTC")} – ${formatDate(item.end, lang, "UTC")}`;
      lines.push(`• ${esc(clip(item.title, 200))} — ${period} <i>(${ctx.t("events-from-plan")})</i>`);
      keyboard.text(...upcomingMeasureButton(item, { range: opts.range, kind, page: opts.page })).row();
    }
  }
  addPager(keyboard, { items, page: opts.page, pages: Math.max(1, Math.ceil(total / UPCOMING_PER_PAGE)) }, EVENT_DATA.upcoming.pagerPrefix(opts.range, kind));
  keyboard.row().text(ctx.t("button-back"), EVENT_DATA.menu);
  const widen = opts.range !== "all" || kind !== null;
  const until = rangeEnd(opts.range, now, zone);
  const title = until
    ? ctx.t("events-upcoming-title-until", { count: total, until: formatDate(until, lang, zone) })
    : ctx.t("events-upcoming-title", { count: total });
  const text = items.length
    ? `${title}\n\n${lines.join("\n\n")}`
    : ctx.t(widen ? "events-upcoming-empty-filtered" : "events-upcoming-empty");
  if (!items.length && widen) keyboard.row().text(ctx.t("events-widen"), EVENT_DATA.upcoming("all", null, 0));
  return { text, keyboard };
}
