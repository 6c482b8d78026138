// What the bot tells people about events on its own, queued in the outbox in the transaction
// that caused it. No grammY here: these run inside services.
import type { Tx } from "../../db/client.ts";
import { enqueue, type Recipient } from "../../messaging/enqueue.ts";
import type { Notice } from "../../messaging/notice.ts";
import { EVENT_DATA } from "./callbacks.ts";

/** The outbox source of everything an event's changes send; one event's messages count together. */
export const eventSource = (eventId: number) => `event:${eventId}`;

/**
 * A freed seat went to this person: the event, the link, a button to give the seat back (which
 * promotes the next in line) and one to open the card.
 */
export async function enqueuePromotion(tx: Tx, opts: { eventId: number; registrationId: number; recipient: Recipient; now: Date }): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: opts.eventId }, select: { title: true, startsAt: true, link: true, place: true } });
  await enqueue(tx, {
    source: eventSource(opts.eventId),
    // A person may be promoted, give the seat back and be promoted again: each promotion is its own message.
    purpose: `promoted:${opts.registrationId}:${opts.now.getTime()}`,
    recipients: [opts.recipient],
    notice: {
      key: "event-promoted",
      args: { title: event.title, when: { when: event.startsAt.toISOString() }, where: event.link ?? event.place ?? "—" },
      buttons: [[{ key: "event-give-back", data: EVENT_DATA.leave(opts.eventId) }], [{ key: "event-open-card", data: EVENT_DATA.card(opts.eventId) }]],
    },
    now: opts.now,
    expiresAt: event.startsAt,
  });
}

/** What changed, for the message each registered or waiting person gets. */
export type EventChange =
  /** `deadline`: where the registration deadline moved with it, if the event has one. */
  | { kind: "time"; before: Date; after: Date; deadline: Date | null }
  | { kind: "place"; place: string | null; link: string | null }
  | { kind: "cancel" };

/**
 * Tells everyone signed up or waiting what changed, in their language and zone when it is sent,
 * with a button to open the event.
 * The join link is for people with a seat, as on the card; the waiting hear that it changed.
 * Returns how many people will be told.
 */
export async function enqueueEventChange(tx: Tx, opts: { eventId: number; change: EventChange; now: Date }): Promise<number> {
  const { eventId, change, now } = opts;
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { title: true, startsAt: true } });
  const people = await tx.registration.findMany({
    where: { eventId, status: { in: ["registered", "waitlisted"] } },
    orderBy: { id: "asc" },
    select: { status: true, user: { select: { id: true, telegramId: true } } },
  });
  const common = { source: eventSource(eventId), purpose: `${change.kind}:${now.getTime()}`, now };
  const when = { when: event.startsAt.toISOString() };
  const notices: { status: string; notice: Notice }[] = [];
  const openButton = [[{ key: "event-open-card", data: EVENT_DATA.card(eventId) }]];
  if (change.kind === "time") {
    const args = { title: event.title, before: { when: change.before.toISOString() }, after: { when: change.after.toISOString() } };
    const notice = change.deadline === null
      ? { key: "event-manage-tell-time", args }
      : { key: "event-manage-tell-time-deadline", args: { ...args, deadline: { when: change.deadline.toISOString() } } };
    notices.push({ status: "*", notice });
  } else if (change.kind === "cancel") {
    notices.push({ status: "*", notice: { key: "event-manage-tell-cancel", args: { title: event.title, when } } });
  } else {
    const where = change.link ?? change.place ?? "—";
    notices.push({ status: "registered", notice: { key: "event-manage-tell-place", args: { title: event.title, when, where } } });
    const later = change.link ? { key: "event-manage-tell-link-later" } : where;
    notices.push({ status: "waitlisted", notice: { key: "event-manage-tell-place", args: { title: event.title, when, where: later } } });
  }
  for (const { status, notice } of notices) {
    const recipients = people.flatMap((p) => ((status === "*" || p.status === status) && p.user ? [{ userId: p.user.id, telegramId: p.user.telegramId }] : []));
    await enqueue(tx, { ...common, recipients, notice: { ...notice, buttons: openButton } });
  }
  return people.length;
}
