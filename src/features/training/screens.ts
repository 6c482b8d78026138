import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatDate } from "../../i18n/dates.ts";
import { clip } from "../events/card-text.ts";
import { TRAINING_DATA } from "./callbacks.ts";
import { TRAINED_WITHIN_YEARS } from "./rules.ts";
import { listTraining, type TrainingItem } from "./service.ts";

/** Each course takes three lines: a few a page keep the screen readable on a phone. */
const PER_PAGE = 5;
const LABEL_MAX = 28;

/** "12 марта 2026", or "12 марта 2026 – 15 марта 2026" for several days. */
export function daysInWords(start: Date, end: Date, lang: string, zone: string): string {
  const from = formatDate(start, lang, zone);
  const to = formatDate(end, lang, zone);
  return from === to ? from : `${from} – ${to}`;
}

function itemText(ctx: Context, item: TrainingItem, lang: string, zone: string): string {
  const dates = item.source === "event" ? daysInWords(item.startsAt, item.endsAt, lang, zone) : daysInWords(item.startsOn, item.endsOn, lang, "UTC");
  return ctx.t("training-item", {
    status: item.source === "event" ? "course" : item.status,
    title: esc(item.title),
    provider: esc(item.provider),
    hours: item.hours ?? -1,
    dates,
  });
}

/**
 * "🎓 My training": courses attended through the bot and those the teacher entered, with their
 * marks, the hours that count for the last 3 years and whether they count as trained; "➕ Add a
 * course", and "Delete" for records a coordinator has not confirmed.
 */
export async function myTrainingScreen(ctx: Context, page: number): Promise<Screen> {
  const member = ctx.member;
  if (!member) return { text: ctx.t("error-not-registered") };
  const zone = member.timezone ?? ctx.deps.config.defaultTimezone;
  const summary = await listTraining(ctx.deps.db, { userId: member.userId, now: ctx.deps.clock.now() });
  const shown = pageOf(summary.items, page, PER_PAGE);
  const list = shown.items.length ? shown.items.map((item) => itemText(ctx, item, member.lang, zone)).join("\n\n") : ctx.t("training-empty");
  const total = ctx.t("training-total", { years: TRAINED_WITHIN_YEARS, hours: summary.recentHours, trained: summary.trained ? "yes" : "no" });
  const keyboard = new InlineKeyboard().text(ctx.t("training-add"), TRAINING_DATA.add).row();
  for (const item of shown.items) {
    if (item.source === "record" && item.status !== "confirmed") {
      keyboard.text(ctx.t("training-delete", { title: clip(item.title, LABEL_MAX) }), TRAINING_DATA.deleteAsk(item.id, shown.page)).row();
    }
  }
  addPager(keyboard, shown, TRAINING_DATA.mine.pagerPrefix());
  keyboard.row().text(ctx.t("button-back"), TRAINING_DATA.profile);
  return { text: `${ctx.t("training-title")}\n\n${list}\n\n${total}`, keyboard };
}

/** "Delete «…»?" with Yes and No (back to the list's page). */
export function deleteQuestionScreen(ctx: Context, record: { id: number; title: string }, page: number): Screen {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("training-delete-yes"), TRAINING_DATA.delete(record.id, page))
    .text(ctx.t("training-delete-no"), TRAINING_DATA.mine(page));
  return { text: ctx.t("training-delete-question", { title: esc(record.title) }), keyboard };
}
