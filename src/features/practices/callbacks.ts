import { callbackCodec, digits, oneOf, type Field } from "../../bot/callback-codec.ts";
import { COMPETENCY_AREAS, type CompetencyArea } from "../plans/parser/types.ts";
import { SUBJECTS, type Subject } from "../profile/subjects.ts";

const id = digits(9);
const page = digits(3);
const subject = oneOf<Subject>(...SUBJECTS);
const area = oneOf<CompetencyArea>(...COMPETENCY_AREAS);

/** Characters of a search kept in a button: Cyrillic takes two bytes of Telegram's 64, and a card's data holds it too. */
export const QUERY_MAX = 21;

/** The words searched for, lower-cased letters, digits and spaces (see search.ts), last in the data. */
const query: Field<string> = { source: `[^:.]{1,${QUERY_MAX}}`, maxLength: 2 * QUERY_MAX, read: (text) => text, write: (text) => text };

/** The list a card was opened from, which its "back" returns to; "n" for none (a route, a notice). */
export type CardOrigin =
  | { list: "subject"; subject: Subject; page: number }
  | { list: "area"; area: CompetencyArea; page: number }
  | { list: "search"; query: string; page: number }
  | { list: "mine"; page: number }
  | { list: "none" };

/** `s.<subject>.<page>`, `a.<area>.<page>`, `f.<page>.<words>`, `m.<page>` or `n`: one field. */
const origin: Field<CardOrigin> = {
  source: [`s\\.(?:${subject.source})\\.\\d{1,3}`, `a\\.(?:${area.source})\\.\\d{1,3}`, `f\\.\\d{1,3}\\.${query.source}`, `m\\.\\d{1,3}`, "n"].join("|"),
  maxLength: 2 + page.maxLength + 1 + query.maxLength,
  read(text) {
    const [list, first = "", second = ""] = text.split(".");
    if (list === "s") return { list: "subject", subject: first as Subject, page: Number(second) };
    if (list === "a") return { list: "area", area: first as CompetencyArea, page: Number(second) };
    if (list === "f") return { list: "search", query: second, page: Number(first) };
    if (list === "m") return { list: "mine", page: Number(first) };
    return { list: "none" };
  },
  write(value) {
    if (value.list === "subject") return `s.${value.subject}.${value.page}`;
    if (value.list === "area") return `a.${value.area}.${value.page}`;
    if (value.list === "search") return `f.${value.page}.${value.query}`;
    if (value.list === "mine") return `m.${value.page}`;
    return "n";
  },
};

/** Callback data of "💡 Practices", built and parsed only here. */
export const PRACTICE_DATA = {
  home: "pr:h",
  /** The subjects, then the areas, with how many approved practices each has. */
  subjects: "pr:sl",
  areas: "pr:al",
  bySubject: callbackCodec("pr:s", subject, page),
  byArea: callbackCodec("pr:a", area, page),
  /** "🔎 Search": the words are asked for; then the page'th of what they found. */
  search: "pr:q",
  found: callbackCodec("pr:f", query, page),
  /** A card in place of the list it was opened from. */
  card: callbackCodec("pr:c", id, origin),
  /** A card as a new message, the pressed one left as it is (the route). */
  cardAsNew: callbackCodec("pr:cn", id),
  /** The practice's document, sent as a message of its own. */
  file: callbackCodec("pr:fl", id),
  submit: "pr:new",
  mine: callbackCodec("pr:m", page),
  /** The author's "edit and send again" of a practice sent back to them. */
  edit: callbackCodec("pr:e", id),
  menu: "pr:menu",
  /** Methodologists: the page'th submitted practice, one at a time, and the decisions on it. */
  review: callbackCodec("pr:rv", page),
  approve: callbackCodec("pr:ra", id, page),
  sendBack: callbackCodec("pr:rb", id, page),
  reject: callbackCodec("pr:rj", id, page),
  import: "pr:imp",
};

/** Every button of this feature, and those of the methodologists alone (guarded by REVIEW_PERMISSION). */
export const ANY_PRACTICE_DATA = /^pr:/;
export const ANY_REVIEW_DATA = /^pr:(r[vabj]|imp)/;
