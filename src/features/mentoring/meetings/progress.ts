// The pair's plan and how it goes, as both of them see it (staff over the mentee without the route):
// meetings planned and held, the last one, and — only while the mentee lets the mentor see it —
// the mentee's route. The mentee's consent
// is theirs alone to give and take back; the mentor is told when it is given.
import type { Db } from "../../../db/client.ts";
import { enqueue } from "../../../messaging/enqueue.ts";
import { myRoute, type SavedRoute } from "../../diagnostics/route-service.ts";
import { MEETING, forChange, pairAccess, planAccess, refuse, type Meeting, type Outcome, type Pair, type PairAccess, type PlanViewer, type Viewer } from "./access.ts";
import { MEETING_DATA } from "./callbacks.ts";

/** The mentee's route as the plan shows it: not shown to the mentor, shown but never saved, or its items done. */
export type RouteProgress = { kind: "hidden" } | { kind: "none" } | { kind: "shared"; done: number; total: number };

export type Progress = {
  planned: number;
  held: number;
  /** When the latest meeting that took place began. */
  lastHeld: Date | null;
  startedAt: Date | null;
  route: RouteProgress;
};

export type PairPlan = {
  pair: Pair;
  viewer: PlanViewer;
  /** The soonest first. */
  upcoming: Meeting[];
  /** The latest first. */
  past: Meeting[];
  progress: Progress;
};

/** An item is done once the mentee's attendance is confirmed. */
export function routeProgress(route: SavedRoute | null): RouteProgress {
  if (!route) return { kind: "none" };
  const items = route.areas.flatMap((area) => area.items);
  return { kind: "shared", done: items.filter((item) => item.state === "attended").length, total: items.length };
}

/** The plan as the viewer sees it; the route's progress only for the pair's two, and only while shown. */
export async function pairPlan(db: Db, opts: { pairId: number; viewer: Viewer; now: Date }): Promise<Outcome<PairPlan>> {
  const access = await planAccess(db, opts);
  if (!access.ok) return access;
  const { pair, viewer } = access.value;
  const meetings = await db.pairMeeting.findMany({ where: { pairId: pair.id }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: MEETING });
  const held = meetings.filter((meeting) => meeting.heldAt !== null);
  const route: RouteProgress = pair.routeShared && pair.active && viewer !== "coordinator" ? routeProgress(await myRoute(db, pair.mentee.id, opts.now)) : { kind: "hidden" };
  return {
    ok: true,
    value: {
      pair,
      viewer,
      upcoming: meetings.filter((meeting) => meeting.startsAt > opts.now),
      past: meetings.filter((meeting) => meeting.startsAt <= opts.now).reverse(),
      progress: { planned: meetings.length, held: held.length, lastHeld: held.at(-1)?.startsAt ?? null, startedAt: pair.startedAt, route },
    },
  };
}

/** The mentee shows their route to the mentor (who is told) or hides it; true when it changed. */
export async function setRouteShared(db: Db, opts: { pairId: number; userId: number; shared: boolean; now: Date }): Promise<Outcome<boolean>> {
  return db.$transaction(async (tx) => {
    const access = forChange(await pairAccess(tx, opts));
    if (!access.ok) return access;
    if (access.value.role !== "mentee") return refuse("not-allowed");
    const { count } = await tx.mentorPair.updateMany({ where: { id: opts.pairId, status: "active", routeShared: !opts.shared }, data: { routeShared: opts.shared } });
    if (count && opts.shared) {
      const { mentor, mentee } = access.value.pair;
      await enqueue(tx, {
        source: `pair:${opts.pairId}`,
        purpose: `route-shared:${opts.now.getTime()}`,
        recipients: [{ userId: mentor.id, telegramId: mentor.telegramId }],
        notice: { key: "meetings-route-shared-notice", args: { name: mentee.fullName ?? "—" }, buttons: [[{ key: "meetings-route-open", data: MEETING_DATA.route(opts.pairId, 0) }]] },
        now: opts.now,
      });
    }
    return { ok: true, value: count > 0 };
  });
}

/** The mentee's latest saved route, for their mentor while the mentee shows it. */
export async function menteeRoute(db: Db, opts: { pairId: number; userId: number; now: Date }): Promise<Outcome<{ access: PairAccess; route: SavedRoute }>> {
  const access = forChange(await pairAccess(db, opts));
  if (!access.ok) return access;
  const { pair, role } = access.value;
  if (role !== "mentor") return refuse("not-allowed");
  if (!pair.routeShared) return refuse("not-shared");
  const route = await myRoute(db, pair.mentee.id, opts.now);
  return route ? { ok: true, value: { access: access.value, route } } : refuse("no-route");
}
