import { callbackCodec, digits } from "../../bot/callback-codec.ts";

const id = digits(9);

/** Callback data of managing questionnaires (methodologists): each button kind built and parsed here. */
export const MANAGE_QUESTIONNAIRE_DATA = {
  list: callbackCodec("dgm:l"),
  open: callbackCodec("dgm:o", id),
  publish: callbackCodec("dgm:p", id),
  close: callbackCodec("dgm:c", id),
  due: callbackCodec("dgm:d", id),
  audience: callbackCodec("dgm:a", id),
  menu: callbackCodec("dgm:m"),
};

/** Every button above, for the feature's permission guard and its "outdated" catch-all. */
export const ANY_MANAGE_QUESTIONNAIRE_DATA = /^dgm:/;

/** Conversation ids, and what each is entered with. */
export const SET_QUESTIONNAIRE_DUE = "questionnaire-due-date";
export const SET_QUESTIONNAIRE_AUDIENCE = "questionnaire-audience";
export type QuestionnaireChangeArgs = { lang: string; id: number };
