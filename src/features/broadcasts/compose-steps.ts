// The first questions of an announcement: the message itself, then the buttons under it.
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { CANCELLED, type Cancellable, type Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import type { Db } from "../../db/client.ts";
import { CAPTION_LIMIT, copyOf, type MessageCopy } from "../../messaging/copy.ts";
import type { NoticeButton } from "../../messaging/notice.ts";
import { EVENT_DATA } from "../events/callbacks.ts";
import { clip } from "../events/card-text.ts";
import { asWebLink, isWebLink, LINK_MAX } from "../events/create-event.ts";
import { pickNamed } from "../events/manage/audience-steps.ts";

/** Telegram's limit for a button's text; an author's link label is shown as typed. */
export const LABEL_MAX = 64;
const EVENTS_SHOWN = 200;

/**
 * The one message recipients get, as the author sent it. Refusals name the reason; an album
 * arrives as several messages, and only its first is answered.
 */
export function askContent(flow: Flow): Promise<Cancellable<MessageCopy>> {
  let refusedAlbum: string | undefined;
  return flow.step<MessageCopy>({
    cancellable: true,
    screen: () => ({ text: flow.t("broadcast-ask-content", { max: CAPTION_LIMIT }) }),
    onMessage: (message) => {
      const read = copyOf(message);
      if ("copy" in read) return { done: read.copy };
      if (read.refused === "copy-album") {
        if (message.media_group_id === refusedAlbum) return { ignore: true };
        refusedAlbum = message.media_group_id;
      }
      return { refuse: flow.t(read.refused, { max: CAPTION_LIMIT }) };
    },
  });
}

/** The optional buttons: sign-up for one event, one link (the mute row is added to every announcement). */
export type ExtraButtons = { event: { id: number; title: string } | null; link: { label: string; url: string } | null };

export const NO_BUTTONS: ExtraButtons = { event: null, link: null };

export function buttonRows(extra: ExtraButtons): NoticeButton[][] {
  const rows: NoticeButton[][] = [];
  if (extra.event) rows.push([{ key: "broadcast-button-signup", data: EVENT_DATA.cardAsNew(extra.event.id) }]);
  if (extra.link) rows.push([{ label: extra.link.label, url: extra.link.url }]);
  return rows;
}

/** Toggles for the two buttons; a set one is taken off by pressing it again. */
export async function askButtons(flow: Flow, opts: { zone: string }): Promise<Cancellable<ExtraButtons>> {
  const chosen: ExtraButtons = structuredClone(NO_BUTTONS);
  for (;;) {
    const choice = await flow.step<"done" | "event" | "link">({
      cancellable: true,
      screen: () => {
        const t = flow.t.bind(flow);
        const keyboard = new InlineKeyboard()
          .text(chosen.event ? t("broadcast-buttons-event-set", { title: clip(chosen.event.title, 40) }) : t("broadcast-buttons-event"), "s:event")
          .row()
          .text(chosen.link ? t("broadcast-buttons-link-set", { label: clip(chosen.link.label, 40) }) : t("broadcast-buttons-link"), "s:link")
          .row()
          .text(t("button-done"), "s:done");
        return { text: t("broadcast-ask-buttons"), keyboard };
      },
      onButton: (data) => {
        if (data === "done") return { done: data };
        if (data === "event" || data === "link") {
          if (!chosen[data]) return { done: data };
          chosen[data] = null;
          return { redraw: true };
        }
        return undefined;
      },
    });
    if (choice === CANCELLED) return CANCELLED;
    if (choice === "done") return chosen;
    if (choice === "event") {
      const event = await pickEvent(flow, { zone: opts.zone, textKey: "broadcast-pick-signup-event", upcomingOnly: true });
      if (event === CANCELLED) return CANCELLED;
      if (event !== "back") chosen.event = event;
      continue;
    }
    const link = await askLink(flow);
    if (link === CANCELLED) return CANCELLED;
    if (link !== "back") chosen.link = link;
  }
}

/** Events an announcement can point at: not cancelled, from `from` on, soonest first. */
export function choosableEvents(db: Db, opts: { from: Date }) {
  return db.event.findMany({
    where: { cancelledAt: null, startsAt: { gte: opts.from } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: EVENTS_SHOWN,
    select: { id: true, title: true, startsAt: true },
  });
}

const PAST_EVENTS_DAYS = 90;

/**
 * One event by title (typing part of it narrows the list): upcoming ones for a sign-up button,
 * also those of the last months for an audience of attendees. "back" when there is none to pick.
 */
export async function pickEvent(
  flow: Flow,
  opts: { zone: string; textKey: string; upcomingOnly: boolean },
): Promise<Cancellable<{ id: number; title: string; started: boolean } | "back">> {
  const events = await flow.conversation.external(async (outer) => {
    const now = outer.deps.clock.now();
    const from = opts.upcomingOnly ? now : new Date(now.getTime() - PAST_EVENTS_DAYS * 86_400_000);
    const rows = await choosableEvents(outer.deps.db, { from });
    return rows.map((event) => ({ id: event.id, title: event.title, startsAt: event.startsAt.getTime(), started: event.startsAt <= now }));
  });
  if (!events.length) {
    await flow.say(flow.t("broadcast-no-events"));
    return "back";
  }
  // The date first: a phone cuts a long label at its end, and the date tells a series' events apart.
  const items = events.map((event) => ({ id: event.id, name: `${DateTime.fromMillis(event.startsAt, { zone: opts.zone }).toFormat("dd.MM.yy")} · ${clip(event.title, 45)}` }));
  const picked = await pickNamed(flow, { items, textKey: opts.textKey });
  if (picked === CANCELLED || picked === "back") return picked;
  if (picked === "whole") return "back";
  const event = events.find((each) => each.id === picked.id)!;
  return { id: event.id, title: event.title, started: event.started };
}

/** A link button: the https address, then its label. */
async function askLink(flow: Flow): Promise<Cancellable<{ label: string; url: string } | "back">> {
  const back = () => new InlineKeyboard().text(flow.t("button-back"), "s:back");
  const url = await flow.step<string | "back">({
    cancellable: true,
    screen: () => ({ text: flow.t("broadcast-ask-link-url"), keyboard: back() }),
    onButton: (data) => (data === "back" ? { done: "back" } : undefined),
    onText: (text) => {
      const link = asWebLink(text);
      if (link === null || !link.toLowerCase().startsWith("https://") || !isWebLink(link) || link.length > LINK_MAX) return { refuse: flow.t("broadcast-link-invalid") };
      return { done: link };
    },
  });
  if (url === CANCELLED || url === "back") return url;
  const label = await flow.step<string | "back">({
    cancellable: true,
    screen: () => ({ text: flow.t("broadcast-ask-link-label", { url: esc(url), max: LABEL_MAX }), keyboard: back() }),
    onButton: (data) => (data === "back" ? { done: "back" } : undefined),
    onText: (text) => {
      const typed = text.trim().replace(/\s+/g, " ");
      return typed.length >= 1 && typed.length <= LABEL_MAX ? { done: typed } : { refuse: flow.t("broadcast-link-label-invalid", { max: LABEL_MAX }) };
    },
  });
  if (label === CANCELLED || label === "back") return label;
  return { label, url };
}
