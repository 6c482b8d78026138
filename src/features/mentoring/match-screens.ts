// A coordinator pairs young teachers: the scope's young teachers without a mentor (those who asked
// first), then for one of them the mentors the bot suggests, each a tap that proposes the pair;
// a young teacher's request may instead be declined with one of the usual reasons.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { yearsTaught } from "../../core/teaching.ts";
import { LOCALES, sharedI18n } from "../../i18n/index.ts";
import type { ReportScope } from "../reports/scope.ts";
import { nameOf } from "../reports/screens.ts";
import { youngWithoutMentor } from "./bank.ts";
import { MENTORING_DATA as DATA } from "./callbacks.ts";
import type { RequestFate } from "./request-fate.ts";
import { DECLINE_REASON_CODES, DECLINE_REASONS, OPEN_AS_MENTEE } from "./rules.ts";
import { suggestMentors } from "./suggest.ts";
import { dateWords, labelOf, personWords, subjectName, subjectNames } from "./words.ts";

/** Suggestions shown for one young teacher: the best few fit a phone's screen. */
const SUGGESTIONS_SHOWN = 6;

export async function youngScreen(ctx: Context, scope: ReportScope, page: number): Promise<Screen> {
  const young = await youngWithoutMentor(ctx.deps.db, scope, ctx.deps.clock.now());
  const shown = pageOf(young, page);
  const keyboard = new InlineKeyboard();
  for (const person of shown.items) keyboard.text(labelOf(`${person.asked ? "🙋" : "👤"} ${person.name}`), DATA.suggest(scope.kind, scope.id, person.id)).row();
  addPager(keyboard, shown, DATA.young.pagerPrefix(scope.kind, scope.id));
  keyboard.row().text(ctx.t("button-back"), DATA.coordinator(scope.kind, scope.id));
  const name = esc(await nameOf(ctx, scope));
  if (!young.length) return { text: ctx.t("mentoring-young-empty", { name }), keyboard };
  const lines = shown.items.map((person) =>
    ctx.t("mentoring-young-line", {
      asked: person.asked ? "yes" : "no",
      person: personWords({ fullName: person.name, school: person.school === null ? null : { name: person.school } }),
      subjects: subjectNames(ctx, person.subjects) || "—",
    }),
  );
  return { text: [ctx.t("mentoring-young-title", { name, count: young.length }), ...lines].join("\n"), keyboard };
}

/** A decline reason as kept (the words on the declining coordinator's button), in the reader's language when it is one of the usual ones. */
function reasonWords(ctx: Context, kept: string | null): string {
  if (kept === null) return "—";
  const i18n = sharedI18n();
  const key = Object.values(DECLINE_REASONS).find((each) => LOCALES.some((locale) => i18n.t(locale, each) === kept));
  return key ? ctx.t(key) : esc(kept);
}

/** What became of a request that no longer waits, in a line; null while it waits. */
function fateLine(ctx: Context, fate: RequestFate): string | null {
  switch (fate.kind) {
    case "waiting":
      return null;
    case "withdrawn":
      return ctx.t("mentoring-request-fate-withdrawn", { date: dateWords(ctx, fate.at) });
    case "declined":
      return ctx.t("mentoring-request-fate-declined", { date: dateWords(ctx, fate.at), coordinator: esc(fate.by ?? "—"), reason: reasonWords(ctx, fate.reason) });
    case "paired":
      return ctx.t("mentoring-request-fate-paired", { mentor: esc(fate.mentor ?? "—"), coordinator: esc(fate.by ?? "—"), status: fate.status });
  }
}

/**
 * The young teacher, what they asked for, and the mentors suggested for them; null when they are
 * gone. Opened for a request (`fate`), what became of it comes first: the suggestions still serve
 * a young teacher left without a mentor.
 */
export async function suggestScreen(ctx: Context, scope: ReportScope, menteeId: number, fate?: RequestFate): Promise<Screen | null> {
  const db = ctx.deps.db;
  const mentee = await db.user.findUnique({
    where: { id: menteeId },
    select: { fullName: true, teachingSince: true, school: { select: { name: true } }, municipality: { select: { name: true } } },
  });
  if (!mentee) return null;
  const open = await db.mentorPair.findFirst({ where: { menteeId, status: { in: OPEN_AS_MENTEE } }, select: { id: true, status: true, subject: true } });
  const keyboard = new InlineKeyboard();
  const back = DATA.young(scope.kind, scope.id, 0);
  const fateWords = fate ? fateLine(ctx, fate) : null;
  const head = [
    ...(fateWords === null ? [] : [fateWords]),
    ctx.t("mentoring-suggest-title", { mentee: personWords(mentee), years: yearsTaught(mentee.teachingSince, ctx.deps.clock.now()) ?? -1 }),
  ];
  if (open && open.status !== "requested") {
    keyboard.text(ctx.t("mentoring-open-pair"), DATA.pair(open.id)).row().text(ctx.t("button-back"), back);
    return { text: [...head, ctx.t("mentoring-suggest-has-pair")].join("\n\n"), keyboard };
  }
  if (open) head.push(ctx.t("mentoring-suggest-asked", { subject: subjectName(ctx, open.subject) }));
  const suggestions = (await suggestMentors(db, menteeId)).slice(0, SUGGESTIONS_SHOWN);
  for (const mentor of suggestions) keyboard.text(labelOf(`🤝 ${mentor.name}`), DATA.propose(scope.kind, scope.id, menteeId, mentor.mentorId)).row();
  // A request may be declined, with a reason, whether or not a mentor fits.
  if (open) keyboard.text(ctx.t("mentoring-decline-request"), DATA.declineRequestAsk(scope.kind, scope.id, open.id)).row();
  keyboard.text(ctx.t("button-back"), back);
  if (!suggestions.length) return { text: [...head, ctx.t("mentoring-suggest-none", { municipality: esc(mentee.municipality?.name ?? "—") })].join("\n\n"), keyboard };
  const lines = suggestions.map((mentor, index) =>
    ctx.t("mentoring-suggest-line", {
      number: index + 1,
      mentor: personWords({ fullName: mentor.name, school: mentor.school === null ? null : { name: mentor.school } }),
      place: mentor.sameSchool ? "school" : "municipality",
      subject: subjectName(ctx, mentor.subject),
      mentees: mentor.mentees,
      capacity: mentor.capacity,
    }),
  );
  return { text: [...head, [ctx.t("mentoring-suggest-list"), ...lines].join("\n"), ctx.t("mentoring-suggest-how")].join("\n\n"), keyboard };
}

/** "Decline the request?": the usual reasons, a tap each (the young teacher reads it in their language), and back. */
export async function declineReasonsScreen(ctx: Context, scope: ReportScope, request: { id: number; subject: string | null; menteeId: number }): Promise<Screen | null> {
  const mentee = await ctx.deps.db.user.findUnique({ where: { id: request.menteeId }, select: { fullName: true, school: { select: { name: true } } } });
  if (!mentee) return null;
  const keyboard = new InlineKeyboard();
  for (const code of DECLINE_REASON_CODES) keyboard.text(ctx.t(DECLINE_REASONS[code]), DATA.declineRequest(scope.kind, scope.id, request.id, code)).row();
  keyboard.text(ctx.t("button-back"), DATA.suggest(scope.kind, scope.id, request.menteeId));
  return { text: ctx.t("mentoring-decline-request-question", { mentee: personWords(mentee), subject: subjectName(ctx, request.subject) }), keyboard };
}
