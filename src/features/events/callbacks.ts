import { callbackCodec, digits, oneOf, wordOrNone, type Field } from "../../bot/callback-codec.ts";
import type { UpcomingRange } from "./upcoming.ts";
import { CONTEST_RESULTS, type ContestResult } from "./levels.ts";

/** Staff lists: events still ahead or under way, or those over. */
export type EventsWhen = "up" | "past";
/** A manager's list: the events they created, or (admins) everyone's. */
export type EventsWhose = "mine" | "all";
/** What a methodologist can change in a saved event besides its time and place. */
export const EDITABLE_FIELDS = ["title", "description", "capacity", "deadline", "audience", "hours", "level"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/*
 * Callback data of the whole events feature, teachers' screens and management alike: each button
 * kind built and parsed here, nowhere else. The strings are those already sent to people, so
 * old buttons keep working; change one only with a route for the old form.
 */

const id = digits(9);
const page = digits(5);
const range = oneOf<UpcomingRange>("all", "week", "month");
const kind = wordOrNone(20);

/** The list an event card was opened from, with its filter and page: the card's "back" returns there. */
export type CardOrigin =
  | { list: "upcoming"; range: UpcomingRange; kind: string | null; page: number }
  | { list: "mine"; page: number };

/** A card opened from no list (a notice, a link) goes back to the whole Upcoming list. */
export const NO_ORIGIN: CardOrigin = { list: "upcoming", range: "all", kind: null, page: 0 };

/** `u.<range>.<kind>.<page>` or `m.<page>`: one field, so the card's data stays one shape. */
const cardOrigin: Field<CardOrigin> = {
  source: `u\\.(?:${range.source})\\.${kind.source}\\.${page.source}|m\\.${page.source}`,
  maxLength: 2 + range.maxLength + 1 + kind.maxLength + 1 + page.maxLength,
  read(text) {
    const [list, ...rest] = text.split(".");
    if (list === "m") return { list: "mine", page: page.read(rest[0]!) };
    return { list: "upcoming", range: range.read(rest[0]!), kind: kind.read(rest[1]!), page: page.read(rest[2]!) };
  },
  write: (origin) => (origin.list === "mine" ? `m.${origin.page}` : `u.${range.write(origin.range)}.${kind.write(origin.kind)}.${page.write(origin.page)}`),
};

/** Upcoming list, cards, sign-up, calendar file, attendance and the coordinator's list. */
export const EVENT_DATA = {
  upcoming: callbackCodec("ev:up", range, kind, page),
  /** A card opened from no list. */
  card: callbackCodec("ev:card", id),
  /** A card sent as a new message, the pressed one left as it is (an announcement, maybe a photo). */
  cardAsNew: callbackCodec("ev:cardn", id),
  /** A card opened from a list, which its "back" returns to. */
  cardFrom: callbackCodec("ev:card", id, cardOrigin),
  join: callbackCodec("ev:join", id),
  /** Asks "cancel my registration?" (old buttons that cancelled at once ask too). */
  leave: callbackCodec("ev:leave", id),
  /** The answer "yes" to that question. */
  leaveConfirmed: callbackCodec("ev:leave:y", id),
  /** The whole description, when the card shows only its beginning. */
  description: callbackCodec("ev:desc", id),
  ics: callbackCodec("ev:ics", id),
  attendance: callbackCodec("ev:att", id, page),
  toggleAttendance: callbackCodec("ev:att:t", id, id, page),
  /** Sets an attendee's result at a contest to the one named (not "the next"), so a double tap sets it once. */
  contestResult: callbackCodec("ev:att:r", id, id, oneOf<ContestResult>(...CONTEST_RESULTS), page),
  checkInCode: callbackCodec("ev:code", id),
  renewCheckInCode: callbackCodec("ev:code:new", id),
  /** The card's button of old: the coordinator's people at one event, first page. */
  coordinatorList: callbackCodec("ev:coord", id),
  coordinatorEvents: callbackCodec("ev:co:l", oneOf<EventsWhen>("up", "past"), page),
  coordinatorPeople: callbackCodec("ev:co:p", id, oneOf<EventsWhen>("up", "past"), page),
  mine: callbackCodec("ev:my", page),
  menu: "ev:menu",
};

/** Management (methodologists and admins); every one is re-checked against "events.manage". */
export const MANAGE_DATA = {
  fromMeasure: callbackCodec("ev:frommeasure", id),
  /** The first form: upcoming events of one's own, by page. */
  list: callbackCodec("ev:mg:l", digits(6)),
  listOf: callbackCodec("ev:mg:ls", oneOf<EventsWhen>("up", "past"), oneOf<EventsWhose>("mine", "all"), page),
  event: callbackCodec("ev:mg:e", id),
  time: callbackCodec("ev:mg:t", id),
  place: callbackCodec("ev:mg:p", id),
  cancel: callbackCodec("ev:mg:c", id),
  cancelConfirmed: callbackCodec("ev:mg:cy", id),
  edit: callbackCodec("ev:mg:ed", id),
  editField: callbackCodec("ev:mg:ef", id, oneOf<EditableField>(...EDITABLE_FIELDS)),
  create: "ev:mg:new",
  menu: "ev:mg:menu",
};

/** Every button of the feature, and of its management part, for their guards. */
export const ANY_EVENT_DATA = /^ev:/;
export const ANY_MANAGE_DATA = /^ev:(frommeasure|mg):/;
