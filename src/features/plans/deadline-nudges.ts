// A plan's own deadlines, for the coordinators who answer for them: a week and a day before the
// last day of each dated measure (MeasureDate.end, a calendar day stored as UTC midnight), to the
// coordinators of every school and municipality among its executors. A school's coordinators get
// their school's; a municipality's coordinators one for the municipality, whether the measure
// names its education body or any of its schools, so a measure of "every school" is one message to
// them, not one per school. "Done" (DeadlineDone) ends a place's nudges for that date.
import type { Db } from "../../db/client.ts";
import type { Notice } from "../../messaging/notice.ts";
import { NUDGE_DATA } from "../../nudges/callbacks.ts";
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind, type NudgePerson } from "../../nudges/kind.ts";
import { REPORT_DATA } from "../reports/callbacks.ts";
import { halfYearCode, halfYearOf } from "../reports/period.ts";
import { DEADLINE_DATA } from "./callbacks.ts";
import { executorRule, territoryWhere } from "./executor-links.ts";
import { cut } from "./words.ts";

export const PLAN_DEADLINE = "plan-deadline";
export const DAY_MS = 24 * 60 * 60_000;
const NUDGES_BEFORE = [
  { before: 7 * DAY_MS, left: "week" },
  { before: DAY_MS, left: "day" },
] as const;

/** What a deadline is for: a school ("s") or a municipality's education body ("m"). */
export type DeadlinePlace = { kind: "s" | "m"; id: number };
/** "week" and "day" before; "again" when the person asked to be reminded the next day. */
export type DeadlineLeft = "week" | "day" | "again";

const placeKey = (place: DeadlinePlace) => `${place.kind}:${place.id}`;
/** With the kind, the outbox's source: every nudge and reminder of one place's date shares it, so "done" can stop them together. */
export const deadlineSubject = (measureDateId: number, place: DeadlinePlace) => `measure-date:${measureDateId}:${placeKey(place)}`;
export const deadlineSource = (measureDateId: number, place: DeadlinePlace) => `nudge:${PLAN_DEADLINE}:${deadlineSubject(measureDateId, place)}`;
/** What every queued nudge and reminder of a plan date begins its source with; the date's id follows. */
export const DEADLINE_SOURCE_PREFIX = `nudge:${PLAN_DEADLINE}:measure-date:`;
/** The deadline's day is over at the next UTC midnight: nothing about it is sent after. */
export const deadlineExpiry = (end: Date) => new Date(end.getTime() + DAY_MS);

const DATE_FIELDS = {
  id: true,
  end: true,
  measure: {
    select: {
      number: true,
      title: true,
      kind: true,
      plan: { select: { title: true, regionId: true, municipalityId: true } },
      executors: { select: { organisation: { select: { name: true, schoolId: true, municipalityId: true, school: { select: { municipalityId: true } } } } } },
    },
  },
  done: { select: { organisation: { select: { schoolId: true, municipalityId: true } } } },
} as const;

type Territory = { municipalityIds: number[]; schools: { id: number; municipalityId: number }[] };
type Plan = { regionId: number | null; municipalityId: number | null };
type Executor = { name: string; schoolId: number | null; municipalityId: number | null; school: { municipalityId: number } | null };

/** Schools and municipalities of a plan's territory, read once per plan territory in a run. A plan of unknown territory resolves no rule. */
function territoryReader(db: Db): (plan: Plan) => Promise<Territory> {
  const read = new Map<string, Promise<Territory>>();
  return (plan) => {
    const key = `${plan.regionId}:${plan.municipalityId}`;
    let territory = read.get(key);
    if (!territory) {
      territory =
        plan.regionId === null && plan.municipalityId === null
          ? Promise.resolve({ municipalityIds: [], schools: [] })
          : (async () => {
              const where = territoryWhere(plan);
              const municipalities = await db.municipality.findMany({ where, select: { id: true } });
              const schools = await db.school.findMany({ where: { municipality: where }, select: { id: true, municipalityId: true } });
              return { municipalityIds: municipalities.map((row) => row.id), schools };
            })();
      read.set(key, territory);
    }
    return territory;
  };
}

/** The places whose coordinators answer for a measure: linked executors, and the rules ("ОО", "МОУО", "Управление образования") within the plan's territory. */
async function placesOf(executors: readonly Executor[], plan: Plan, territoryOf: (plan: Plan) => Promise<Territory>): Promise<DeadlinePlace[]> {
  const places = new Map<string, DeadlinePlace>();
  const add = (kind: "s" | "m", id: number) => places.set(`${kind}:${id}`, { kind, id });
  for (const executor of executors) {
    if (executor.schoolId !== null) {
      add("s", executor.schoolId);
      if (executor.school) add("m", executor.school.municipalityId);
    } else if (executor.municipalityId !== null) {
      add("m", executor.municipalityId);
    } else {
      const rule = executorRule(executor.name);
      if (rule === "issuer-body" && plan.municipalityId !== null) add("m", plan.municipalityId);
      if (rule === "every-body") for (const id of (await territoryOf(plan)).municipalityIds) add("m", id);
      if (rule === "every-school") {
        for (const school of (await territoryOf(plan)).schools) {
          add("s", school.id);
          add("m", school.municipalityId);
        }
      }
    }
  }
  return [...places.values()];
}

/** Dates that still call for nudges: of measures still in their plan, of plans not archived. */
const LIVE_MEASURE = { archivedAt: null, plan: { archivedAt: null } } as const;

