// The coordinators' view of a scope: the figures, its pairs with the meetings held this term, its
// bank of mentors, and the export. Who may open a scope is decided before these are called.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { halfYearOf } from "../reports/period.ts";
import { ownScopes, type ReportScope } from "../reports/scope.ts";
import { halfYearWords, nameOf } from "../reports/screens.ts";
import { scopeMentors, scopePairsPage, scopeSummary, termOf, type ScopePair } from "./bank.ts";
import { MENTORING_DATA as DATA } from "./callbacks.ts";
import { dateWords, labelOf, personWords, subjectName, subjectNames } from "./words.ts";

const PAIRS_PER_PAGE = 6;
const MENTORS_PER_PAGE = 8;

const zoneOf = (ctx: Context) => ctx.deps.config.defaultTimezone;
export const termWords = (ctx: Context) => halfYearWords(ctx, halfYearOf(ctx.deps.clock.now(), zoneOf(ctx)));
const sameScope = (a: ReportScope, b: ReportScope) => a.kind === b.kind && a.id === b.id;

/** The scopes the person holds; with one, its view straight away. */
export async function scopesScreen(ctx: Context): Promise<Screen> {
  const scopes = ownScopes(ctx.member);
  if (scopes.length === 1) return coordinatorScreen(ctx, scopes[0]!);
  const keyboard = new InlineKeyboard();
  for (const scope of scopes) {
    const icon = scope.kind === "r" ? "🗺" : scope.kind === "m" ? "🏘" : "🏫";
    keyboard.text(labelOf(`${icon} ${await nameOf(ctx, scope)}`), DATA.coordinator(scope.kind, scope.id)).row();
  }
  keyboard.text(ctx.t("button-back"), DATA.home());
  return { text: ctx.t("mentoring-scopes-title"), keyboard };
}

/** Back from a scope's view: to the scopes when the person holds several, else to their mentoring screen. */
const backFrom = (ctx: Context, scope: ReportScope) => {
  const own = ownScopes(ctx.member);
  return own.length > 1 || !own.some((each) => sameScope(each, scope)) ? DATA.scopes() : DATA.home();
};

export async function coordinatorScreen(ctx: Context, scope: ReportScope): Promise<Screen> {
  const now = ctx.deps.clock.now();
  const summary = await scopeSummary(ctx.deps.db, scope, { now, term: termOf(now, zoneOf(ctx)) });
  const { kind, id } = scope;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("mentoring-button-young", { count: summary.young }), DATA.young(kind, id, 0))
    .row()
    .text(ctx.t("mentoring-button-pairs", { count: summary.active + summary.pending + summary.ended }), DATA.pairs(kind, id, 0))
    .row()
    .text(ctx.t("mentoring-button-mentors", { count: summary.mentors }), DATA.mentors(kind, id, 0))
    .row()
    .text(ctx.t("mentoring-button-xlsx"), DATA.export("x", kind, id))
    .text(ctx.t("mentoring-button-csv"), DATA.export("c", kind, id))
    .row()
    .text(ctx.t("button-back"), backFrom(ctx, scope));
  const text = ctx.t("mentoring-coordinator", { name: esc(await nameOf(ctx, scope)), term: termWords(ctx), ...summary });
  return { text, keyboard };
}

function pairLines(ctx: Context, pair: ScopePair): string {
  const common = { mentee: personWords(pair.mentee), mentor: personWords(pair.mentor), subject: subjectName(ctx, pair.subject), held: pair.held };
  if (pair.status === "ended") {
    return ctx.t("mentoring-pair-line-ended", { ...common, since: dateWords(ctx, pair.startedAt ?? pair.createdAt), until: dateWords(ctx, pair.endedAt ?? pair.createdAt) });
  }
  const waiting = [...(pair.mentorAcceptedAt ? [] : [pair.mentor?.fullName ?? "—"]), ...(pair.menteeAcceptedAt ? [] : [pair.mentee.fullName ?? "—"])];
  return ctx.t("mentoring-pair-line", {
    ...common,
    state: pair.status === "active" ? "active" : "proposed",
    since: dateWords(ctx, pair.startedAt ?? pair.createdAt),
    waiting: esc(waiting.join(", ")),
  });
}

const PAIR_MARKS: Record<string, string> = { active: "✅", proposed: "⏳", ended: "🗂" };

/** The scope's pairs, six a page, each opening its pair: pending and active ones, then the ended ones, the latest first. */
export async function pairsScreen(ctx: Context, scope: ReportScope, page: number): Promise<Screen> {
  const now = ctx.deps.clock.now();
  const term = termOf(now, zoneOf(ctx));
  const list = (at: number) => scopePairsPage(ctx.deps.db, scope, { term, skip: at * PAIRS_PER_PAGE, take: PAIRS_PER_PAGE });
  let current = Math.max(0, page);
  let { rows, total } = await list(current);
  if (!rows.length && current > 0) ({ rows, total } = await list((current = lastPage(total, PAIRS_PER_PAGE))));
  const keyboard = new InlineKeyboard();
  for (const pair of rows) keyboard.text(labelOf(`${PAIR_MARKS[pair.status] ?? "⏳"} ${pair.mentee.fullName ?? "—"}`), DATA.pairInList(pair.id, scope.kind, scope.id, current)).row();
  addPager(keyboard, { items: rows, page: current, pages: Math.max(1, Math.ceil(total / PAIRS_PER_PAGE)) }, DATA.pairs.pagerPrefix(scope.kind, scope.id));
  keyboard.row().text(ctx.t("button-back"), DATA.coordinator(scope.kind, scope.id));
  const name = esc(await nameOf(ctx, scope));
  if (!rows.length) return { text: ctx.t("mentoring-pairs-empty", { name }), keyboard };
  const head = ctx.t("mentoring-pairs-title", { name, count: total, term: termWords(ctx) });
  return { text: [head, ...rows.map((pair) => pairLines(ctx, pair))].join("\n\n"), keyboard };
}

/** The scope's bank of mentors, eight a page: subjects, mentees now of how many, the note. */
export async function mentorsScreen(ctx: Context, scope: ReportScope, page: number): Promise<Screen> {
  const list = (at: number) => scopeMentors(ctx.deps.db, scope, { skip: at * MENTORS_PER_PAGE, take: MENTORS_PER_PAGE });
  let current = Math.max(0, page);
  let { rows, total } = await list(current);
  if (!rows.length && current > 0) ({ rows, total } = await list((current = lastPage(total, MENTORS_PER_PAGE))));
  const keyboard = new InlineKeyboard();
  addPager(keyboard, { items: rows, page: current, pages: Math.max(1, Math.ceil(total / MENTORS_PER_PAGE)) }, DATA.mentors.pagerPrefix(scope.kind, scope.id));
  keyboard.row().text(ctx.t("button-back"), DATA.coordinator(scope.kind, scope.id));
  const name = esc(await nameOf(ctx, scope));
  if (!rows.length) return { text: ctx.t("mentoring-mentors-empty", { name }), keyboard };
  const lines = rows.map((mentor) => {
    const line = ctx.t("mentoring-mentor-line", {
      mentor: personWords({ fullName: mentor.name, school: mentor.school === null ? null : { name: mentor.school } }),
      subjects: subjectNames(ctx, mentor.subjects),
      mentees: mentor.mentees,
      capacity: mentor.capacity,
    });
    return mentor.note === null ? line : `${line}\n${ctx.t("mentoring-mentor-note", { note: esc(mentor.note) })}`;
  });
  return { text: [ctx.t("mentoring-mentors-title", { name, count: total }), ...lines].join("\n\n"), keyboard };
}
