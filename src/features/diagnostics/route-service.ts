// The individual route (ИОМ): for each deficit of a finished attempt, what the person's region and
// district actually run next that addresses it — events meant for the person and dated measures
// of their territory's plans — saved as the person's route, whose items' states are computed
// from registrations each time it is shown (so attendance marked on an event ticks its item).
import { DateTime } from "luxon";
import type { Db } from "../../db/client.ts";
import { eventsForWhere, type Person } from "../../core/audience.ts";
import { EVENT_KINDS } from "../events/kinds.ts";
import { plansConcerningWhere } from "../plans/territory.ts";
import { attemptResults, parseDefinition, type Text } from "./take-service.ts";
import { deficitsOf } from "./definition.ts";

/** Items proposed per deficit: enough to choose from, few enough for a phone. */
const PER_AREA = 5;
/** Measures of one area read to find its soonest: a region's plans hold hundreds, as Upcoming reads them. */
const MEASURES_READ = 500;

export type RouteItemKind = "event" | "measure";

export type ProposedItem = {
  area: string;
  kind: RouteItemKind;
  eventId: number | null;
  measureId: number | null;
  title: string;
  /** The event's or measure's kind (webinar, course…): the "form of work". */
  form: string;
  startsAt: Date;
  endsAt: Date;
};

/** Colleagues' practices are not in it: the screens read them for the deficits of the page shown (route-handlers.ts). */
export type AreaProposal = { area: string; title: Text; items: ProposedItem[] };
export type Proposal = { attemptId: number; questionnaireId: number; areas: AreaProposal[] };

/** The calendar day of `now` in the zone, as measure dates store days (UTC midnight). */
function today(now: Date, zone: string): Date {
  return new Date(`${DateTime.fromJSDate(now, { zone }).toISODate()}T00:00:00.000Z`);
}

async function proposeForArea(db: Db, person: Person, area: string, now: Date, zone: string): Promise<ProposedItem[]> {
  const events = await db.event.findMany({
    where: { AND: [{ cancelledAt: null, startsAt: { gt: now }, areas: { some: { area } } }, eventsForWhere(person)] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: PER_AREA,
    select: { id: true, title: true, kind: true, startsAt: true, endsAt: true, measureId: true },
  });
  const from = today(now, zone);
  const measures = await db.measure.findMany({
    where: {
      archivedAt: null,
      kind: { in: [...EVENT_KINDS] },
      areas: { some: { area } },
      dates: { some: { start: { gte: from } } },
      plan: { archivedAt: null, ...plansConcerningWhere(person.municipalityId) },
      // A measure already proposed as its event is not proposed twice.
      id: { notIn: events.flatMap((event) => (event.measureId === null ? [] : [event.measureId])) },
    },
    take: MEASURES_READ,
    select: { id: true, title: true, kind: true, dates: { where: { start: { gte: from } }, orderBy: { start: "asc" }, take: 1, select: { start: true, end: true } } },
  });
  const items: ProposedItem[] = [
    ...events.map((event) => ({ area, kind: "event" as const, eventId: event.id, measureId: null, title: event.title, form: event.kind, startsAt: event.startsAt, endsAt: event.endsAt })),
    ...measures.map((measure) => ({ area, kind: "measure" as const, eventId: null, measureId: measure.id, title: measure.title, form: measure.kind, startsAt: measure.dates[0]!.start, endsAt: measure.dates[0]!.end })),
  ];
  items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.eventId ?? a.measureId!) - (b.eventId ?? b.measureId!));
  return items.slice(0, PER_AREA);
}

/** For each deficit of the person's finished attempt (weakest first), what addresses it soonest; null for an attempt not theirs or not finished. */
export async function proposeRoute(db: Db, person: Person, attemptId: number, opts: { now: Date; zone: string }): Promise<Proposal | null> {
  const results = await attemptResults(db, person.userId, attemptId);
  if (!results) return null;
  const areas: AreaProposal[] = [];
  for (const area of results.deficits) {
    const title = results.areas.find((each) => each.id === area)!.title;
    areas.push({ area, title, items: await proposeForArea(db, person, area, opts.now, opts.zone) });
  }
  return { attemptId, questionnaireId: results.questionnaireId, areas };
}

