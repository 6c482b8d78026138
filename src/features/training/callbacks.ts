import { callbackCodec, digits, oneOf } from "../../bot/callback-codec.ts";

const id = digits(9);
const page = digits(4);
/** A report scope: the region (id 0), a municipality or a school (see ../reports/scope.ts). */
const scopeKind = oneOf("r", "m", "s");

/** Callback data of "🎓 My training" and of the coordinators' review, built and parsed only here. */
export const TRAINING_DATA = {
  /** The teacher's own list, a page of it. */
  mine: callbackCodec("tr:my", page),
  /** "➕ Add a course": the questions, one a message. */
  add: "tr:add",
  /** "Delete?" for one of their records, then "Yes"; the page is the list's, to return to. */
  deleteAsk: callbackCodec("tr:dq", id, page),
  delete: callbackCodec("tr:dl", id, page),
  /** Back to the profile, where the list is opened from. */
  profile: "tr:pf",
  /** Coordinators: the page'th record awaiting confirmation in a scope, one at a time. */
  review: callbackCodec("tr:rv", scopeKind, id, page),
  confirm: callbackCodec("tr:rc", scopeKind, id, id, page),
  decline: callbackCodec("tr:rd", scopeKind, id, id, page),
  /** The certificate's photo or scan of a record, sent as a message of its own. */
  certificate: callbackCodec("tr:rf", id),
};

/** Every button of this feature, and those of the review alone (guarded by "reports.view"). */
export const ANY_TRAINING_DATA = /^tr:/;
export const ANY_REVIEW_DATA = /^tr:r/;
