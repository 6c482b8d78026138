import { callbackCodec, digits, oneOf } from "../../bot/callback-codec.ts";

const id = digits(9);
const page = digits(4);

/** Callback data of the staff's self-diagnosis results: each button kind built and parsed here. */
export const AGGREGATE_DATA = {
  list: callbackCodec("dga:l"),
  /** A questionnaire: the groups the person may see (the region's municipalities a page at a time). */
  open: callbackCodec("dga:q", id, page),
  region: callbackCodec("dga:r", id),
  /** A municipality, its schools a page at a time. */
  municipality: callbackCodec("dga:m", id, id, page),
  school: callbackCodec("dga:s", id, id),
  /** The chart of a group: r (region, id 0), m or s; questionnaire, then the place. */
  chart: callbackCodec("dga:c", oneOf("r", "m", "s"), id, id),
  menu: callbackCodec("dga:h"),
};

/** Every button above, for the permission guard and the "outdated" catch-all. */
export const ANY_AGGREGATE_DATA = /^dga:/;
