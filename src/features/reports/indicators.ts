// The monitoring indicators the plans name, for a scope and a half-year: how many teachers, the
// share trained in the last 3 years, the share planning training, the forms of training most in
// demand, contest participation by level, and the professional deficits of the latest
// self-diagnosis. Counted from the side with fewer rows (the half-year's events, the training,
// grouped by person), never by probing each of the region's 20,000 teachers.
import type { Db } from "../../db/client.ts";
import type { Member } from "../../core/member.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { listStaffQuestionnaires, municipalityAggregate, regionAggregate, schoolAggregate, staffViewOf, type AreaAggregate, type Hidden } from "../diagnostics/aggregates-service.ts";
import type { Definition } from "../diagnostics/definition.ts";
import { SIGNED_UP } from "../events/coordinator.ts";
import { EVENT_LEVELS, isEventLevel, type EventLevel } from "../events/levels.ts";
import { TRAINING_KIND, trainedPeople, trainedSince } from "../training/rules.ts";
import { asOf, type Period } from "./period.ts";
import { scopePeople, type ReportScope } from "./scope.ts";

/** A count of people and its share of the scope's teachers, 0–100 (0 when there are none). */
export type Share = { count: number; share: number };

type ContestRow = { level: EventLevel | null; participations: number; prizeWinners: number; winners: number };

export type Deficits =
  | { state: "none" }
  | { state: "hidden"; why: Hidden; questionnaire: Definition["title"] }
  | { state: "shown"; questionnaire: Definition["title"]; people: number; threshold: number; areas: AreaAggregate[] };

export type Indicators = {
  /** The moment the figures are taken at: the half-year's end, or now while it runs. */
  at: Date;
  teachers: number;
  /** Trained at least once in the 3 years up to `at` (attended courses, confirmed records). */
  trained: Share;
  /** Courses entered by teachers of the scope that no coordinator has reviewed yet (they do not count). */
  pendingTrainings: number;
  /** Signed up by `at` for a course not over by then, or holding a route with a measure ahead. */
  planning: Share;
  /** Sign-ups to the half-year's events by kind, most first, and how many of them attended. */
  forms: { kind: string; signUps: number; attended: number }[];
  /** Attended contests of the half-year by level (null: level not set), and the people behind them. */
  contests: ContestRow[];
  contestants: number;
  signUps: number;
  attended: number;
  deficits: Deficits;
};


const share = (count: number, of: number): Share => ({ count, share: of ? (count / of) * 100 : 0 });

/** Signed up by `at` for a course not over by then, or holding a route saved by then with a measure after it. */
async function planningPeople(db: Db, people: Prisma.UserWhereInput, at: Date): Promise<Set<number>> {
  const [signedUp, routed] = await Promise.all([
    db.registration.groupBy({ by: ["userId"], where: { status: { in: SIGNED_UP }, createdAt: { lte: at }, user: people, event: { kind: TRAINING_KIND, cancelledAt: null, endsAt: { gt: at } } } }),
    db.route.groupBy({ by: ["userId"], where: { savedAt: { lte: at }, user: people, items: { some: { startsAt: { gt: at } } } } }),
  ]);
  return new Set([...signedUp.flatMap((row) => (row.userId === null ? [] : [row.userId])), ...routed.map((row) => row.userId)]);
}

