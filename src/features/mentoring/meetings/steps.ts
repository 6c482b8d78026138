// The questions about a meeting, one a message: when (typed as the events' dates are), the topic,
// and the short note after it took place. A bad answer gets its rule and the same question.
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import type { Cancellable, Flow } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { typedForm, zoneLabel } from "../../../i18n/dates.ts";
import { parseDateTime } from "../../events/manage/dates.ts";
import { NOTE_MAX, TOPIC_MAX, checkNote, checkStart, checkTopic } from "./rules.ts";
import { refusalText, whenText } from "./words.ts";

/** The start, in ms; `current` (a meeting being moved) is shown in the question. */
export function askWhen(flow: Flow, opts: { zone: string; now: number; current: number | null }): Promise<Cancellable<number>> {
  const { zone, now } = opts;
  const t = flow.t.bind(flow);
  const example = typedForm(DateTime.fromMillis(now, { zone }).plus({ days: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 }).toMillis(), zone);
  const reader = { lang: flow.lang, zone };
  return flow.step<number>({
    cancellable: true,
    screen: () => ({
      text:
        opts.current === null
          ? flow.t("meetings-ask-when", { zone: zoneLabel(t, zone), example })
          : flow.t("meetings-ask-new-when", { zone: zoneLabel(t, zone), example, current: whenText(t, opts.current, reader, new Date(now)) }),
    }),
    onText: (text) => {
      const parsed = parseDateTime(text, zone, now);
      if (!parsed.ok) return { refuse: flow.t(parsed.rule === "format" ? "meetings-rule-format" : "meetings-rule-no-such-date", { example }) };
      const rule = checkStart(new Date(parsed.at), new Date(now));
      return rule ? { refuse: refusalText(t, rule) } : { done: parsed.at };
    },
  });
}

export function askTopic(flow: Flow): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => ({ text: flow.t("meetings-ask-topic", { topicMax: TOPIC_MAX }) }),
    onText: (text) => {
      const topic = checkTopic(text);
      return topic === null ? { refuse: refusalText(flow.t.bind(flow), "topic") } : { done: topic };
    },
  });
}

/** The note of the meeting on `topic`, or null for "Skip" (or "Leave it as it is" when there is one already). */
export function askNote(flow: Flow, topic: string, current: string | null): Promise<Cancellable<string | null>> {
  return flow.step<string | null>({
    screen: () => ({
      text:
        current === null
          ? flow.t("meetings-ask-note", { topic: esc(topic), noteMax: NOTE_MAX })
          : flow.t("meetings-ask-new-note", { topic: esc(topic), noteMax: NOTE_MAX, note: esc(current) }),
      keyboard: new InlineKeyboard().text(flow.t(current === null ? "meetings-note-skip" : "meetings-note-keep"), "s:skip"),
    }),
    onButton: (data) => (data === "skip" ? { done: null } : undefined),
    onText: (text) => {
      const note = checkNote(text);
      return note === null ? { refuse: refusalText(flow.t.bind(flow), "note") } : { done: note };
    },
  });
}
