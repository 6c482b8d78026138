import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatDate } from "../../i18n/dates.ts";
import { ADMIN_DATA } from "../admin/callbacks.ts";
import { SCHOOL_REQUEST_DATA } from "./callbacks.ts";
import { findOpenRequest, listOpenRequests, type OpenRequest } from "./service.ts";

/** Names are cut on buttons so one long name cannot crowd out the others. */
const LABEL_MAX = 48;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The open requests, the oldest first: one button each, opening the request. */
export async function requestsScreen(ctx: Context, page: number): Promise<Screen> {
  const db = ctx.deps.db;
  let current = Math.max(0, page);
  let { rows, total } = await listOpenRequests(db, { skip: current * PAGE_SIZE, take: PAGE_SIZE });
  if (!rows.length && total > 0) {
    // The list shrank under an old page number: show its last page.
    current = lastPage(total);
    ({ rows, total } = await listOpenRequests(db, { skip: current * PAGE_SIZE, take: PAGE_SIZE }));
  }
  const keyboard = new InlineKeyboard();
  for (const row of rows) keyboard.text(clip(`${row.name} · ${row.municipality}`, LABEL_MAX), SCHOOL_REQUEST_DATA.open(row.id, current)).row();
  addPager(keyboard, { items: rows, page: current, pages: lastPage(total) + 1 }, SCHOOL_REQUEST_DATA.list.pagerPrefix());
  keyboard.row().text(ctx.t("button-back"), ADMIN_DATA.home);
  return { text: total ? ctx.t("school-requests-title", { count: total }) : ctx.t("school-requests-empty"), keyboard };
}

/** One request: the school's name as typed, where, who asked and when; "add" and "dismiss". */
export async function requestScreen(ctx: Context, id: number, page: number): Promise<Screen | null> {
  const request = await findOpenRequest(ctx.deps.db, id);
  if (!request) return null;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("school-request-add"), SCHOOL_REQUEST_DATA.add(id, page))
    .text(ctx.t("school-request-dismiss"), SCHOOL_REQUEST_DATA.dismiss(id, page))
    .row()
    .text(ctx.t("button-back"), SCHOOL_REQUEST_DATA.list(page));
  return { text: describe(ctx, request), keyboard };
}

function describe(ctx: Context, request: OpenRequest): string {
  const lang = ctx.member?.lang ?? "ru";
  return ctx.t("school-request-card", {
    school: esc(request.name),
    municipality: esc(request.municipality),
    requester: esc(request.requester ?? ctx.t("school-request-requester-gone")),
    date: formatDate(request.createdAt, lang, ctx.deps.config.defaultTimezone),
  });
}