/** A measure date with its plan and the places that answer for it; null when gone or archived. */
export async function deadlineOf(db: Db, measureDateId: number) {
  const date = await db.measureDate.findFirst({ where: { id: measureDateId, measure: LIVE_MEASURE }, select: DATE_FIELDS });
  if (!date) return null;
  const places = await placesOf(date.measure.executors.map((row) => row.organisation), date.measure.plan, territoryReader(db));
  return { ...date, places };
}

/** Names of places as the notice shows them: the school's, or the municipality's. */
export async function placeNames(db: Db, places: readonly DeadlinePlace[]): Promise<Map<string, string>> {
  const ids = (kind: "s" | "m") => places.filter((place) => place.kind === kind).map((place) => place.id);
  const [schools, municipalities] = await Promise.all([
    db.school.findMany({ where: { id: { in: ids("s") } }, select: { id: true, name: true } }),
    db.municipality.findMany({ where: { id: { in: ids("m") } }, select: { id: true, name: true } }),
  ]);
  return new Map([...schools.map((row) => [`s:${row.id}`, row.name] as const), ...municipalities.map((row) => [`m:${row.id}`, row.name] as const)]);
}

/**
 * The nudge itself: the measure, the plan, the date in words, whose it is, "done" and "remind me
 * tomorrow"; for a report, the place's indicators of the half-year the date ends, to fill it in.
 */
export function deadlineNotice(opts: {
  measureDateId: number;
  measure: { number: string; title: string; kind: string; plan: { title: string } };
  end: Date;
  place: DeadlinePlace;
  placeName: string;
  left: DeadlineLeft;
}): Notice {
  const { kind, id } = opts.place;
  return {
    key: "plan-deadline-nudge",
    args: {
      left: opts.left,
      measure: cut(`${opts.measure.number}. ${opts.measure.title}`, 300),
      plan: cut(opts.measure.plan.title, 200),
      deadline: { day: opts.end.toISOString().slice(0, 10) },
      place: cut(opts.placeName, 200),
    },
    buttons: [
      [
        { key: "plan-deadline-button-done", data: DEADLINE_DATA.done(opts.measureDateId, kind, id) },
        { key: "plan-deadline-button-later", data: DEADLINE_DATA.later(opts.measureDateId, kind, id) },
      ],
      ...(opts.measure.kind === "report" ? [[{ key: "plan-deadline-button-report", data: REPORT_DATA.open(kind, id, halfYearCode(halfYearOf(opts.end, "UTC"))) }]] : []),
    ],
  };
}

/** The "mute this kind" row the planner adds to its nudges, for a reminder queued outside it. */
export const muteRow = [{ key: "nudge-button-mute", data: NUDGE_DATA.mute(PLAN_DEADLINE) }];

/** Coordinators of the places, by place: a school's own, and a municipality's own (not its schools'). */
async function coordinatorsOf(db: Db, places: readonly DeadlinePlace[]): Promise<Map<string, NudgePerson[]>> {
  const ids = (kind: "s" | "m") => [...new Set(places.filter((place) => place.kind === kind).map((place) => place.id))];
  const grants = await db.roleGrant.findMany({
    where: { role: "coordinator", user: REACHABLE, OR: [{ schoolId: { in: ids("s") } }, { schoolId: null, municipalityId: { in: ids("m") } }] },
    select: { schoolId: true, municipalityId: true, user: { select: NUDGE_PERSON } },
  });
  const byPlace = new Map<string, NudgePerson[]>();
  for (const grant of grants) {
    const key = grant.schoolId !== null ? `s:${grant.schoolId}` : `m:${grant.municipalityId}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), grant.user]);
  }
  return byPlace;
}

/** Places marked done for a date: a DeadlineDone of any organisation linked to the place. */
const donePlaces = (done: readonly { organisation: { schoolId: number | null; municipalityId: number | null } }[]) =>
  new Set(done.flatMap(({ organisation }) => (organisation.schoolId !== null ? [`s:${organisation.schoolId}`] : organisation.municipalityId !== null ? [`m:${organisation.municipalityId}`] : [])));

export const planDeadlineNudge: NudgeKind = {
  name: PLAN_DEADLINE,
  defaultOn: true,
  async find(db, window) {
    const territoryOf = territoryReader(db);
    const found: { date: { id: number; end: Date; measure: { number: string; title: string; kind: string; plan: { title: string } } }; place: DeadlinePlace; before: number; left: DeadlineLeft }[] = [];
    for (const { before, left } of NUDGES_BEFORE) {
      const dates = await db.measureDate.findMany({
        where: { end: { gt: new Date(window.from.getTime() + before), lte: new Date(window.to.getTime() + before) }, measure: LIVE_MEASURE },
        select: DATE_FIELDS,
      });
      for (const date of dates) {
        const done = donePlaces(date.done);
        const places = await placesOf(date.measure.executors.map((row) => row.organisation), date.measure.plan, territoryOf);
        for (const place of places) if (!done.has(placeKey(place))) found.push({ date, place, before, left });
      }
    }
    if (!found.length) return [];
    const places = found.map((each) => each.place);
    const [coordinators, names] = await Promise.all([coordinatorsOf(db, places), placeNames(db, places)]);
    return found.flatMap(({ date, place, before, left }): DueNudge[] => {
      const recipients = coordinators.get(placeKey(place)) ?? [];
      if (!recipients.length) return [];
      return [{
        subject: deadlineSubject(date.id, place),
        dueAt: new Date(date.end.getTime() - before),
        recipients,
        notice: deadlineNotice({ measureDateId: date.id, measure: date.measure, end: date.end, place, placeName: names.get(placeKey(place)) ?? "—", left }),
        expiresAt: deadlineExpiry(date.end),
      }];
    });
  },
};