/** Sign-ups and attendance of the scope's people at the half-year's events, by kind. */
async function formsOf(db: Db, scope: ReportScope, period: Period) {
  const events = await db.event.findMany({ where: { cancelledAt: null, startsAt: { gte: period.from, lt: period.until } }, select: { id: true, kind: true, level: true } });
  const eventIds = events.map((event) => event.id);
  const byEvent = new Map(events.map((event) => [event.id, event]));
  const where = { eventId: { in: eventIds }, status: { in: SIGNED_UP }, user: scopePeople(scope) };
  const grouped = eventIds.length
    ? await db.registration.groupBy({ by: ["eventId", "attended", "result"], where, _count: { _all: true }, orderBy: { eventId: "asc" } })
    : [];
  const forms = new Map<string, { kind: string; signUps: number; attended: number }>();
  const contests = new Map<string, ContestRow>();
  for (const row of grouped) {
    const event = byEvent.get(row.eventId)!;
    const count = row._count._all;
    const form = forms.get(event.kind) ?? { kind: event.kind, signUps: 0, attended: 0 };
    form.signUps += count;
    if (row.attended) form.attended += count;
    forms.set(event.kind, form);
    if (event.kind === "contest" && row.attended) {
      const level = isEventLevel(event.level) ? event.level : null;
      const contest = contests.get(String(level)) ?? { level, participations: 0, prizeWinners: 0, winners: 0 };
      contest.participations += count;
      if (row.result === "prize-winner") contest.prizeWinners += count;
      if (row.result === "winner") contest.winners += count;
      contests.set(String(level), contest);
    }
  }
  const levelOrder = (row: ContestRow) => (row.level === null ? EVENT_LEVELS.length : EVENT_LEVELS.indexOf(row.level));
  return {
    forms: [...forms.values()].sort((a, b) => b.signUps - a.signUps || a.kind.localeCompare(b.kind)),
    contests: [...contests.values()].sort((a, b) => levelOrder(a) - levelOrder(b)),
  };
}

/** The deficits of the latest questionnaire anyone of the scope finished by `at`, under the diagnostics' privacy rules. */
async function deficitsOf(db: Db, scope: ReportScope, viewer: Pick<Member, "onboarded" | "grants" | "bootstrapAdmin"> | null, at: Date): Promise<Deficits> {
  const view = staffViewOf(viewer);
  for (const questionnaire of await listStaffQuestionnaires(db)) {
    const aggregate =
      scope.kind === "r"
        ? (await regionAggregate(db, questionnaire, at)).total
        : scope.kind === "m"
          ? (await municipalityAggregate(db, questionnaire, scope.id, view, at))?.municipality.aggregate
          : (await schoolAggregate(db, questionnaire, scope.id, view, at))?.aggregate;
    if (!aggregate) continue;
    if (aggregate.shown) {
      const { definition } = questionnaire;
      return { state: "shown", questionnaire: questionnaire.title, people: aggregate.people, threshold: definition.deficitThreshold, areas: aggregate.areas };
    }
    const anyone = await db.attempt.count({ where: { questionnaireId: questionnaire.id, finishedAt: { not: null, lte: at }, user: scopePeople(scope) } });
    if (anyone) return { state: "hidden", why: aggregate.why, questionnaire: questionnaire.title };
  }
  return { state: "none" };
}

export async function computeIndicators(
  db: Db,
  opts: { scope: ReportScope; period: Period; now: Date; viewer: Pick<Member, "onboarded" | "grants" | "bootstrapAdmin"> | null },
): Promise<Indicators> {
  const { scope, period } = opts;
  const at = asOf(period, opts.now);
  const justAfter = new Date(at.getTime() + 1);
  // A past half-year counts the people registered by its end, and what they had done by then.
  const people = scopePeople(scope, at);
  const [teachers, trained, planning, pendingTrainings, contestants, forms, deficits] = await Promise.all([
    db.user.count({ where: people }),
    trainedPeople(db, { people, since: trainedSince(at), until: justAfter }),
    planningPeople(db, people, at),
    db.trainingRecord.count({ where: { status: "pending", createdAt: { lte: at }, user: people } }),
    db.registration.groupBy({ by: ["userId"], where: { attended: true, user: people, event: { kind: "contest", cancelledAt: null, startsAt: { gte: period.from, lt: period.until } } } }),
    formsOf(db, scope, period),
    deficitsOf(db, scope, opts.viewer, at),
  ]);
  return {
    at,
    teachers,
    trained: share(trained.size, teachers),
    pendingTrainings,
    planning: share(planning.size, teachers),
    forms: forms.forms,
    contests: forms.contests,
    contestants: contestants.length,
    signUps: forms.forms.reduce((sum, form) => sum + form.signUps, 0),
    attended: forms.forms.reduce((sum, form) => sum + form.attended, 0),
    deficits,
  };
}

/** Nothing happened in the scope in the half-year and nobody is in it: the screen says "no data" instead of zeros. */
export const isEmpty = (indicators: Indicators) => indicators.teachers === 0 && indicators.signUps === 0;
