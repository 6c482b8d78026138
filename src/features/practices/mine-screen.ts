import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { cut } from "../plans/words.ts";
import { PER_PAGE } from "./browse-service.ts";
import { PRACTICE_DATA } from "./callbacks.ts";
import { STATUS_KEYS, STATUS_MARKS, titleButton } from "./labels.ts";
import { myPractices } from "./service.ts";

const COMMENT_SHOWN = 300;

/** "🗂 My practices": each with its status, the methodologist's comment and how many opened it; a button to its card. */
export async function myPracticesScreen(ctx: Context, page: number): Promise<Screen> {
  const member = ctx.member;
  if (!member) return { text: ctx.t("error-not-registered") };
  const shown = pageOf(await myPractices(ctx.deps.db, member.userId), page, PER_PAGE);
  const keyboard = new InlineKeyboard();
  const first = shown.page * PER_PAGE + 1;
  const lines = shown.items.map((item, index) => {
    keyboard.text(titleButton(`${first + index}. `, item.title), PRACTICE_DATA.card(item.id, { list: "mine", page: shown.page })).row();
    const line = ctx.t("practice-mine-item", {
      number: first + index,
      mark: STATUS_MARKS[item.status],
      title: esc(item.title),
      status: ctx.t(STATUS_KEYS[item.status]),
      views: item.views,
    });
    return item.reviewComment ? `${line}\n${ctx.t("practice-mine-comment", { comment: esc(cut(item.reviewComment, COMMENT_SHOWN)) })}` : line;
  });
  addPager(keyboard, shown, PRACTICE_DATA.mine.pagerPrefix());
  keyboard.row().text(ctx.t("practice-submit"), PRACTICE_DATA.submit).row().text(ctx.t("button-back"), PRACTICE_DATA.home);
  return { text: `${ctx.t("practice-mine-title")}\n\n${lines.length ? lines.join("\n\n") : ctx.t("practice-mine-empty")}`, keyboard };
}
