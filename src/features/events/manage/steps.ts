import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { CANCELLED, type Cancellable, type Flow } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { CAPACITY_MAX, DESCRIPTION_MAX, LINK_MAX, TITLE_MAX, asWebLink, isWebLink } from "../create-event.ts";
import { EVENT_KINDS, isEventKind, type EventKind } from "../kinds.ts";
import { clip } from "../card-text.ts";
import { kindLabel } from "./card.ts";
import { formatWhen, typedForm, zoneLabel } from "../../../i18n/dates.ts";
import { parseDateTime, parseDeadline, parseEnd } from "./dates.ts";
import { PLACE_MAX } from "./update-event.ts";

/**
 * The questions of an event, one step each, shared by creating and changing an event. Every step
 * has "Cancel"; a refusal names the rule and the step is asked again. `keep` offers the current
 * (or prefilled) value as a button, so editing a field or accepting a plan's value is one tap.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KEEP_LABEL_MAX = 48;
export const ORGANISER_MIN = 2;
export const ORGANISER_MAX = 200;

export function keepButton(flow: Flow, keyboard: InlineKeyboard, label: string | null): InlineKeyboard {
  return label === null ? keyboard : keyboard.text(flow.t("event-new-keep", { value: clip(label, KEEP_LABEL_MAX) }), "s:keep").row();
}

export function isTitle(text: string): boolean {
  const title = text.trim();
  return title.length >= 3 && title.length <= TITLE_MAX;
}

/**
 * The title; `suggested` (a plan measure's title) is shown, and offered as a button when it fits.
 * `promptKey` words the question for a saved event, which is no "new event".
 */
export function askTitle(flow: Flow, opts: { keep: string | null; suggested?: string | null; promptKey?: string }): Promise<Cancellable<string>> {
  const keep = opts.keep !== null && isTitle(opts.keep) ? opts.keep.trim() : null;
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const hint = opts.suggested ? `\n\n${flow.t("event-new-from-plan", { value: esc(clip(opts.suggested, 600)) })}` : "";
      return { text: `${flow.t(opts.promptKey ?? "event-new-ask-title", { max: TITLE_MAX })}${hint}`, keyboard: keepButton(flow, new InlineKeyboard(), keep) };
    },
    onButton: (data) => (data === "keep" && keep !== null ? { done: keep } : undefined),
    onText: (text) => (isTitle(text) ? { done: text.trim() } : { refuse: flow.t("error-event-title") }),
  });
}

export function askKind(flow: Flow, current: EventKind | null): Promise<Cancellable<EventKind>> {
  return flow.step<EventKind>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      EVENT_KINDS.forEach((kind, index) => {
        keyboard.text(`${kind === current ? "● " : ""}${kindLabel(flow.t.bind(flow), kind)}`, `s:${kind}`);
        if (index % 2 === 1) keyboard.row();
      });
      return { text: flow.t(current ? "event-new-ask-kind-suggested" : "event-new-ask-kind"), keyboard };
    },
    onButton: (data) => (isEventKind(data) ? { done: data } : undefined),
  });
}

/**
 * The description. With one to keep, the button that leaves it empty says so: "Skip" there read
 * as "leave it as it is" and erased it.
 */
export function askDescription(flow: Flow, keep: string | null): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = keepButton(flow, new InlineKeyboard(), keep || null).text(flow.t(keep ? "event-edit-no-description" : "event-new-skip"), "s:skip");
      return { text: flow.t(keep ? "event-edit-ask-description" : "event-new-ask-description", { max: DESCRIPTION_MAX }), keyboard };
    },
    onButton: (data) => (data === "skip" ? { done: "" } : data === "keep" && keep ? { done: keep } : undefined),
    onText: (text) => (text.trim().length <= DESCRIPTION_MAX ? { done: text.trim() } : { refuse: flow.t("error-event-description") }),
  });
}

/** A plan measure's schedule in words and the first of its days still ahead, for the date step. */
export type PlanDates = { schedule: string; firstDay: number | null };

export function askStart(flow: Flow, opts: { zone: string; now: number; keep: number | null; plan: PlanDates | null }): Promise<Cancellable<number>> {
  const { zone, now } = opts;
  const keep = opts.keep !== null && opts.keep > now ? opts.keep : null;
  const tomorrow = DateTime.fromMillis(now, { zone }).plus({ days: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
  const example = typedForm(tomorrow.toMillis(), zone);
  const planned = opts.plan?.firstDay == null ? null : planDay(opts.plan.firstDay, zone, now);
  return flow.step<number>({
    cancellable: true,
    screen: () => {
      const lines = [flow.t("event-new-ask-start", { zone: zoneLabel(flow.t.bind(flow), zone), example })];
      if (opts.plan) {
        const key = planned === null ? "event-new-start-plan-schedule" : "event-new-start-plan-date";
        // The text ends the schedule with its own full stop ("10 декабря 2026 г." would get two).
        lines.push("", flow.t(key, { schedule: esc(opts.plan.schedule.replace(/\.+$/, "")), example: planned ?? "" }));
      }
      const label = keep === null ? null : formatWhen(flow.t.bind(flow), keep, flow.lang, zone);
      return { text: lines.join("\n"), keyboard: keepButton(flow, new InlineKeyboard(), label) };
    },
    onButton: (data) => (data === "keep" && keep !== null ? { done: keep } : undefined),
    onText: (text) => {
      const parsed = parseDateTime(text, zone, now);
      if (!parsed.ok) return { refuse: dateRule(flow, parsed.rule, "event-new-rule-datetime", example) };
      if (parsed.at <= now) return { refuse: flow.t("error-event-start-past") };
      return { done: parsed.at };
    },
  });
}

/** A plan day (midnight UTC of the calendar day) at 15:00 in the person's zone, as they would type it. */
/** 15:00 on the plan's first day still ahead, or on the next day when today's 15:00 has passed: an example that is accepted. */
function planDay(day: number, zone: string, now: number): string {
  const date = DateTime.fromMillis(day, { zone: "UTC" });
  const at = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: 15 }, { zone });
  return typedForm((at.toMillis() > now ? at : at.plus({ days: 1 })).toMillis(), zone);
}

