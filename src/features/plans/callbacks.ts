import { callbackCodec, digits, oneOf, wordOrNone, type Field } from "../../bot/callback-codec.ts";
import type { UpcomingRange } from "../events/upcoming.ts";

/*
 * Callback data of the plans feature, browsing and import alike: each button kind built and
 * parsed here, nowhere else. `pl:list`, `pl:plan`, `pl:sec`, `plan:save` and `plan:cancel` are
 * strings already sent to people, so old buttons keep working.
 */

const id = digits(9);
const page = digits(6);

/** A section's number as documents write it ("2", "II", "2.1"), "П" for the order's deadlines, or "-" for the whole plan. */
const sectionOrWhole: Field<string | null> = {
  source: "[\\w.П-]{1,20}",
  maxLength: 20,
  read: (text) => (text === "-" ? null : text),
  write: (value) => value ?? "-",
};

/** Where a measure was opened from: its section's page ("s") or the page of all measures ("a"). */
export type MeasureOrigin = "s" | "a";

export const PLAN_DATA = {
  list: callbackCodec("pl:list", page),
  /** The archived plans, a list of their own. */
  archive: callbackCodec("pl:arl", page),
  plan: callbackCodec("pl:plan", id),
  section: callbackCodec("pl:sec", id, sectionOrWhole, page),
  measure: callbackCodec("pl:m", id, oneOf<MeasureOrigin>("s", "a")),
  /** A measure opened from "Upcoming", with that list's filter and page, for "back". */
  measureFromUpcoming: callbackCodec("pl:mu", id, oneOf<UpcomingRange>("all", "week", "month"), wordOrNone(20), digits(5)),
  menu: "pl:menu",
};

/**
 * Managing a plan (methodologists and admins): "archive?" and "yes", restore, "delete?" and
 * "yes". Each is refused on the server to anyone else, whatever the client sends.
 */
export const PLAN_MANAGE_DATA = {
  askArchive: callbackCodec("pl:arq", id),
  archive: callbackCodec("pl:ary", id),
  restore: callbackCodec("pl:unar", id),
  askDelete: callbackCodec("pl:delq", id),
  delete: callbackCodec("pl:dely", id),
};

/** Every managing button, routed (and guarded) apart from browsing. */
export const ANY_PLAN_MANAGE_DATA = /^pl:(?:arq|ary|unar|delq|dely):/;

/** Import: Save and Cancel of one held preview. */
export const IMPORT_DATA = {
  save: callbackCodec("plan:save", id),
  cancel: callbackCodec("plan:cancel", id),
};

/** Every browsing button, for the guard that refuses the ones no handler knows. */
export const ANY_PLAN_DATA = /^pl:/;

/** A plan deadline nudge's answers, for one measure date and the school ("s") or municipality ("m") it is for. */
export const DEADLINE_DATA = {
  done: callbackCodec("pd:done", id, oneOf("s", "m"), id),
  later: callbackCodec("pd:later", id, oneOf("s", "m"), id),
};

/** Linking a plan's unmatched executors: the list, an executor's municipalities, a municipality's schools, and the link. */
export const EXECUTOR_DATA = {
  list: callbackCodec("px:list", id, page),
  executor: callbackCodec("px:org", id, id, page),
  municipality: callbackCodec("px:mun", id, id, id, page),
  linkSchool: callbackCodec("px:ls", id, id, id),
  linkBody: callbackCodec("px:lm", id, id, id),
};
