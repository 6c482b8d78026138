// Who gets the announcement: toggles like an event's audience, plus the people of one event, each
// change redrawn with the live count (blocked and muted people counted apart).
import { InlineKeyboard } from "grammy";
import { CANCELLED, type Cancellable, type Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import type { Translate } from "../../i18n/dates.ts";
import { clip } from "../events/card-text.ts";
import { askAudienceSubjects, askPlace } from "../events/manage/audience-steps.ts";
import { describeAudience } from "../events/manage/card.ts";
import { isSubject } from "../profile/subjects.ts";
import { countReach, type BroadcastAudience, type Reach, type Scope } from "./audience.ts";
import { roleTitle } from "../roles/labels.ts";
import { pickEvent } from "./compose-steps.ts";

/** Roles an announcement can be limited to (everyone is a teacher). */
const ROLES = ["coordinator", "methodologist"] as const;

/** The audience with the names it is shown by: the place and the event picked. */
export type AudienceChoice = { audience: BroadcastAudience; place: string | null; eventTitle: string | null };

export function countNow(flow: Flow, audience: BroadcastAudience, scope: Scope): Promise<Reach> {
  return flow.conversation.external((outer) => countReach(outer.deps.db, audience, scope, outer.deps.clock.now()));
}

/** "1 234 recipients; 12 blocked the bot, 3 muted announcements are left out". */
export function reachLine(t: Translate, reach: Reach): string {
  const recipients = t("broadcast-reach", { recipients: reach.recipients });
  const leftOut = [
    ...(reach.blocked ? [t("broadcast-reach-blocked", { count: reach.blocked })] : []),
    ...(reach.muted ? [t("broadcast-reach-muted", { count: reach.muted })] : []),
  ];
  return leftOut.length ? `${recipients}; ${t("broadcast-reach-left-out", { who: leftOut.join(", ") })}` : recipients;
}

/** "registered for «Webinar»", "Omsk; young teachers", within the coordinator's scope when it is one. */
export function describeChoice(t: Translate, choice: AudienceChoice, scope: Scope): string {
  const { audience } = choice;
  const placed = audience.municipalityIds.length > 0 || audience.schoolIds.length > 0;
  const narrowed = placed || audience.subjects.length > 0 || audience.roles.length > 0 || audience.youngOnly;
  // "everyone; signed up for …" would say two things at once: "everyone" only when nothing narrows it.
  const parts = narrowed || !audience.event ? [describeAudience(t, audience, choice.place)] : [];
  const { event } = audience;
  if (event) parts.push(t(event.attended ? "broadcast-audience-attended" : "broadcast-audience-registered", { title: esc(clip(choice.eventTitle ?? "", 80)) }));
  // A place a coordinator picked lies within their scope already.
  if (scope.kind === "municipal" && !placed) parts.push(t("broadcast-audience-in-scope"));
  return parts.join("; ");
}

/** Nothing ticked is everyone (of the author's scope); "Done" with nobody to reach is refused with the reason. */
export async function askBroadcastAudience(flow: Flow, opts: { scope: Scope; zone: string; initial: AudienceChoice }): Promise<Cancellable<AudienceChoice>> {
  const choice: AudienceChoice = structuredClone(opts.initial);
  const { audience } = choice;
  const { scope } = opts;
  const mark = (on: boolean) => (on ? "✅ " : "▫️ ");
  let reach = await countNow(flow, audience, scope);
  for (;;) {
    const picked = await flow.step<"done" | "place" | "subjects" | "event">({
      cancellable: true,
      screen: () => {
        const t = flow.t.bind(flow);
        const everyone = !audience.municipalityIds.length && !audience.schoolIds.length && !audience.subjects.length && !audience.roles.length && !audience.youngOnly && !audience.event;
        const placed = audience.municipalityIds.length > 0 || audience.schoolIds.length > 0;
        const keyboard = new InlineKeyboard()
          .text(`${mark(everyone)}${t(scope.kind === "regional" ? "event-new-audience-all" : "broadcast-audience-all-mine")}`, "s:all")
          .row()
          .text(placed ? `✅ ${clip(choice.place ?? "", 40)}` : t("broadcast-audience-place"), "s:place")
          .row()
          .text(`${mark(audience.youngOnly)}${t("event-new-audience-young")}`, "s:young")
          .row()
          .text(t("event-new-audience-subjects", { count: audience.subjects.length }), "s:subjects")
          .row();
        for (const role of ROLES) keyboard.text(`${mark(audience.roles.includes(role))}${roleTitle(t, role)}`, `s:r:${role}`);
        keyboard.row().text(audience.event ? `✅ ${clip(choice.eventTitle ?? "", 40)}` : t("broadcast-audience-event"), "s:event");
        keyboard.row().text(t("button-done"), "s:done");
        const text = `${t("broadcast-ask-audience", { audience: describeChoice(t, choice, scope) })}\n\n${reachLine(t, reach)}`;
        return { text, keyboard };
      },
      onButton: async (data) => {
        if (data === "done") {
          return reach.recipients > 0 ? { done: data } : { refuse: flow.t("broadcast-audience-empty", { blocked: reach.blocked, muted: reach.muted }) };
        }
        if (data === "place" || data === "subjects") return { done: data };
        if (data === "event") {
          if (!audience.event) return { done: data };
          audience.event = null;
          choice.eventTitle = null;
        } else if (data === "all") {
          Object.assign(audience, { municipalityIds: [], schoolIds: [], subjects: [], roles: [], youngOnly: false, event: null });
          Object.assign(choice, { place: null, eventTitle: null });
        } else if (data === "young") audience.youngOnly = !audience.youngOnly;
        else if (data.startsWith("r:") && (ROLES as readonly string[]).includes(data.slice(2))) audience.roles = toggle(audience.roles, data.slice(2));
        else return undefined;
        reach = await countNow(flow, audience, scope);
        return { redraw: true };
      },
    });
    if (picked === CANCELLED) return CANCELLED;
    if (picked === "done") return choice;
    if (picked === "subjects") {
      const subjects = await askAudienceSubjects(flow, audience.subjects.filter(isSubject));
      if (subjects === CANCELLED) return CANCELLED;
      audience.subjects = subjects;
    } else if (picked === "place") {
      const within = scope.kind === "municipal" ? { within: { municipalityIds: scope.municipalityIds, schoolIds: scope.schoolIds } } : {};
      const place = await askPlace(flow, {
        ...within,
        questionKey: "broadcast-place-question",
        anywhereKey: scope.kind === "regional" ? "broadcast-place-anywhere" : "broadcast-audience-all-mine",
      });
      if (place === CANCELLED) return CANCELLED;
      if (place !== "back") {
        Object.assign(audience, { municipalityIds: place.municipalityIds, schoolIds: place.schoolIds });
        choice.place = place.name;
      }
    } else {
      const event = await askEventAudience(flow, opts.zone);
      if (event === CANCELLED) return CANCELLED;
      if (event !== "back") {
        audience.event = { id: event.id, attended: event.attended };
        choice.eventTitle = event.title;
      }
    }
    reach = await countNow(flow, audience, scope);
  }
}

/** An event, then its registered people or (once it has begun) those who attended. */
async function askEventAudience(flow: Flow, zone: string): Promise<Cancellable<{ id: number; title: string; attended: boolean } | "back">> {
  for (;;) {
    const event = await pickEvent(flow, { zone, textKey: "broadcast-pick-audience-event", upcomingOnly: false });
    if (event === CANCELLED || event === "back") return event;
    if (!event.started) return { id: event.id, title: event.title, attended: false };
    const who = await flow.step<"registered" | "attended" | "back">({
      cancellable: true,
      screen: () => {
        const keyboard = new InlineKeyboard()
          .text(flow.t("broadcast-event-registered"), "s:registered")
          .text(flow.t("broadcast-event-attended"), "s:attended")
          .row()
          .text(flow.t("button-back"), "s:back");
        return { text: flow.t("broadcast-ask-event-who", { title: esc(clip(event.title, 200)) }), keyboard };
      },
      onButton: (data) => (data === "registered" || data === "attended" || data === "back" ? { done: data } : undefined),
    });
    if (who === CANCELLED) return CANCELLED;
    if (who !== "back") return { id: event.id, title: event.title, attended: who === "attended" };
  }
}

function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((each) => each !== value) : [...values, value];
}
