import { callbackCodec, digits } from "../../bot/callback-codec.ts";

/** Callback data of the admins' "Missing schools" screens: each built and parsed here, nowhere else. */
const id = digits(9);
const page = digits(5);

export const SCHOOL_REQUEST_DATA = {
  list: callbackCodec("sreq:l", page),
  /** One request with its "add" and "dismiss"; the page is the list's, for "back". */
  open: callbackCodec("sreq:v", id, page),
  add: callbackCodec("sreq:a", id, page),
  dismiss: callbackCodec("sreq:d", id, page),
};