/** Saves what is proposed now as the person's route for the attempt, replacing a route saved before for it. */
export async function saveRoute(db: Db, person: Person, attemptId: number, opts: { now: Date; zone: string }): Promise<Proposal | null> {
  const proposal = await proposeRoute(db, person, attemptId, opts);
  if (!proposal) return null;
  const items = proposal.areas.flatMap((area) => area.items);
  await db.$transaction([
    db.route.deleteMany({ where: { userId: person.userId, attemptId } }),
    db.route.create({
      data: {
        userId: person.userId,
        attemptId,
        savedAt: opts.now,
        items: {
          create: items.map((item, position) => ({ area: item.area, eventId: item.eventId, measureId: item.measureId, title: item.title, startsAt: item.startsAt, endsAt: item.endsAt, position })),
        },
      },
    }),
  ]);
  return proposal;
}

/** An item's state: for an event, the person's registration; for a measure, whether its dates have passed. */
export type RouteItemState = "attended" | "signed-up" | "waitlisted" | "missed" | "not-signed-up" | "cancelled" | "planned" | "past";

export type RouteItemView = {
  area: string;
  kind: RouteItemKind;
  eventId: number | null;
  measureId: number | null;
  title: string;
  form: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  state: RouteItemState;
};

/** Colleagues' practices are not part of it either (see AreaProposal). */
export type SavedRoute = {
  routeId: number;
  attemptId: number;
  savedAt: Date;
  areas: { area: string; title: Text; items: RouteItemView[] }[];
};

function eventState(event: { endsAt: Date; cancelledAt: Date | null }, registration: { status: string; attended: boolean } | undefined, now: Date): RouteItemState {
  if (registration?.attended) return "attended";
  if (event.cancelledAt) return "cancelled";
  if (registration?.status === "registered") return event.endsAt <= now ? "missed" : "signed-up";
  if (registration?.status === "waitlisted" && event.endsAt > now) return "waitlisted";
  return "not-signed-up";
}

/** The person's latest saved route, its items grouped by deficit in saved order, each with its state now. */
export async function myRoute(db: Db, userId: number, now: Date): Promise<SavedRoute | null> {
  const route = await db.route.findFirst({
    where: { userId },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    include: {
      attempt: { select: { scores: true, questionnaire: { select: { definition: true } } } },
      items: {
        orderBy: { position: "asc" },
        include: {
          event: { select: { kind: true, title: true, startsAt: true, endsAt: true, cancelledAt: true, registrations: { where: { userId }, select: { status: true, attended: true } } } },
          measure: { select: { kind: true } },
        },
      },
    },
  });
  if (!route) return null;
  const definition = parseDefinition(route.attempt.questionnaire.definition);
  const areas: SavedRoute["areas"] = [];
  for (const item of route.items) {
    let group = areas.find((each) => each.area === item.area);
    if (!group) {
      const title = definition.areas.find((each) => each.id === item.area)?.title ?? { ru: item.area, en: item.area };
      group = { area: item.area, title, items: [] };
      areas.push(group);
    }
    const event = item.event;
    // The event's own time and title, should it have moved since the route was saved.
    const startsAt = event?.startsAt ?? item.startsAt;
    const endsAt = event?.endsAt ?? item.endsAt;
    const isMeasure = item.eventId === null && item.measureId !== null;
    // A measure's end is a calendar day, over once that day is.
    const measureState: RouteItemState = endsAt && endsAt.getTime() + 86_400_000 > now.getTime() ? "planned" : "past";
    // Neither left: its event (or measure) was deleted since.
    const state: RouteItemState = event ? eventState(event, event.registrations[0], now) : isMeasure ? measureState : "cancelled";
    group.items.push({
      area: item.area,
      kind: isMeasure ? "measure" : "event",
      eventId: item.eventId,
      measureId: item.measureId,
      title: event?.title ?? item.title,
      form: event?.kind ?? item.measure?.kind ?? null,
      startsAt,
      endsAt,
      state,
    });
  }
  // A deficit nothing in the calendar addresses is still listed: colleagues' practices may address it.
  const scores = route.attempt.scores ? (JSON.parse(route.attempt.scores) as Record<string, number>) : {};
  for (const area of deficitsOf(definition, scores)) {
    const title = definition.areas.find((each) => each.id === area)?.title;
    if (title && !areas.some((each) => each.area === area)) areas.push({ area, title, items: [] });
  }
  return { routeId: route.id, attemptId: route.attemptId, savedAt: route.savedAt, areas };
}

/** Whether the person has saved a route (the self-diagnosis list offers it then). */
export async function hasRoute(db: Db, userId: number): Promise<boolean> {
  return (await db.route.findFirst({ where: { userId }, select: { id: true } })) !== null;
}
