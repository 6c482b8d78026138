// The questions of "➕ Add a course", one a message; each bad answer gets its rule and the same question.
import { InlineKeyboard } from "grammy";
import type { Cancellable, Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { daysInWords } from "./screens.ts";
import { dayStart } from "./service.ts";
import {
  CERTIFICATE_MAX_MB,
  HOURS_MAX,
  NUMBER_MAX,
  TEXT_MAX,
  certificateOf,
  checkCertificateNumber,
  checkText,
  parseDays,
  parseHours,
  type Check,
  type TrainingInput,
  type TrainingRule,
} from "./validation.ts";

const RULE_KEYS: Record<TrainingRule, string> = {
  title: "training-rule-title",
  provider: "training-rule-provider",
  hours: "training-rule-hours",
  "dates-format": "training-rule-dates-format",
  "dates-no-such-day": "training-rule-dates-no-such-day",
  "dates-order": "training-rule-dates-order",
  "dates-future": "training-rule-dates-future",
  "dates-too-early": "training-rule-dates-too-early",
  number: "training-rule-number",
  "file-type": "training-rule-file-type",
  "file-size": "training-rule-file-size",
};

/** The rule an answer broke, in the person's words. */
export function ruleText(flow: Flow, rule: TrainingRule): string {
  return flow.t(RULE_KEYS[rule], { textMax: TEXT_MAX, hoursMax: HOURS_MAX, numberMax: NUMBER_MAX, fileMax: CERTIFICATE_MAX_MB });
}

/** A typed answer checked by `check`: its value, or its rule and the question again; `skip` adds a button giving its value. */
function askTyped<T>(flow: Flow, prompt: string, check: (text: string) => Check<T>, skip?: { label: string; value: T }): Promise<Cancellable<T>> {
  return flow.step<T>({
    cancellable: true,
    screen: () => ({ text: prompt, ...(skip ? { keyboard: new InlineKeyboard().text(skip.label, "s:skip") } : {}) }),
    onButton: (data) => (skip && data === "skip" ? { done: skip.value } : undefined),
    onText: (text) => {
      const checked = check(text);
      return checked.ok ? { done: checked.value } : { refuse: ruleText(flow, checked.rule) };
    },
  });
}

export const askTitle = (flow: Flow) => askTyped(flow, flow.t("training-ask-title"), (text) => checkText(text, "title"));

export const askProvider = (flow: Flow) => askTyped(flow, flow.t("training-ask-provider"), (text) => checkText(text, "provider"));

export const askHours = (flow: Flow) => askTyped(flow, flow.t("training-ask-hours"), parseHours);

/** The days, as one day or a span; `today` in the person's zone (a course cannot end later). */
export const askDays = (flow: Flow, today: string) => askTyped(flow, flow.t("training-ask-dates"), (text) => parseDays(text, today));

/** The certificate's number, or null for "Skip". */
export const askNumber = (flow: Flow) =>
  askTyped<string | null>(flow, flow.t("training-ask-number"), checkCertificateNumber, { label: flow.t("training-skip"), value: null });

/**
 * A photo of the certificate, or a JPEG, PNG or PDF file up to 10 MB: its file id, or null for
 * "Skip". Another type or a larger file is refused with the reason; text gets the question again.
 */
export function askCertificate(flow: Flow): Promise<Cancellable<string | null>> {
  return flow.step<string | null>({
    cancellable: true,
    screen: () => ({ text: flow.t("training-ask-certificate", { fileMax: CERTIFICATE_MAX_MB }), keyboard: new InlineKeyboard().text(flow.t("training-skip"), "s:skip") }),
    onButton: (data) => (data === "skip" ? { done: null } : undefined),
    onMessage: (message) => {
      const certificate = certificateOf(message);
      if (!certificate) return { refuse: flow.t("training-certificate-hint") };
      return certificate.ok ? { done: certificate.value } : { refuse: ruleText(flow, certificate.rule) };
    },
  });
}

/** Everything entered, then "💾 Save" (or Cancel). */
export function confirmSave(flow: Flow, draft: TrainingInput): Promise<Cancellable<"save">> {
  const dates = daysInWords(dayStart(draft.startsOn), dayStart(draft.endsOn), flow.lang, "UTC");
  return flow.step<"save">({
    cancellable: true,
    screen: () => ({
      text: flow.t("training-add-summary", {
        title: esc(draft.title),
        provider: esc(draft.provider),
        hours: draft.hours,
        dates,
        number: esc(draft.certificateNumber ?? flow.t("training-not-given")),
        certificate: draft.certificateFileId ? "yes" : "no",
      }),
      keyboard: new InlineKeyboard().text(flow.t("training-add-save"), "s:save"),
    }),
    onButton: (data) => (data === "save" ? { done: "save" } : undefined),
  });
}
