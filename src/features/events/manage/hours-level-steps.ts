import { InlineKeyboard } from "grammy";
import type { Cancellable, Flow } from "../../../bot/flow.ts";
import { EVENT_LEVELS, isEventLevel, type EventLevel } from "../levels.ts";
import { HOURS_MAX, HOURS_MIN, parseHours } from "./hours.ts";
import { keepButton } from "./steps.ts";

/**
 * The two questions only some kinds have, shared by creating and changing an event: a course's
 * hours (attendees' training counts them) and a contest's level (reports count participation by it).
 */

const COMMON_HOURS = [16, 36, 72, 108];

/**
 * Hours: a typed number, a common one, or none. `keep`: the current hours, or the plan's on the
 * first ask (said so under the question). With hours to keep, the button leaving them empty says
 * so, as the description's does.
 */
export function askHours(flow: Flow, opts: { keep: number | null; fromPlan: boolean }): Promise<Cancellable<number | null>> {
  const { keep } = opts;
  return flow.step<number | null>({
    cancellable: true,
    screen: () => {
      const keyboard = keepButton(flow, new InlineKeyboard(), keep === null ? null : flow.t("event-hours-value", { hours: keep }));
      for (const hours of COMMON_HOURS) keyboard.text(String(hours), `s:${hours}`);
      keyboard.row().text(flow.t(keep === null ? "event-new-skip" : "event-hours-none"), "s:none");
      const lines = [flow.t("event-new-ask-hours", { min: HOURS_MIN, max: HOURS_MAX })];
      if (opts.fromPlan && keep !== null) lines.push(flow.t("event-new-hours-plan", { hours: keep }));
      return { text: lines.join("\n\n"), keyboard };
    },
    onButton: (data) => {
      if (data === "none") return { done: null };
      if (data === "keep" && keep !== null) return { done: keep };
      const hours = Number(data);
      return COMMON_HOURS.includes(hours) ? { done: hours } : undefined;
    },
    onText: (text) => {
      const hours = parseHours(text);
      return hours === null ? { refuse: flow.t("error-event-hours") } : { done: hours };
    },
  });
}

/**
 * The level, one of four buttons; `current` is marked with a dot (the plan's level on the first
 * ask, `fromPlan`), so keeping it is one tap.
 */
export function askLevel(flow: Flow, opts: { current: EventLevel | null; fromPlan: boolean }): Promise<Cancellable<EventLevel>> {
  const { current } = opts;
  return flow.step<EventLevel>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      EVENT_LEVELS.forEach((level, index) => {
        keyboard.text(`${level === current ? "● " : ""}${flow.t("event-level-button", { level })}`, `s:${level}`);
        if (index % 2 === 1) keyboard.row();
      });
      const hint = current === null ? [] : [flow.t(opts.fromPlan ? "event-new-level-plan" : "event-new-level-current")];
      return { text: [flow.t("event-new-ask-level"), ...hint].join(" "), keyboard };
    },
    onButton: (data) => (isEventLevel(data) ? { done: data } : undefined),
  });
}
