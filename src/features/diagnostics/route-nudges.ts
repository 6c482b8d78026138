// "A route item starts soon": a day before an event of a saved route begins, to the route's owner
// when they have not signed up (nor queued) yet and sign-up is still open. The button sends the
// event's card as a new message, where the sign-up is.
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind, type NudgePerson } from "../../nudges/kind.ts";
import { EVENT_DATA } from "../events/callbacks.ts";

const DAY = 24 * 60 * 60_000;

export const routeItemSoonNudge: NudgeKind = {
  name: "route-item-soon",
  defaultOn: true,
  async find(db, window) {
    const dueFrom = new Date(window.from.getTime() + DAY);
    const dueTo = new Date(window.to.getTime() + DAY);
    const items = await db.routeItem.findMany({
      where: { event: { cancelledAt: null, startsAt: { gt: dueFrom, lte: dueTo } }, route: { user: REACHABLE } },
      select: {
        event: { select: { id: true, title: true, startsAt: true, registrationDeadline: true } },
        route: { select: { user: { select: NUDGE_PERSON } } },
      },
    });
    const signedUp = await db.registration.findMany({
      where: { eventId: { in: items.map((item) => item.event!.id) }, status: { in: ["registered", "waitlisted"] }, userId: { in: items.map((item) => item.route.user.id) } },
      select: { eventId: true, userId: true },
    });
    const byEvent = new Map<number, { event: NonNullable<(typeof items)[number]["event"]>; people: Map<number, NudgePerson> }>();
    for (const { event, route } of items) {
      const due = new Date(event!.startsAt.getTime() - DAY);
      // Nothing to urge once sign-up has closed.
      if (event!.registrationDeadline && event!.registrationDeadline <= due) continue;
      if (signedUp.some((row) => row.eventId === event!.id && row.userId === route.user.id)) continue;
      const entry = byEvent.get(event!.id) ?? { event: event!, people: new Map() };
      // One person with the event in two routes (or under two deficits) hears of it once.
      entry.people.set(route.user.id, route.user);
      byEvent.set(event!.id, entry);
    }
    return [...byEvent.values()].map(({ event, people }): DueNudge => ({
      subject: `event:${event.id}`,
      dueAt: new Date(event.startsAt.getTime() - DAY),
      recipients: [...people.values()],
      notice: {
        key: "nudge-route-item-soon",
        args: { title: event.title, when: { when: event.startsAt.toISOString() } },
        buttons: [[{ key: "nudge-route-item-soon-open", data: EVENT_DATA.cardAsNew(event.id) }]],
      },
      expiresAt: event.startsAt,
    }));
  },
};
