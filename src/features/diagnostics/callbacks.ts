import { callbackCodec, digits, type Field } from "../../bot/callback-codec.ts";

const id = digits(9);
/** A question's place in its questionnaire (the definition allows at most 200). */
const questionIndex = digits(3);
/** An answer option's id, as definition.ts bounds it. */
const optionId: Field<string> = { source: "[a-z0-9][a-z0-9_-]{0,39}", maxLength: 40, read: (text) => text, write: (value) => value };

/** Callback data of self-diagnosis: each button kind built and parsed here. */
export const DIAGNOSTICS_DATA = {
  /** Start, resume, or (when finished) see the results of a questionnaire. */
  open: callbackCodec("dg:o", id),
  /** The person's questionnaires, as the main menu's entry shows them. */
  list: callbackCodec("dg:tl"),
  /** An answer: attempt, question index, option. */
  answer: callbackCodec("dg:ta", id, questionIndex, optionId),
  /** Shows an earlier question of the attempt, to change its answer. */
  back: callbackCodec("dg:tb", id, questionIndex),
  pause: callbackCodec("dg:tp", id),
  /** Begins another attempt of a questionnaire once its retake interval has passed. */
  retake: callbackCodec("dg:tn", id),
  /** Back to the main menu from a diagnostics screen. */
  menu: callbackCodec("dg:tm"),
  /** The route (ИОМ) proposed for a finished attempt's deficits: attempt, page. */
  routeProposal: callbackCodec("dg:rp", id, digits(3)),
  /** Saves that proposal as the person's route for the attempt. */
  routeSave: callbackCodec("dg:rs", id),
  /** The person's saved route with each item's state, by page. */
  route: callbackCodec("dg:rv", digits(3)),
  routeDocx: callbackCodec("dg:rd"),
  routeIcs: callbackCodec("dg:ri"),
  routeXlsx: callbackCodec("dg:rx"),
};
