import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { MenuEntry } from "../../bot/main-menu.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatWhen, type Translate } from "../../i18n/dates.ts";
import { REPORT_DATA } from "../reports/callbacks.ts";
import { hasRole } from "../roles/permissions.ts";
import { EVENT_DATA, type EventsWhen } from "./callbacks.ts";
import { clip } from "./card-text.ts";
import { coordinatorScope, listCoordinatorEvents, listSignUpsFor } from "./coordinator.ts";

export const COORDINATOR_EVENTS_PER_PAGE = 6;
/** With names and school names cut below, a page of people stays well under 4,096 characters. */
export const COORDINATOR_PEOPLE_PER_PAGE = 15;
const NAME_MAX = 80;
const SCHOOL_MAX = 100;
const TITLE_MAX = 200;

async function reader(ctx: Context) {
  const t: Translate = ctx.t.bind(ctx);
  return { t, lang: await ctx.i18n.getLocale(), zone: ctx.member?.timezone ?? ctx.deps.config.defaultTimezone };
}

/** The events the coordinator's people signed up for, ahead or over, six a page. */
export async function coordinatorEventsScreen(ctx: Context, opts: { when: EventsWhen; page: number }): Promise<Screen> {
  const { t, lang, zone } = await reader(ctx);
  const scope = coordinatorScope(ctx.member?.grants ?? []);
  const now = ctx.deps.clock.now();
  const list = (page: number) => listCoordinatorEvents(ctx.deps.db, { scope, when: opts.when, now, skip: page * COORDINATOR_EVENTS_PER_PAGE, take: COORDINATOR_EVENTS_PER_PAGE });
  let page = Math.max(0, opts.page);
  let { rows, total } = await list(page);
  if (!rows.length && page > 0) {
    page = lastPage(total, COORDINATOR_EVENTS_PER_PAGE);
    ({ rows, total } = await list(page));
  }
  const keyboard = new InlineKeyboard();
  for (const when of ["up", "past"] as const) {
    keyboard.text(`${when === opts.when ? "● " : ""}${t(when === "up" ? "coordinator-events-up" : "coordinator-events-past")}`, EVENT_DATA.coordinatorEvents(when, 0));
  }
  keyboard.row();
  const lines = rows.map((event) => {
    const mark = event.cancelledAt ? "❌ " : "";
    keyboard.text(clip(`${mark}${event.title}`, 60), EVENT_DATA.coordinatorPeople(event.id, opts.when, 0)).row();
    return `• ${mark}<b>${esc(clip(event.title, TITLE_MAX))}</b>\n   ${formatWhen(t, event.startsAt, lang, zone)} · ${t("coordinator-people-count", { count: event.people })}`;
  });
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / COORDINATOR_EVENTS_PER_PAGE)) }, EVENT_DATA.coordinatorEvents.pagerPrefix(opts.when));
  keyboard.row().text(t("button-back"), EVENT_DATA.menu);
  const text = rows.length
    ? `${t(opts.when === "up" ? "coordinator-events-title-up" : "coordinator-events-title-past", { count: total })}\n\n${lines.join("\n")}`
    : t(opts.when === "up" ? "coordinator-events-empty-up" : "coordinator-events-empty-past");
  return { text, keyboard };
}

/** The coordinator's people at one event, by school, fifteen a page; null when there is no such event. */
export async function coordinatorPeopleScreen(ctx: Context, opts: { eventId: number; when: EventsWhen; page: number }): Promise<Screen | null> {
  const event = await ctx.deps.db.event.findUnique({ where: { id: opts.eventId }, select: { id: true, title: true, startsAt: true, cancelledAt: true } });
  if (!event) return null;
  const { t, lang, zone } = await reader(ctx);
  const scope = coordinatorScope(ctx.member?.grants ?? []);
  const list = (page: number) => listSignUpsFor(ctx.deps.db, { eventId: event.id, scope, skip: page * COORDINATOR_PEOPLE_PER_PAGE, take: COORDINATOR_PEOPLE_PER_PAGE });
  let page = Math.max(0, opts.page);
  let { rows, total } = await list(page);
  if (!rows.length && page > 0) {
    page = lastPage(total, COORDINATOR_PEOPLE_PER_PAGE);
    ({ rows, total } = await list(page));
  }
  const over = event.startsAt <= ctx.deps.clock.now();
  const lines: string[] = [];
  let school: string | undefined;
  for (const row of rows) {
    const name = row.user?.school?.name ?? t("coordinator-no-school");
    if (name !== school) {
      if (school !== undefined) lines.push("");
      lines.push(`🏫 <b>${esc(clip(name, SCHOOL_MAX))}</b>`);
      school = name;
    }
    const mark = row.status === "waitlisted" ? "⏳" : over && row.attended ? "✔️" : "✅";
    lines.push(`${mark} ${esc(clip(row.user?.fullName ?? "—", NAME_MAX))}`);
  }
  const head = [
    `<b>${esc(clip(event.title, TITLE_MAX))}</b>`,
    `🗓 ${formatWhen(t, event.startsAt, lang, zone)}`,
    ...(event.cancelledAt ? [t("event-card-cancelled")] : []),
  ];
  const keyboard = new InlineKeyboard();
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / COORDINATOR_PEOPLE_PER_PAGE)) }, EVENT_DATA.coordinatorPeople.pagerPrefix(event.id, opts.when));
  // The whole list as a spreadsheet: sent as a file, so it stays in the chat.
  if (rows.length) keyboard.row().text(t("export-event-button"), REPORT_DATA.eventExport(event.id, "x"));
  keyboard.row().text(t("button-back"), EVENT_DATA.coordinatorEvents(opts.when, 0));
  const body = rows.length
    ? [t("coordinator-people-title", { count: total }), t(over ? "coordinator-legend-past" : "coordinator-legend"), "", ...lines]
    : [t("coordinator-people-empty")];
  return { text: [...head, "", ...body].join("\n"), keyboard };
}

const coordinates = (ctx: Context) => hasRole(ctx.member, "coordinator");

/** "👥 My teachers at events", for coordinators only (checked again on every press). */
export const coordinatorMenuEntries: MenuEntry[] = [
  {
    label: "menu-coordinator",
    row: 45,
    shows: coordinates,
    screen: async (ctx) => (coordinates(ctx) ? coordinatorEventsScreen(ctx, { when: "up", page: 0 }) : null),
  },
];
