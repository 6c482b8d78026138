import { callbackCodec, digits, oneOf } from "../../../bot/callback-codec.ts";

const id = digits(9);
const page = digits(4);

/** Callback data of a pair's meetings: each button kind built and parsed here. */
export const MEETING_DATA = {
  /** A pair's plan of meetings and its progress. */
  list: callbackCodec("mm:l", id),
  /** The plan sent as a new message, from a notice or a reminder, which stays in the chat. */
  listAsNew: callbackCodec("mm:ln", id),
  /** The same plan, a page of its meetings further on. */
  listPage: callbackCodec("mm:lp", id, page),
  /** "➕ Plan a meeting" for a pair: the date, then the topic. */
  add: callbackCodec("mm:a", id),
  /** One meeting, with what can be done to it now. */
  meeting: callbackCodec("mm:m", id),
  /** An upcoming meeting: another date and time. */
  move: callbackCodec("mm:mv", id),
  /** An upcoming meeting: "Cancel it?", then "Yes". */
  deleteAsk: callbackCodec("mm:dq", id),
  delete: callbackCodec("mm:dl", id),
  /** "✅ The meeting took place" (from the nudge or the meeting), then the note. */
  held: callbackCodec("mm:h", id),
  /** The note of a meeting that took place, written or rewritten later. */
  note: callbackCodec("mm:n", id),
  /** The mentee shows their route to the mentor, or stops: the value to set, so an old button never flips it back. */
  share: callbackCodec("mm:s", id, oneOf("on", "off")),
  /** The mentor reads the mentee's route, a page of its deficits. */
  route: callbackCodec("mm:r", id, page),
};

export const ANY_MEETING_DATA = /^mm:/;
