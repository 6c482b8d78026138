import { callbackCodec, oneOf, type Field } from "../../bot/callback-codec.ts";
import { LANGUAGES } from "../profile/steps.ts";
import type { StartPayload } from "./conversation.ts";

/*
 * Callback data of the steps before consent. They are answered without a conversation, so
 * nothing about a person is stored until they agree: the chosen language and the deep link's
 * payload ride in the buttons themselves.
 */

/** The /start payload: "-" none, `e<id>` an event, `i<code>` an invite. */
const payload: Field<StartPayload> = {
  source: String.raw`-|e\d{1,9}|i[A-Za-z0-9_-]{24}`,
  maxLength: 25,
  read: (text) => (text.startsWith("e") ? { eventId: Number(text.slice(1)) } : text.startsWith("i") ? { invite: text.slice(1) } : {}),
  write: (value) => (value.eventId !== undefined ? `e${value.eventId}` : value.invite !== undefined ? `i${value.invite}` : "-"),
};
const lang = oneOf(...LANGUAGES);

export const ONBOARDING_DATA = {
  /** A language chosen: the consent, short, in it. */
  language: callbackCodec("onb:l", lang, payload),
  /** The consent's full text, or its short one again. */
  consent: callbackCodec("onb:c", oneOf("full", "short"), lang, payload),
  agree: callbackCodec("onb:a", lang, payload),
  decline: callbackCodec("onb:d", lang),
  /** "Start": the first question again (for a stranger) or the menu (for someone registered). */
  start: "onb:start",
};
