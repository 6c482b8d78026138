import { InlineKeyboard } from "grammy";
import { CANCELLED, type Cancellable, type Flow } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { pageOf } from "../../../bot/paginate.ts";
import type { Role } from "../../../generated/sqlite/enums.ts";
import type { Audience } from "../../../core/audience.ts";
import { askSubjects } from "../../profile/steps.ts";
import { isSubject, type Subject } from "../../profile/subjects.ts";
import { clip } from "../card-text.ts";
import { describeAudience } from "./card.ts";
import { roleTitle } from "../../roles/labels.ts";
import { listMunicipalities, listSchools, type Author } from "./service.ts";

/** Roles an event can be limited to (everyone is a teacher, so "teacher" limits nothing). */
const AUDIENCE_ROLES: readonly Role[] = ["coordinator", "methodologist"];
const PLACES_PER_PAGE = 8;

/** Who an event is for, with the name of the municipality or school it is limited to. */
export type AudienceChoice = { audience: Audience; place: string | null };

/**
 * Who the event is for: toggles, all off meaning everyone. Conditions of different kinds must
 * all hold (see eventsForWhere); the place (any municipality, or one school) and the subjects are
 * picked on screens of their own. `note`: lines (HTML) under the question, such as the plan's words.
 */
export async function askAudience(flow: Flow, opts: { author: Author; initial: AudienceChoice; note?: string | null }): Promise<Cancellable<AudienceChoice>> {
  const audience: Audience = structuredClone(opts.initial.audience);
  let place = opts.initial.place;
  const { municipalityId, municipalityName } = opts.author;
  const mark = (on: boolean) => (on ? "✅ " : "▫️ ");
  const mine = () => audience.municipalityIds.length === 1 && audience.municipalityIds[0] === municipalityId && !audience.schoolIds.length;
  for (;;) {
    const choice = await flow.step<"done" | "subjects" | "place">({
      cancellable: true,
      screen: () => {
        const t = flow.t.bind(flow);
        const everyone = !audience.municipalityIds.length && !audience.schoolIds.length && !audience.subjects.length && !audience.roles.length && !audience.youngOnly;
        const keyboard = new InlineKeyboard().text(`${mark(everyone)}${t("event-new-audience-all")}`, "s:all").row();
        if (municipalityId !== null) {
          keyboard.text(`${mark(mine())}${t("event-new-audience-municipality", { name: clip(municipalityName ?? "", 30) })}`, "s:mun").row();
        }
        const elsewhere = (audience.municipalityIds.length || audience.schoolIds.length) && !mine();
        keyboard.text(elsewhere ? `✅ ${clip(place ?? "", 40)}` : t("event-new-audience-place"), "s:place").row();
        keyboard.text(`${mark(audience.youngOnly)}${t("event-new-audience-young")}`, "s:young").row();
        keyboard.text(t("event-new-audience-subjects", { count: audience.subjects.length }), "s:subjects").row();
        for (const role of AUDIENCE_ROLES) keyboard.text(`${mark(audience.roles.includes(role))}${roleTitle(t, role)}`, `s:r:${role}`);
        keyboard.row().text(t("button-done"), "s:done");
        const question = t("event-new-ask-audience", { audience: describeAudience(t, audience, place) });
        return { text: opts.note ? `${question}\n\n${opts.note}` : question, keyboard };
      },
      onButton: (data) => {
        if (data === "done" || data === "subjects" || data === "place") return { done: data };
        if (data === "all") {
          Object.assign(audience, { municipalityIds: [], schoolIds: [], subjects: [], roles: [], youngOnly: false });
          place = null;
        } else if (data === "mun" && municipalityId !== null) {
          const on = mine();
          Object.assign(audience, { municipalityIds: on ? [] : [municipalityId], schoolIds: [] });
          place = on ? null : municipalityName;
        } else if (data === "young") audience.youngOnly = !audience.youngOnly;
        else if (data.startsWith("r:") && AUDIENCE_ROLES.includes(data.slice(2) as Role)) audience.roles = toggle(audience.roles, data.slice(2));
        else return undefined;
        return { redraw: true };
      },
    });
    if (choice === CANCELLED) return CANCELLED;
    if (choice === "done") return { audience, place };
    if (choice === "subjects") {
      const subjects = await askAudienceSubjects(flow, audience.subjects.filter(isSubject));
      if (subjects === CANCELLED) return CANCELLED;
      audience.subjects = subjects;
      continue;
    }
    const picked = await askPlace(flow);
    if (picked === CANCELLED) return CANCELLED;
    if (picked !== "back") {
      Object.assign(audience, { municipalityIds: picked.municipalityIds, schoolIds: picked.schoolIds });
      place = picked.name;
    }
  }
}

