import { InlineKeyboard } from "grammy";
import { CANCELLED, type Cancellable, type Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { addPager, pageOf } from "../../bot/paginate.ts";
import { filterByName, listMunicipalities, listSchools } from "../directory/service.ts";
import { SUBJECTS, isSubject, type Subject } from "./subjects.ts";
import { checkFullName, parseExperience } from "./validation.ts";

/** Profile questions as conversation steps, shared by onboarding and profile editing. */

export const LANGUAGES = ["ru", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

export function askLanguage(flow: Flow, opts: { cancellable?: boolean } = {}): Promise<Cancellable<Lang>> {
  return flow.step<Lang>({
    cancellable: opts.cancellable,
    screen: () => ({
      text: flow.t("profile-ask-language"),
      keyboard: new InlineKeyboard().text("Русский", "s:ru").text("English", "s:en"),
    }),
    onButton: (data) => (data === "ru" || data === "en" ? { done: data } : undefined),
  });
}

export function askName(flow: Flow, opts: { cancellable?: boolean } = {}): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: opts.cancellable,
    screen: () => ({ text: flow.t("profile-ask-name") }),
    onText: (text) => {
      const check = checkFullName(text);
      return check.ok ? { done: check.value } : { refuse: flow.t(`profile-rule-${check.rule}`) };
    },
  });
}

export type Place = { municipalityId: number; schoolId: number };

/**
 * Municipality, then a school in it ("‹ Other municipality" goes back a step); the school list can
 * be narrowed by typing part of a name. Admin flows pass their own wording.
 */
export async function askPlace(
  flow: Flow,
  opts: { cancellable?: boolean; municipalityPrompt?: string; schoolPrompt?: string } = {},
): Promise<Cancellable<Place>> {
  for (;;) {
    const municipalityId = await askMunicipality(flow, { cancellable: opts.cancellable, promptKey: opts.municipalityPrompt });
    if (municipalityId === CANCELLED) return CANCELLED;
    const schoolId = await askSchool(flow, municipalityId, { cancellable: opts.cancellable, promptKey: opts.schoolPrompt });
    if (schoolId === CANCELLED) return CANCELLED;
    if (schoolId !== "back") return { municipalityId, schoolId };
  }
}

/** `promptKey` words the question for someone picking for others (an admin) rather than themselves. */
export type PickerOptions = { cancellable?: boolean; promptKey?: string };

export async function askMunicipality(flow: Flow, opts: PickerOptions): Promise<Cancellable<number>> {
  const all = await flow.conversation.external((ctx) => listMunicipalities(ctx.deps.db));
  let page = 0;
  return flow.step<number>({
    cancellable: opts.cancellable,
    screen: () => {
      const shown = pageOf(all, page);
      const keyboard = new InlineKeyboard();
      for (const item of shown.items) keyboard.text(item.name, `s:m:${item.id}`).row();
      return { text: flow.t(opts.promptKey ?? "profile-ask-municipality"), keyboard: addPager(keyboard, shown, "s:p:") };
    },
    onButton: (data) => {
      const [kind, value] = data.split(":");
      const id = Number(value);
      if (kind === "p" && Number.isInteger(id)) {
        page = id;
        return { redraw: true };
      }
      return kind === "m" && all.some((item) => item.id === id) ? { done: id } : undefined;
    },
  });
}

export async function askSchool(flow: Flow, municipalityId: number, opts: PickerOptions): Promise<Cancellable<number | "back">> {
  const all = await flow.conversation.external((ctx) => listSchools(ctx.deps.db, municipalityId));
  let shownSchools = all;
  let query = "";
  let page = 0;
  return flow.step<number | "back">({
    cancellable: opts.cancellable,
    screen: () => {
      const shown = pageOf(shownSchools, page);
      const keyboard = new InlineKeyboard();
      for (const item of shown.items) keyboard.text(item.name, `s:s:${item.id}`).row();
      addPager(keyboard, shown, "s:p:").row().text(flow.t("profile-other-municipality"), "s:back");
      if (query) keyboard.text(flow.t("profile-show-all-schools"), "s:all");
      const text = query
        ? flow.t(shownSchools.length ? "profile-ask-school-filtered" : "profile-no-school-found", { query: esc(query) })
        : flow.t(all.length ? (opts.promptKey ?? "profile-ask-school") : "profile-no-schools");
      return { text, keyboard };
    },
    onButton: (data) => {
      const [kind, value] = data.split(":");
      const id = Number(value);
      if (kind === "back") return { done: "back" };
      if (kind === "all") {
        query = "";
        shownSchools = all;
        page = 0;
        return { redraw: true };
      }
      if (kind === "p" && Number.isInteger(id)) {
        page = id;
        return { redraw: true };
      }
      return kind === "s" && all.some((item) => item.id === id) ? { done: id } : undefined;
    },
    onText: (text) => {
      query = text.trim().slice(0, 100);
      shownSchools = filterByName(all, query);
      page = 0;
      return { redraw: true };
    },
  });
}

export function askSubjects(flow: Flow, initial: readonly Subject[], opts: { cancellable?: boolean } = {}): Promise<Cancellable<Subject[]>> {
  const chosen = new Set<Subject>(initial);
  return flow.step<Subject[]>({
    cancellable: opts.cancellable,
    screen: () => {
      const keyboard = new InlineKeyboard();
      SUBJECTS.forEach((subject, index) => {
        const label = `${chosen.has(subject) ? "✅ " : ""}${flow.t(`subject-${subject}`)}`;
        keyboard.text(label, `s:t:${subject}`);
        if (index % 2 === 1) keyboard.row();
      });
      keyboard.row().text(flow.t("button-done"), "s:done");
      return { text: flow.t("profile-ask-subjects", { count: chosen.size }), keyboard };
    },
    onButton: (data) => {
      if (data === "done") {
        return chosen.size > 0 ? { done: SUBJECTS.filter((s) => chosen.has(s)) } : { refuse: flow.t("profile-rule-subjects") };
      }
      const subject = data.startsWith("t:") ? data.slice(2) : "";
      if (!isSubject(subject)) return undefined;
      if (chosen.has(subject)) chosen.delete(subject);
      else chosen.add(subject);
      return { redraw: true };
    },
  });
}

const EXPERIENCE_BUTTONS = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10]];

export function askExperience(flow: Flow, opts: { cancellable?: boolean } = {}): Promise<Cancellable<number>> {
  return flow.step<number>({
    cancellable: opts.cancellable,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (const row of EXPERIENCE_BUTTONS) {
        for (const years of row) keyboard.text(years === 0 ? flow.t("profile-experience-under-one") : String(years), `s:${years}`);
        keyboard.row();
      }
      return { text: flow.t("profile-ask-experience"), keyboard };
    },
    onButton: (data) => {
      const years = parseExperience(data);
      return years === null ? undefined : { done: years };
    },
    onText: (text) => {
      const years = parseExperience(text);
      return years === null ? { refuse: flow.t("profile-rule-experience") } : { done: years };
    },
  });
}
