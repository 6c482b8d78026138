import { callbackCodec, digits, oneOf } from "../../bot/callback-codec.ts";

/** Callback data of announcements: each built and parsed here, nowhere else. */
const id = digits(9);
const page = digits(5);
const kind = oneOf("regional", "municipal");

export const BROADCAST_DATA = {
  /** The history, a page of it. */
  list: callbackCodec("bc:l", page),
  open: callbackCodec("bc:v", id, page),
  compose: "bc:new",
  /** The announcements screen of the main menu, and the way back from it. */
  home: "bc:home",
  menu: "bc:menu",
  /** "Stop" asks first; "yes" withdraws what is not yet sent. */
  stop: callbackCodec("bc:s", id),
  stopYes: callbackCodec("bc:sy", id),
  /** "No" to that question: the announcement goes on. */
  stopNo: callbackCodec("bc:sn", id),
  /** The file of those who did not get it. */
  missed: callbackCodec("bc:m", id),
  /** From an announcement itself: no more of this kind; and the way back. */
  mute: callbackCodec("bc:mute", kind),
  unmute: callbackCodec("bc:unmute", kind),
};