const DURATIONS: [minutes: number, key: string][] = [
  [60, "event-new-end-1h"],
  [90, "event-new-end-90m"],
  [120, "event-new-end-2h"],
  [180, "event-new-end-3h"],
];

/** "Full day": until 18:00 of the start's day, or until midnight when it starts later in the day. */
export function fullDayEnd(start: number, zone: string): number {
  const begin = DateTime.fromMillis(start, { zone });
  const evening = begin.set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
  return evening.toMillis() - start >= HOUR ? evening.toMillis() : begin.plus({ days: 1 }).startOf("day").toMillis();
}

export function askEnd(flow: Flow, opts: { zone: string; start: number; keep: number | null }): Promise<Cancellable<number>> {
  const { zone, start } = opts;
  const keep = opts.keep !== null && opts.keep > start ? opts.keep : null;
  return flow.step<number>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (const [minutes, key] of DURATIONS) keyboard.text(flow.t(key), `s:${minutes}`);
      keyboard.row().text(flow.t("event-new-end-day"), "s:day").row();
      const label = keep === null ? null : formatWhen(flow.t.bind(flow), keep, flow.lang, zone);
      const text = flow.t("event-new-ask-end", { start: formatWhen(flow.t.bind(flow), start, flow.lang, zone) });
      return { text, keyboard: keepButton(flow, keyboard, label) };
    },
    onButton: (data) => {
      if (data === "keep" && keep !== null) return { done: keep };
      if (data === "day") return { done: fullDayEnd(start, zone) };
      const duration = DURATIONS.find(([minutes]) => String(minutes) === data);
      return duration ? { done: start + duration[0] * 60_000 } : undefined;
    },
    onText: (text) => {
      const parsed = parseEnd(text, zone, start);
      if (!parsed.ok) return { refuse: dateRule(flow, parsed.rule, "event-new-rule-end", typedForm(start + 2 * HOUR, zone)) };
      if (parsed.at <= start) return { refuse: flow.t("error-event-end-before-start") };
      return { done: parsed.at };
    },
  });
}

export type Where = { place: string | null; link: string | null };

/**
 * Something meant as a link: a scheme ("https:", "ftp:", "javascript:") or "www."; it must then be
 * a web link. A bare host ("zoom.us/j/123") is read as a https:// link by asWebLink first.
 */
export function looksLikeLink(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S*$/i.test(text) || text.includes("://") || /^www\./i.test(text);
}

/** A web link or an address; `skippable` adds "Skip" (an event may say where later). */
export function askWhere(flow: Flow, opts: { keep: Where | null; skippable: boolean }): Promise<Cancellable<Where>> {
  const keep = opts.keep && (opts.keep.place || opts.keep.link) ? opts.keep : null;
  return flow.step<Where>({
    cancellable: true,
    screen: () => {
      const keyboard = keepButton(flow, new InlineKeyboard(), keep && (keep.link ?? keep.place));
      if (opts.skippable) keyboard.text(flow.t("event-new-skip"), "s:skip");
      return { text: flow.t("event-new-ask-place"), keyboard };
    },
    onButton: (data) => {
      if (data === "keep" && keep) return { done: keep };
      return data === "skip" && opts.skippable ? { done: { place: null, link: null } } : undefined;
    },
    onText: (raw) => {
      const text = raw.trim();
      const link = asWebLink(text);
      if (link !== null && link.length > LINK_MAX) return { refuse: flow.t("error-event-link-long", { max: LINK_MAX }) };
      if (link !== null && isWebLink(link)) return { done: { place: null, link } };
      if (link !== null || looksLikeLink(text)) return { refuse: flow.t("error-event-link") };
      if (text.length < 2 || text.length > PLACE_MAX) return { refuse: flow.t("error-event-place") };
      return { done: { place: text, link: null } };
    },
  });
}

export function isOrganiser(text: string): boolean {
  const name = text.trim();
  return name.length >= ORGANISER_MIN && name.length <= ORGANISER_MAX;
}

