import { callbackCodec, digits, oneOf, wordOrNone } from "./callback-codec.ts";
import type { UpcomingRange } from "./upcoming.ts";

/*
 * Callback data of the whole events feature, teachers' screens and management alike: each button
 * kind built and parsed here, nowhere else. The strings are those already sent to people, so
 * old buttons keep working; change one only with a route for the old form.
 */

const id = digits(9);
const page = digits(5);

/** Upcoming list, cards, sign-up, calendar file, attendance and the coordinator's list. */
export const EVENT_DATA = {
  upcoming: callbackCodec("ev:up", oneOf<UpcomingRange>("all", "week", "month"), wordOrNone(20), page),
  card: callbackCodec("ev:card", id),
  join: callbackCodec("ev:join", id),
  leave: callbackCodec("ev:leave", id),
  ics: callbackCodec("ev:ics", id),
  attendance: callbackCodec("ev:att", id, page),
  toggleAttendance: callbackCodec("ev:att:t", id, id, page),
  checkInCode: callbackCodec("ev:code", id),
  coordinatorList: callbackCodec("ev:coord", id),
  mine: "ev:my",
  menu: "ev:menu",
};

/** Management (methodologists and admins); every one is re-checked against "events.manage". */
export const MANAGE_DATA = {
  fromMeasure: callbackCodec("ev:frommeasure", id),
  list: callbackCodec("ev:mg:l", digits(6)),
  event: callbackCodec("ev:mg:e", id),
  time: callbackCodec("ev:mg:t", id),
  place: callbackCodec("ev:mg:p", id),
  cancel: callbackCodec("ev:mg:c", id),
  cancelConfirmed: callbackCodec("ev:mg:cy", id),
  create: "ev:mg:new",
  menu: "ev:mg:menu",
};

/** Every button of the feature, and of its management part, for their guards. */
export const ANY_EVENT_DATA = /^ev:/;
export const ANY_MANAGE_DATA = /^ev:(frommeasure|mg):/;