export type Place = { municipalityIds: number[]; schoolIds: number[]; name: string | null };
type Named = { id: number; name: string };
/** The places someone may aim at (a coordinator's municipalities and schools); none: any place. */
export type PlaceLimit = { municipalityIds: number[]; schoolIds: number[] };

/**
 * A municipality (any of them, or those `within` names or holds a school of), then the whole of
 * it (when `within` allows) or one of its schools. `anywhereKey` labels the choice of no place,
 * `questionKey` asks for the municipality.
 */
export async function askPlace(flow: Flow, opts: { within?: PlaceLimit; anywhereKey?: string; questionKey?: string } = {}): Promise<Cancellable<Place | "back">> {
  const { within } = opts;
  const municipalities = await flow.conversation.external(async (outer) => {
    const all = await listMunicipalities(outer.deps.db);
    if (!within) return all;
    const ofSchools = await outer.deps.db.school.findMany({ where: { id: { in: within.schoolIds } }, select: { municipalityId: true } });
    const allowed = new Set([...within.municipalityIds, ...ofSchools.map((school) => school.municipalityId)]);
    return all.filter((municipality) => allowed.has(municipality.id));
  });
  for (;;) {
    const municipality = await pickNamed(flow, { items: municipalities, textKey: opts.questionKey ?? "event-new-place-municipality", wholeKey: opts.anywhereKey ?? "event-new-place-anywhere" });
    if (municipality === CANCELLED || municipality === "back") return municipality;
    if (municipality === "whole") return { municipalityIds: [], schoolIds: [], name: null };
    const whole = !within || within.municipalityIds.includes(municipality.id);
    const schools = await flow.conversation.external(async (outer) => {
      const all = await listSchools(outer.deps.db, municipality.id);
      return whole ? all : all.filter((school) => within?.schoolIds.includes(school.id));
    });
    const school = await pickNamed(flow, { items: schools, textKey: "event-new-place-school", name: municipality.name, ...(whole ? { wholeKey: "event-new-place-whole" } : {}) });
    if (school === CANCELLED) return CANCELLED;
    if (school === "back") continue;
    if (school === "whole") return { municipalityIds: [municipality.id], schoolIds: [], name: municipality.name };
    return { municipalityIds: [], schoolIds: [school.id], name: `${school.name}, ${municipality.name}` };
  }
}

/**
 * One of a list by name, eight a page; typing part of a name narrows the list ("тавр" finds
 * Tavrichesky on page 4). `wholeKey` labels the choice of none in particular (none: no such choice).
 */
export async function pickNamed(flow: Flow, opts: { items: Named[]; textKey: string; wholeKey?: string; name?: string }): Promise<Cancellable<Named | "whole" | "back">> {
  let query = "";
  let page = 0;
  return flow.step<Named | "whole" | "back">({
    cancellable: true,
    screen: () => {
      const t = flow.t.bind(flow);
      const found = opts.items.filter((item) => item.name.toLowerCase().includes(query));
      const shown = pageOf(found, page, PLACES_PER_PAGE);
      const keyboard = new InlineKeyboard();
      if (opts.wholeKey) keyboard.text(t(opts.wholeKey), "s:whole").row();
      for (const item of shown.items) keyboard.text(clip(item.name, 60), `s:i:${item.id}`).row();
      if (shown.pages > 1) keyboard.text("‹", `s:p:${(shown.page - 1 + shown.pages) % shown.pages}`).text(`${shown.page + 1}/${shown.pages}`, `s:p:${shown.page}`).text("›", `s:p:${(shown.page + 1) % shown.pages}`).row();
      keyboard.text(t("button-back"), "s:back");
      const lines = [t(opts.textKey, { name: esc(opts.name ?? "") })];
      if (query) lines.push(t(found.length ? "event-new-place-found" : "event-new-place-none", { query: esc(query), count: found.length }));
      return { text: lines.join("\n\n"), keyboard };
    },
    onButton: (data) => {
      if ((data === "whole" && opts.wholeKey) || data === "back") return { done: data };
      const pageMatch = /^p:(\d{1,4})$/.exec(data);
      if (pageMatch) {
        page = Number(pageMatch[1]);
        return { redraw: true };
      }
      const item = /^i:(\d{1,9})$/.exec(data) && opts.items.find((each) => each.id === Number(data.slice(2)));
      return item ? { done: item } : undefined;
    },
    onText: (text) => {
      query = text.trim().toLowerCase().slice(0, 100);
      page = 0;
      return { redraw: true };
    },
  });
}

function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((each) => each !== value) : [...values, value];
}

/** Subjects the event (or announcement) is for; none ticked means any subject. */
export function askAudienceSubjects(flow: Flow, initial: Subject[]): Promise<Cancellable<Subject[]>> {
  return askSubjects(flow, initial, { cancellable: true, question: "event-new-ask-subjects", rule: null });
}
