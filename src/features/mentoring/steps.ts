// The questions of offering to mentor and of ending a pair, one a message; a bad answer gets its
// rule and the same question again.
import { InlineKeyboard } from "grammy";
import type { Cancellable, Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { askSubjects } from "../profile/steps.ts";
import type { Subject } from "../profile/subjects.ts";
import { CAPACITY_MAX, cleanNote, cleanReason, isCapacity, NOTE_MAX, REASON_MAX, typedCapacity } from "./rules.ts";

/** The subjects they would mentor in, several at once; at least one. */
export function askMentorSubjects(flow: Flow, initial: readonly Subject[]): Promise<Cancellable<Subject[]>> {
  return askSubjects(flow, initial, { cancellable: true, question: "mentoring-ask-subjects", rule: "mentoring-rule-subjects" });
}

/** How many mentees at once, 1 to 10, the current number marked: a tap, or the number typed. */
export function askCapacity(flow: Flow, current: number | null): Promise<Cancellable<number>> {
  return flow.step<number>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (let count = 1; count <= CAPACITY_MAX; count++) {
        keyboard.text(count === current ? `✅ ${count}` : String(count), `s:c:${count}`);
        if (count === CAPACITY_MAX / 2) keyboard.row();
      }
      return { text: flow.t("mentoring-ask-capacity", { max: CAPACITY_MAX }), keyboard };
    },
    onButton: (data) => {
      const count = Number(/^c:(\d+)$/.exec(data)?.[1]);
      return isCapacity(count) ? { done: count } : undefined;
    },
    onText: (text) => {
      const count = typedCapacity(text);
      return count === null ? { refuse: flow.t("mentoring-rule-capacity", { max: CAPACITY_MAX }) } : { done: count };
    },
  });
}

/** A note for coordinators (when they can meet, what they are good at), or none; "keep" while one is kept. */
export function askNote(flow: Flow, current: string | null): Promise<Cancellable<string | null>> {
  return flow.step<string | null>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      if (current !== null) keyboard.text(flow.t("mentoring-note-keep"), "s:keep").row();
      keyboard.text(flow.t("mentoring-note-none"), "s:none");
      const text = flow.t("mentoring-ask-note", { max: NOTE_MAX });
      return { text: current === null ? text : `${text}\n\n${flow.t("mentoring-note-current", { note: esc(current) })}`, keyboard };
    },
    onButton: (data) => (data === "none" ? { done: null } : data === "keep" && current !== null ? { done: current } : undefined),
    onText: (text) => {
      const note = cleanNote(text);
      return note === null ? { refuse: flow.t("mentoring-rule-note", { max: NOTE_MAX }) } : { done: note };
    },
  });
}

/** Reasons most pairs end for, a tap each; anything else is typed. */
const PRESET_REASONS = { goals: "mentoring-reason-goals", time: "mentoring-reason-time", moved: "mentoring-reason-moved", mismatch: "mentoring-reason-mismatch" } as const;

/** Why the pair ends: a preset (stored in the person's words) or their own, 1 to 500 characters. */
export function askReason(flow: Flow, other: string): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (const [code, key] of Object.entries(PRESET_REASONS)) keyboard.text(flow.t(key), `s:r:${code}`).row();
      return { text: flow.t("mentoring-ask-reason", { other: esc(other), max: REASON_MAX }), keyboard };
    },
    onButton: (data) => {
      const code = data.slice(2);
      return data.startsWith("r:") && Object.hasOwn(PRESET_REASONS, code) ? { done: flow.t(PRESET_REASONS[code as keyof typeof PRESET_REASONS]) } : undefined;
    },
    onText: (text) => {
      const reason = cleanReason(text);
      return reason === null ? { refuse: flow.t("mentoring-rule-reason", { max: REASON_MAX }) } : { done: reason };
    },
  });
}
