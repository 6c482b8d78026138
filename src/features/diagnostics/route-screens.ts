// The route's screens: the proposal by deficit after the results, and the saved route with each
// item's state. Both are paged by deficit, two to a page, so a phone shows them without scrolling
// far; each event is a button that sends its card as a new message (sign-up is there).
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Screen } from "../../bot/screen.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import { EVENT_DATA } from "../events/callbacks.ts";
import { clip } from "../events/card-text.ts";
import type { OfferedPractice } from "../practices/browse-service.ts";
import { PRACTICE_DATA } from "../practices/callbacks.ts";
import { titleButton } from "../practices/labels.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import type { Proposal, RouteItemState, SavedRoute } from "./route-service.ts";
import { inLang, readerOf, type Reader } from "./take-screens.ts";
import type { Text } from "./take-service.ts";

const AREAS_PER_PAGE = 2;
const TITLE_SHOWN = 120;
const BUTTON_TITLE = 40;

/** The words of a kind of event or measure ("webinar", "course"): the route's "form of work". */
const FORM_KEYS: Record<string, string> = {
  webinar: "measure-kind-webinar",
  seminar: "measure-kind-seminar",
  course: "measure-kind-course",
  contest: "measure-kind-contest",
  conference: "measure-kind-conference",
  diagnostics: "measure-kind-diagnostics",
  mentoring: "measure-kind-mentoring",
  report: "measure-kind-report",
  other: "measure-kind-other",
};

export function formOf(t: (key: string) => string, form: string | null): string {
  return t(FORM_KEYS[form ?? "other"] ?? "measure-kind-other");
}

export const STATE_MARKS: Record<RouteItemState, string> = {
  attended: "✅",
  "signed-up": "📝",
  waitlisted: "⏳",
  missed: "❌",
  "not-signed-up": "▫️",
  cancelled: "🚫",
  planned: "🗓",
  past: "▪️",
};

/** An event's day in the reader's zone; a measure's is a calendar day, stored at UTC midnight. */
export function itemDay(item: { kind: "event" | "measure"; startsAt: Date | null }, reader: Reader): string {
  if (!item.startsAt) return "—";
  return formatDate(item.startsAt, reader.lang, item.kind === "measure" ? "UTC" : reader.zone);
}

function itemLine(ctx: Context, reader: Reader, item: { kind: "event" | "measure"; title: string; form: string | null; startsAt: Date | null }, mark: string): string {
  const plan = item.kind === "measure" ? ` ${ctx.t("diagnostics-route-from-plan")}` : "";
  return `${mark} ${itemDay(item, reader)} · <i>${formOf(ctx.t.bind(ctx), item.form)}</i> — ${esc(clip(item.title, TITLE_SHOWN))}${plan}`;
}

type ButtonItem = { eventId: number | null; title: string; startsAt: Date | null; kind: "event" | "measure" };

/** One card button per event: an event addressing two deficits is listed under both, not twice as a button. */
function eventButtons(keyboard: InlineKeyboard, reader: Reader, items: ButtonItem[]) {
  const shown = new Set<number>();
  for (const item of items) {
    if (item.eventId === null || shown.has(item.eventId)) continue;
    shown.add(item.eventId);
    keyboard.text(`📅 ${itemDay(item, reader)} · ${clip(item.title, BUTTON_TITLE)}`, EVENT_DATA.cardAsNew(item.eventId)).row();
  }
}

type AreaBlock = { area: string; title: Text };

/** Colleagues' approved practices offered for each deficit, by area (practicesForAreas). */
export type Practices = ReadonlyMap<string, readonly OfferedPractice[]>;

/** The deficits on a page of the proposal or the saved route: the only ones whose practices it shows. */
export function areasOnPage(areas: readonly { area: string }[], page: number): string[] {
  return pageOf(areas, page, AREAS_PER_PAGE).items.map((each) => each.area);
}

/** A deficit's heading, its lines, and the colleagues' practices offered for it. */
function areaBlock(ctx: Context, reader: Reader, area: AreaBlock, lines: string[], offeredPractices: Practices): string {
  const practices = (offeredPractices.get(area.area) ?? []).map((practice) => `«${esc(clip(practice.title, BUTTON_TITLE))}»`).join(", ");
  const offered = practices ? `\n${ctx.t("practice-route-heading")} ${practices}` : "";
  return `<b>${esc(inLang(area.title, reader))}</b>\n${lines.join("\n")}${offered}`;
}

