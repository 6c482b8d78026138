import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { REPORT_DATA } from "../reports/callbacks.ts";
import { halfYearCode, halfYearOf } from "../reports/period.ts";
import { REGION, scopeName, type ReportScope } from "../reports/scope.ts";
import { TRAINING_DATA } from "./callbacks.ts";
import { pendingTrainingAt, type PendingRecord } from "./review-service.ts";
import { daysInWords } from "./screens.ts";

/** The scope a button names (the region's id is always 0); checked by the caller against the person's grants. */
export function scopeOf(kind: "r" | "m" | "s", id: number): ReportScope {
  return kind === "r" ? REGION : { kind, id };
}

/** The scope's indicators for the current half-year: where the review was opened from. */
function backData(ctx: Context, scope: ReportScope): string {
  const half = halfYearOf(ctx.deps.clock.now(), ctx.deps.config.defaultTimezone);
  return REPORT_DATA.indicators(scope.kind, scope.id, halfYearCode(half));
}

/**
 * One record awaiting confirmation in the scope, the oldest first: who, where, the course, and
 * "✅ Confirm" / "✖ Decline" (not on the reviewer's own record), "📎 Certificate", "‹ n/N ›".
 */
export async function reviewScreen(ctx: Context, scope: ReportScope, page: number): Promise<Screen> {
  const db = ctx.deps.db;
  const [{ record, index, total }, place] = await Promise.all([
    pendingTrainingAt(db, scope, page),
    scopeName(db, scope, ctx.t("training-review-region")),
  ]);
  const keyboard = new InlineKeyboard();
  const back = backData(ctx, scope);
  if (!record) return { text: ctx.t("training-review-empty", { place: esc(place ?? "—") }), keyboard: keyboard.text(ctx.t("button-back"), back) };
  const own = record.userId === ctx.member?.userId;
  if (!own) {
    keyboard
      .text(ctx.t("training-review-confirm"), TRAINING_DATA.confirm(scope.kind, scope.id, record.id, index))
      .text(ctx.t("training-review-decline"), TRAINING_DATA.decline(scope.kind, scope.id, record.id, index))
      .row();
  }
  if (record.hasCertificate) keyboard.text(ctx.t("training-review-certificate"), TRAINING_DATA.certificate(record.id)).row();
  addPager(keyboard, { items: [record], page: index, pages: total }, TRAINING_DATA.review.pagerPrefix(scope.kind, scope.id));
  keyboard.row().text(ctx.t("button-back"), back);
  return { text: cardText(ctx, record, { place: place ?? "—", index, total, own }), keyboard };
}

function cardText(ctx: Context, record: PendingRecord, at: { place: string; index: number; total: number; own: boolean }): string {
  const none = ctx.t("training-not-given");
  const workplace = [record.school, record.municipality].filter((name): name is string => name !== null).join(", ");
  const card = ctx.t("training-review-card", {
    place: esc(at.place),
    position: at.index + 1,
    total: at.total,
    person: esc(record.person ?? none),
    school: esc(workplace || none),
    title: esc(record.title),
    provider: esc(record.provider),
    hours: record.hours,
    dates: daysInWords(record.startsOn, record.endsOn, ctx.member?.lang ?? "ru", "UTC"),
    number: esc(record.certificateNumber ?? none),
  });
  return at.own ? `${card}\n\n${ctx.t("training-review-own-note")}` : card;
}