/** Who runs it: typed, or one tap for "me" (their full name) or the plan's first executor. */
export function askOrganiser(flow: Flow, opts: { me: string | null; suggested: string | null; keep: string | null }): Promise<Cancellable<string>> {
  const valid = (name: string | null) => (name !== null && isOrganiser(name) ? name.trim() : null);
  const me = valid(opts.me);
  const suggested = valid(opts.suggested);
  const keep = valid(opts.keep);
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = keepButton(flow, new InlineKeyboard(), keep);
      if (suggested !== null && suggested !== keep) keyboard.text(flow.t("event-new-organiser-plan", { name: clip(suggested, KEEP_LABEL_MAX) }), "s:plan").row();
      if (me !== null && me !== keep) keyboard.text(flow.t("event-new-organiser-me", { name: clip(me, KEEP_LABEL_MAX) }), "s:me");
      return { text: flow.t("event-new-ask-organiser"), keyboard };
    },
    onButton: (data) => {
      const chosen = data === "me" ? me : data === "plan" ? suggested : data === "keep" ? keep : null;
      return chosen === null ? undefined : { done: chosen };
    },
    onText: (text) => (isOrganiser(text) ? { done: text.trim() } : { refuse: flow.t("event-new-rule-organiser", { min: ORGANISER_MIN, max: ORGANISER_MAX }) }),
  });
}

const CAPACITIES = [10, 20, 30, 50, 100];

export function parseCapacity(text: string): number | null {
  const digits = text.replace(/[\s\u00a0]/g, "");
  if (!/^\d{1,6}$/.test(digits)) return null;
  const value = Number(digits);
  return value >= 1 && value <= CAPACITY_MAX ? value : null;
}

/**
 * Seats: a number, or no limit (null). Editing a saved event, `keep` offers the current number and
 * `min` (the people registered) is the least it may become: nobody loses a seat they were given.
 */
export function askCapacity(flow: Flow, opts: { keep?: number | null; min?: number } = {}): Promise<Cancellable<number | null>> {
  const min = opts.min ?? 0;
  const offered = CAPACITIES.filter((value) => value >= min);
  const fits = (value: number) => (value < min ? { refuse: flow.t("error-event-capacity-below", { registered: min }) } : { done: value });
  return flow.step<number | null>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      if (opts.keep !== undefined) keepButton(flow, keyboard, opts.keep === null ? flow.t("event-new-no-limit") : String(opts.keep));
      keyboard.text(flow.t("event-new-no-limit"), "s:none").row();
      for (const value of offered) keyboard.text(String(value), `s:${value}`);
      const text = flow.t("event-new-ask-capacity", { max: CAPACITY_MAX });
      return { text: min > 0 ? `${text}\n${flow.t("event-manage-capacity-min", { registered: min })}` : text, keyboard };
    },
    onButton: (data) => {
      if (data === "none") return { done: null };
      if (data === "keep" && opts.keep !== undefined) return { done: opts.keep };
      const value = Number(data);
      return offered.includes(value) ? { done: value } : undefined;
    },
    onText: (text) => {
      const value = parseCapacity(text);
      return value === null ? { refuse: flow.t("error-event-capacity") } : fits(value);
    },
  });
}

const DEADLINE_DAYS = [1, 3];

/** When sign-up closes: at the start (null), a day or three before, or a typed date. */
export function askDeadline(flow: Flow, opts: { zone: string; start: number; now: number; keep: number | null }): Promise<Cancellable<number | null>> {
  const { zone, start, now } = opts;
  const keep = opts.keep !== null && opts.keep > now && opts.keep <= start ? opts.keep : null;
  const offered = DEADLINE_DAYS.filter((days) => start - days * DAY > now);
  return flow.step<number | null>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard().text(flow.t("event-new-deadline-start"), "s:start").row();
      for (const days of offered) keyboard.text(flow.t("event-new-deadline-days", { days }), `s:${days}`);
      const label = keep === null ? null : formatWhen(flow.t.bind(flow), keep, flow.lang, zone);
      const text = flow.t("event-new-ask-deadline", { start: formatWhen(flow.t.bind(flow), start, flow.lang, zone) });
      return { text, keyboard: keepButton(flow, keyboard.row(), label) };
    },
    onButton: (data) => {
      if (data === "start") return { done: null };
      if (data === "keep" && keep !== null) return { done: keep };
      const days = Number(data);
      return offered.includes(days) ? { done: start - days * DAY } : undefined;
    },
    onText: (text) => {
      const parsed = parseDeadline(text, zone, now, start);
      if (!parsed.ok) return { refuse: dateRule(flow, parsed.rule, "event-new-rule-deadline-format", typedForm(start - DAY, zone).slice(0, 10)) };
      if (parsed.at > start) return { refuse: flow.t("error-event-deadline") };
      if (parsed.at <= now) return { refuse: flow.t("event-new-rule-deadline-past") };
      return { done: parsed.at };
    },
  });
}

/** The rule a typed date broke: its shape (`formatKey` shows the accepted forms), or a day that does not exist. */
function dateRule(flow: Flow, rule: "format" | "no-such-date", formatKey: string, example: string): string {
  return rule === "format" ? flow.t(formatKey, { example }) : flow.t("event-new-rule-no-such-date");
}
