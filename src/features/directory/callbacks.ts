import { callbackCodec, digits, oneOf } from "../../bot/callback-codec.ts";
import type { EntryKind } from "./delete-or-merge.ts";

/*
 * Callback data of the directory screens: each button kind built and parsed here, nowhere else.
 * `kind` says whether the id is a municipality's or a school's.
 */

const id = digits(9);
const page = digits(5);
const kind = oneOf<EntryKind>("municipality", "school");

export const DIRECTORY_DATA = {
  /** The list of municipalities, a page of it. */
  list: callbackCodec("dir:l", page),
  /** A municipality's card with a page of its schools. */
  municipality: callbackCodec("dir:m", id, page),
  school: callbackCodec("dir:s", id),
  addMunicipality: "dir:add:m",
  addSchool: callbackCodec("dir:add:s", id),
  rename: callbackCodec("dir:ren", kind, id),
  merge: callbackCodec("dir:mrg", kind, id),
  /** Asks, or says what still points at the entry. */
  delete: callbackCodec("dir:del", kind, id),
  deleteConfirmed: callbackCodec("dir:dely", kind, id),
};

/** Every button of the directory, for its permission guard. */
export const ANY_DIRECTORY_DATA = /^dir:/;
