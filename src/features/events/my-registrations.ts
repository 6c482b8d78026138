import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { Person } from "../../core/audience.ts";
import { listMyRegistrations, type MyRegistration } from "./my-registrations-query.ts";
import { EVENT_DATA } from "./callbacks.ts";
import { clip } from "./card-text.ts";
import { when, zoneOf, type Screen } from "./screens.ts";

/** Titles in the list are cut here: eight of them and the legend stay far below Telegram's limit. */
const TITLE_IN_LIST = 150;

function markOf(row: MyRegistration): string {
  if (row.event.cancelledAt) return "❌";
  if (row.past) return row.attended ? "✔️" : "▫️";
  return row.status === "registered" ? "✅" : "⏳";
}

/**
 * "My registrations": what is ahead (with the place in the queue of those waiting), then what is
 * over, eight a page with "‹ 2/3 ›", a line explaining the marks, and a button per event opening
 * its card (whose "back" returns to this page).
 */
export async function myRegistrationsScreen(ctx: Context, person: Person, opts: { page: number } = { page: 0 }): Promise<Screen> {
  const lang = await ctx.i18n.getLocale();
  const zone = zoneOf(ctx, person);
  const { items, page, pages } = await listMyRegistrations(ctx.deps.db, { userId: person.userId, now: ctx.deps.clock.now(), page: opts.page });
  const keyboard = new InlineKeyboard();
  if (!items.length) {
    keyboard.text(ctx.t("menu-upcoming"), EVENT_DATA.upcoming("all", null, 0)).row().text(ctx.t("button-back"), EVENT_DATA.menu);
    return { text: `${ctx.t("events-mine-title")}\n\n${ctx.t("events-mine-empty")}`, keyboard };
  }
  const lines: string[] = [];
  items.forEach((row, index) => {
    const mark = markOf(row);
    const title = clip(row.event.title, TITLE_IN_LIST);
    if (row.past && !items[index - 1]?.past) lines.push(...(index > 0 ? [""] : []), ctx.t("events-mine-past"));
    const result = row.attended && row.result ? ` · ${ctx.t("events-mine-result", { result: row.result })}` : "";
    if (row.past) lines.push(`${mark} ${esc(title)} — ${formatDate(row.event.startsAt, lang, zone)}${result}`);
    else {
      const place = row.place === null ? "" : ` · ${ctx.t("events-mine-place", { place: row.place })}`;
      lines.push(`${mark} <b>${esc(title)}</b> — ${when(ctx, row.event.startsAt, zone, lang)}${place}${result}`);
    }
    keyboard.text(clip(`${mark} ${row.event.title}`, 60), EVENT_DATA.cardFrom(row.event.id, { list: "mine", page })).row();
  });
  addPager(keyboard, { items, page, pages }, EVENT_DATA.mine.pagerPrefix());
  keyboard.row().text(ctx.t("button-back"), EVENT_DATA.menu);
  const text = `${ctx.t("events-mine-title")}\n${ctx.t("events-mine-legend")}\n\n${lines.join("\n")}`;
  return { text, keyboard };
}
