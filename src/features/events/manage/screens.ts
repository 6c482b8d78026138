import { InlineKeyboard } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { esc } from "../../../bot/html.ts";
import { addPager } from "../../../bot/paginate.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { isEventKind } from "../kinds.ts";
import { clip } from "../card-text.ts";
import { managedEventText } from "./card.ts";
import { formatWhen, type Translate } from "../../../i18n/dates.ts";
import { MANAGE_DATA } from "../callbacks.ts";
import { listManageableEvents, loadManagedEvent, type ManagedEvent } from "./service.ts";

export const MANAGE_PER_PAGE = 6;
export type ManageScreen = { text: string; keyboard: InlineKeyboard };

/** The zone a person sees times in: their municipality's, else the configured default. */
export async function viewerZone(ctx: Context): Promise<string> {
  const userId = ctx.member?.userId;
  const user = userId === undefined ? null : await ctx.deps.db.user.findUnique({ where: { id: userId }, select: { municipality: { select: { timezone: true } } } });
  return user?.municipality?.timezone ?? ctx.deps.config.defaultTimezone;
}

function viewerLang(ctx: Context): string {
  return pickLocale(ctx.member?.lang, ctx.from?.language_code);
}

function seats(t: Translate, event: ManagedEvent): string {
  return t("event-manage-seats", { registered: event.registered, capacity: event.capacity ?? "∞", waitlisted: event.waitlisted });
}

/** Upcoming events a methodologist can change, soonest first, six a page. */
export async function manageListScreen(ctx: Context, page: number): Promise<ManageScreen> {
  const t: Translate = ctx.t.bind(ctx);
  const lang = viewerLang(ctx);
  const zone = await viewerZone(ctx);
  const now = ctx.deps.clock.now();
  const first = await listManageableEvents(ctx.deps.db, { now, skip: Math.max(0, page) * MANAGE_PER_PAGE, take: MANAGE_PER_PAGE });
  const pages = Math.max(1, Math.ceil(first.total / MANAGE_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const { rows, total } = current === page ? first : await listManageableEvents(ctx.deps.db, { now, skip: current * MANAGE_PER_PAGE, take: MANAGE_PER_PAGE });
  const keyboard = new InlineKeyboard();
  if (!rows.length) {
    keyboard.text(t("event-new-button"), MANAGE_DATA.create).row().text(t("button-back"), MANAGE_DATA.menu);
    return { text: t("event-manage-empty"), keyboard };
  }
  const lines = rows.map((event, index) => {
    const number = current * MANAGE_PER_PAGE + index + 1;
    keyboard.text(clip(`${number}. ${event.title}`, 60), MANAGE_DATA.event(event.id)).row();
    return `${number}. <b>${esc(event.title)}</b>\n    ${formatWhen(t, event.startsAt, lang, zone)} · ${seats(t, event)}`;
  });
  addPager(keyboard, { items: rows, page: current, pages }, MANAGE_DATA.list.pagerPrefix());
  keyboard.row().text(t("event-new-button"), MANAGE_DATA.create).row().text(t("button-back"), MANAGE_DATA.menu);
  return { text: `${t("event-manage-title", { count: total })}\n\n${lines.join("\n")}`, keyboard };
}

/** One event with what can be done to it; null when it does not exist. */
export async function manageEventScreen(ctx: Context, eventId: number): Promise<ManageScreen | null> {
  const event = await loadManagedEvent(ctx.deps.db, eventId);
  if (!event || !isEventKind(event.kind)) return null;
  const t: Translate = ctx.t.bind(ctx);
  const lang = viewerLang(ctx);
  const zone = await viewerZone(ctx);
  const extra = [seats(t, event)];
  const keyboard = new InlineKeyboard();
  if (event.cancelledAt) extra.push("", t("event-manage-is-cancelled"));
  else if (event.startsAt <= ctx.deps.clock.now()) extra.push("", t("event-manage-is-past"));
  else {
    keyboard
      .text(t("event-manage-change-time"), MANAGE_DATA.time(event.id))
      .text(t("event-manage-change-place"), MANAGE_DATA.place(event.id))
      .row()
      .text(t("event-manage-cancel"), MANAGE_DATA.cancel(event.id))
      .row();
  }
  keyboard.text(t("event-manage-to-list"), MANAGE_DATA.list(0));
  return { text: managedEventText(t, lang, zone, { ...event, kind: event.kind }, extra), keyboard };
}

/** "Cancel this event? N people will be told." */
export async function cancelConfirmScreen(ctx: Context, eventId: number): Promise<ManageScreen | null> {
  const event = await loadManagedEvent(ctx.deps.db, eventId);
  if (!event) return null;
  const t: Translate = ctx.t.bind(ctx);
  const keyboard = new InlineKeyboard()
    .text(t("event-manage-cancel-yes"), MANAGE_DATA.cancelConfirmed(event.id))
    .row()
    .text(t("event-manage-cancel-no"), MANAGE_DATA.event(event.id));
  const people = event.registered + event.waitlisted;
  return { text: t("event-manage-cancel-confirm", { title: esc(event.title), count: people }), keyboard };
}
