// The mentee's route as their mentor reads it: the route's own marks and words (route-screens.ts),
// as text only — no sign-up buttons or files, which are the mentee's. Two deficits a page.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { esc } from "../../../bot/html.ts";
import { addPager, pageOf } from "../../../bot/paginate.ts";
import type { Screen } from "../../../bot/screen.ts";
import { formatDate } from "../../../i18n/dates.ts";
import { STATE_MARKS, formOf, itemDay } from "../../diagnostics/route-screens.ts";
import type { RouteItemView, SavedRoute } from "../../diagnostics/route-service.ts";
import { inLang, readerOf, type Reader } from "../../diagnostics/take-screens.ts";
import { cut } from "../words.ts";
import type { PairAccess } from "./access.ts";
import { MEETING_DATA } from "./callbacks.ts";
import { routeProgress } from "./progress.ts";

const AREAS_PER_PAGE = 2;
const TITLE_SHOWN = 120;

function itemLine(ctx: Context, item: RouteItemView, reader: Reader): string {
  const plan = item.kind === "measure" ? ` ${ctx.t("diagnostics-route-from-plan")}` : "";
  return `${STATE_MARKS[item.state]} ${itemDay(item, reader)} · <i>${formOf(ctx.t.bind(ctx), item.form)}</i> — ${esc(cut(item.title, TITLE_SHOWN))}${plan}`;
}

export function menteeRouteScreen(ctx: Context, view: { access: PairAccess; route: SavedRoute }, page: number): Screen {
  const reader = readerOf(ctx);
  const { pair } = view.access;
  const progress = routeProgress(view.route);
  const shown = pageOf(view.route.areas, page, AREAS_PER_PAGE);
  const header = ctx.t("meetings-route-title", {
    name: esc(pair.mentee.fullName ?? "—"),
    date: formatDate(view.route.savedAt, reader.lang, reader.zone),
    done: progress.kind === "shared" ? progress.done : 0,
    total: progress.kind === "shared" ? progress.total : 0,
  });
  const blocks = shown.items.map((area) => {
    const lines = area.items.length ? area.items.map((item) => itemLine(ctx, item, reader)) : [ctx.t("diagnostics-route-area-empty")];
    return `<b>${esc(inLang(area.title, reader))}</b>\n${lines.join("\n")}`;
  });
  const keyboard = new InlineKeyboard();
  addPager(keyboard, shown, MEETING_DATA.route.pagerPrefix(pair.id));
  keyboard.row().text(ctx.t("meetings-back"), MEETING_DATA.list(pair.id));
  return { text: [header, ...blocks, ctx.t("diagnostics-route-legend")].join("\n\n"), keyboard };
}
