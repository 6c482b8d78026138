// "💡 Practices": its home, the subjects and areas with their counts, and the paged lists of
// approved practices (by subject, by area, found by words), each practice a button to its card.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { COMPETENCY_AREAS } from "../plans/parser/types.ts";
import { SUBJECTS } from "../profile/subjects.ts";
import { can } from "../roles/permissions.ts";
import { approvedCounts, approvedPage, approvedTotal, PER_PAGE, searchPage, type PracticePage } from "./browse-service.ts";
import { PRACTICE_DATA, type CardOrigin } from "./callbacks.ts";
import { AREA_KEYS, areaName, subjectName, titleButton } from "./labels.ts";
import { submittedCount } from "./review-service.ts";
import { REVIEW_PERMISSION } from "./rules.ts";

/** The bank's home: browse, search, submit, one's own; the review queue and the import for methodologists. */
export async function practicesHomeScreen(ctx: Context): Promise<Screen> {
  const db = ctx.deps.db;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("practice-by-subject"), PRACTICE_DATA.subjects)
    .text(ctx.t("practice-by-area"), PRACTICE_DATA.areas)
    .row()
    .text(ctx.t("practice-search"), PRACTICE_DATA.search)
    .row()
    .text(ctx.t("practice-submit"), PRACTICE_DATA.submit)
    .text(ctx.t("practice-mine"), PRACTICE_DATA.mine(0))
    .row();
  if (can(ctx.member, REVIEW_PERMISSION)) {
    keyboard.text(ctx.t("practice-review-open", { count: await submittedCount(db) }), PRACTICE_DATA.review(0)).row();
    keyboard.text(ctx.t("practice-import"), PRACTICE_DATA.import).row();
  }
  keyboard.text(ctx.t("button-menu"), PRACTICE_DATA.menu);
  return { text: ctx.t("practice-home", { count: await approvedTotal(db) }), keyboard };
}

/** An empty index says so and offers to share a practice. */
function emptyIndex(ctx: Context): Screen {
  const keyboard = new InlineKeyboard().text(ctx.t("practice-submit"), PRACTICE_DATA.submit).row().text(ctx.t("button-back"), PRACTICE_DATA.home);
  return { text: ctx.t("practice-bank-empty"), keyboard };
}

/** The subjects that have approved practices, the person's own first, two a row. */
export async function subjectsScreen(ctx: Context): Promise<Screen> {
  const counts = await approvedCounts(ctx.deps.db, "subject");
  if (!counts.size) return emptyIndex(ctx);
  const mine = new Set(ctx.member?.subjects ?? []);
  const shown = [...SUBJECTS.filter((each) => mine.has(each)), ...SUBJECTS.filter((each) => !mine.has(each))].filter((each) => counts.has(each));
  const keyboard = new InlineKeyboard();
  shown.forEach((subject, index) => {
    keyboard.text(`${subjectName(ctx.t.bind(ctx), subject)} · ${counts.get(subject)}`, PRACTICE_DATA.bySubject(subject, 0));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("button-back"), PRACTICE_DATA.home);
  return { text: ctx.t("practice-subjects-title"), keyboard };
}

export async function areasScreen(ctx: Context): Promise<Screen> {
  const counts = await approvedCounts(ctx.deps.db, "area");
  if (!counts.size) return emptyIndex(ctx);
  const keyboard = new InlineKeyboard();
  for (const area of COMPETENCY_AREAS) {
    if (counts.has(area)) keyboard.text(`${ctx.t(AREA_KEYS[area])} · ${counts.get(area)}`, PRACTICE_DATA.byArea(area, 0)).row();
  }
  keyboard.text(ctx.t("button-back"), PRACTICE_DATA.home);
  return { text: ctx.t("practice-areas-title"), keyboard };
}

type ListOf = { list: "subject"; subject: (typeof SUBJECTS)[number] } | { list: "area"; area: (typeof COMPETENCY_AREAS)[number] } | { list: "search"; query: string };

/** A page of approved practices: numbered lines (author, classes) and a button to each card. */
export async function listScreen(ctx: Context, of: ListOf, page: number): Promise<Screen> {
  const db = ctx.deps.db;
  const t = ctx.t.bind(ctx);
  let shown: PracticePage;
  let header: string;
  let pager: string;
  if (of.list === "subject") {
    shown = await approvedPage(db, { subject: of.subject }, page);
    header = t("practice-list-subject", { subject: subjectName(t, of.subject), count: shown.total });
    pager = PRACTICE_DATA.bySubject.pagerPrefix(of.subject);
  } else if (of.list === "area") {
    shown = await approvedPage(db, { area: of.area }, page);
    header = t("practice-list-area", { area: areaName(t, of.area), count: shown.total });
    pager = PRACTICE_DATA.byArea.pagerPrefix(of.area);
  } else {
    shown = await searchPage(db, of.query, page);
    header = t("practice-list-found", { query: esc(of.query), count: shown.total });
    pager = PRACTICE_DATA.found.pagerPrefix(of.query);
  }
  const keyboard = new InlineKeyboard();
  const first = shown.page * PER_PAGE + 1;
  const lines = shown.items.map((item, index) => {
    const origin: CardOrigin = { ...of, page: shown.page };
    keyboard.text(titleButton(`${first + index}. `, item.title), PRACTICE_DATA.card(item.id, origin)).row();
    const about = [item.author, item.classLevel].filter((part): part is string => Boolean(part)).map(esc).join(" · ");
    return `${first + index}. <b>${esc(item.title)}</b>${about ? `\n    ${about}` : ""}`;
  });
  addPager(keyboard, shown, pager);
  if (of.list === "search") keyboard.row().text(ctx.t("practice-search-again"), PRACTICE_DATA.search);
  const back = of.list === "subject" ? PRACTICE_DATA.subjects : of.list === "area" ? PRACTICE_DATA.areas : PRACTICE_DATA.home;
  keyboard.row().text(ctx.t("button-back"), back);
  const body = lines.length ? lines.join("\n") : t(of.list === "search" ? "practice-found-none" : "practice-list-empty");
  return { text: `${header}\n\n${body}`, keyboard };
}