/** A button to each offered practice's card, sent as a new message as an event's is. */
function practiceButtons(keyboard: InlineKeyboard, areas: readonly AreaBlock[], practices: Practices) {
  for (const practice of areas.flatMap((area) => practices.get(area.area) ?? [])) keyboard.text(titleButton("💡 ", practice.title), PRACTICE_DATA.cardAsNew(practice.id)).row();
}

/** The proposal for an attempt's deficits, a page of them, with "Save route". */
export function proposalScreen(ctx: Context, proposal: Proposal, page: number, practices: Practices): Screen {
  const reader = readerOf(ctx);
  const keyboard = new InlineKeyboard();
  if (!proposal.areas.length) {
    keyboard.text(ctx.t("diagnostics-take-to-list"), DIAGNOSTICS_DATA.list());
    return { text: ctx.t("diagnostics-route-no-deficits"), keyboard };
  }
  const shown = pageOf(proposal.areas, page, AREAS_PER_PAGE);
  const blocks = shown.items.map((area) => {
    const lines = area.items.length ? area.items.map((item) => itemLine(ctx, reader, item, "•")) : [ctx.t("diagnostics-route-area-empty")];
    return areaBlock(ctx, reader, area, lines, practices);
  });
  eventButtons(keyboard, reader, shown.items.flatMap((area) => area.items));
  practiceButtons(keyboard, shown.items, practices);
  addPager(keyboard, shown, DIAGNOSTICS_DATA.routeProposal.pagerPrefix(proposal.attemptId));
  keyboard.row().text(ctx.t("diagnostics-route-save"), DIAGNOSTICS_DATA.routeSave(proposal.attemptId)).row();
  keyboard.text(ctx.t("diagnostics-take-to-list"), DIAGNOSTICS_DATA.list());
  return { text: [ctx.t("diagnostics-route-proposal-title"), ...blocks].join("\n\n"), keyboard };
}

/** The saved route: each item with its state now, the legend, the downloads. */
export function routeScreen(ctx: Context, route: SavedRoute, page: number, practices: Practices): Screen {
  const reader = readerOf(ctx);
  const keyboard = new InlineKeyboard();
  const shown = pageOf(route.areas, page, AREAS_PER_PAGE);
  const blocks = shown.items.map((area) => {
    const lines = area.items.length ? area.items.map((item) => itemLine(ctx, reader, item, STATE_MARKS[item.state])) : [ctx.t("diagnostics-route-area-empty")];
    return areaBlock(ctx, reader, area, lines, practices);
  });
  const header = ctx.t("diagnostics-route-title", { date: formatDate(route.savedAt, reader.lang, reader.zone) });
  const now = ctx.deps.clock.now();
  eventButtons(keyboard, reader, shown.items.flatMap((area) => area.items).filter((item) => item.state !== "cancelled" && item.startsAt !== null && item.startsAt > now));
  practiceButtons(keyboard, shown.items, practices);
  addPager(keyboard, shown, DIAGNOSTICS_DATA.route.pagerPrefix());
  keyboard.row().text(ctx.t("diagnostics-route-docx"), DIAGNOSTICS_DATA.routeDocx()).text(ctx.t("export-route-button"), DIAGNOSTICS_DATA.routeXlsx()).row();
  keyboard.text(ctx.t("diagnostics-route-ics"), DIAGNOSTICS_DATA.routeIcs()).row();
  keyboard.text(ctx.t("diagnostics-take-to-list"), DIAGNOSTICS_DATA.list()).text(ctx.t("button-menu"), DIAGNOSTICS_DATA.menu());
  return { text: [header, ...blocks, ctx.t("diagnostics-route-legend")].join("\n\n"), keyboard };
}

/** The self-diagnosis list with "🧭 My route" above its last row, once a route is saved. */
export function withRouteEntry(ctx: Context, screen: Screen): Screen {
  const keyboard = screen.keyboard ?? new InlineKeyboard();
  const rows = keyboard.inline_keyboard;
  rows.splice(Math.max(0, rows.length - 1), 0, [{ text: ctx.t("diagnostics-route-open"), callback_data: DIAGNOSTICS_DATA.route(0) }]);
  return { ...screen, keyboard };
}
