import { callbackCodec, digits, oneOf, wordOrNone } from "../../bot/callback-codec.ts";
import { DECLINE_REASON_CODES } from "./rules.ts";

const id = digits(9);
const page = digits(4);
/** A report scope: the region (id 0), a municipality or a school (see ../reports/scope.ts). */
const scopeKind = oneOf("r", "m", "s");
/** A subject code (../profile/subjects.ts), or "-" for any. */
const subject = wordOrNone(20);

/** Callback data of mentoring: each button kind built and parsed here. */
export const MENTORING_DATA = {
  /** The person's mentoring screen (as mentor, as mentee, asking for a mentor). */
  home: callbackCodec("mt:h"),
  /** One pair, as either of its two people or a coordinator of their place sees it. */
  pair: callbackCodec("mt:p", id),
  /** One pair opened from a page of a scope's pairs: its "‹ Back" returns to that page. */
  pairInList: callbackCodec("mt:pi", id, scopeKind, id, page),
  /** Back to the main menu. */
  menu: callbackCodec("mt:m"),
  /** Offer to mentor, or change the offer: the questions, one a message. */
  offer: callbackCodec("mt:o"),
  /** "Withdraw the offer?", then withdrawn. */
  withdrawAsk: callbackCodec("mt:wq"),
  withdraw: callbackCodec("mt:w"),
  /** A young teacher asks for a mentor: which subject, then the request itself. */
  askSubject: callbackCodec("mt:rq"),
  ask: callbackCodec("mt:r", subject),
  /** The young teacher takes their request back. */
  cancelAsk: callbackCodec("mt:rc", id),
  /** One of the two people answers a proposed pair. */
  accept: callbackCodec("mt:pa", id),
  decline: callbackCodec("mt:pd", id),
  /** Either of the two ends an active pair: the reason is asked. */
  end: callbackCodec("mt:e", id),
  /** Coordinators: the scopes they hold, then a scope's view. */
  scopes: callbackCodec("mt:cs"),
  coordinator: callbackCodec("mt:c", scopeKind, id),
  /** The scope's young teachers without a mentor, a page of them. */
  young: callbackCodec("mt:y", scopeKind, id, page),
  /** Mentors suggested for one young teacher of the scope; then a pair proposed with one of them. */
  suggest: callbackCodec("mt:s", scopeKind, id, id),
  propose: callbackCodec("mt:pp", scopeKind, id, id, id),
  /** The same suggestions opened from the notice of a young teacher's request (its pair id): what became of the request first. */
  suggestForRequest: callbackCodec("mt:sr", scopeKind, id, id),
  /** A young teacher's request (its pair id) declined by a coordinator of the scope: the reasons, then one picked. */
  declineRequestAsk: callbackCodec("mt:dq", scopeKind, id, id),
  declineRequest: callbackCodec("mt:dr", scopeKind, id, id, oneOf(...DECLINE_REASON_CODES)),
  /** The scope's pairs (pending and active, then ended), and its bank of mentors, a page each. */
  pairs: callbackCodec("mt:pl", scopeKind, id, page),
  mentors: callbackCodec("mt:ml", scopeKind, id, page),
  /** The scope's pairs, young teachers and mentors as .xlsx (x) or .csv (c). */
  export: callbackCodec("mt:x", oneOf("x", "c"), scopeKind, id),
};

export const ANY_MENTORING_DATA = /^mt:/;
/** The coordinators' buttons (guarded by "reports.view"). */
export const ANY_COORDINATOR_DATA = /^mt:(cs|c|y|s|sr|pp|dq|dr|pl|ml|x)(:|$)/;
