import { InlineKeyboard } from "grammy";
import { CANCELLED, type Cancellable, type Flow, type Outcome } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, pageOf } from "../../bot/paginate.ts";
import { isValidName, normalizeName } from "../directory/names.ts";
import { listMunicipalities, listSchools } from "../directory/service.ts";
import { naturalOrder, searchByName } from "./place-search.ts";
import { SUBJECTS, isSubject, type Subject } from "./subjects.ts";
import { checkFullName, parseExperience } from "./validation.ts";

/** Profile questions as conversation steps, shared by onboarding and profile editing. */

export const LANGUAGES = ["ru", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];
/** Each language in its own words, so anyone finds theirs whatever the bot speaks now. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ru: "Русский", en: "English" };

/** `promptKey`: the question's wording; a person changing their language is not greeted again. */
export function askLanguage(flow: Flow, opts: { cancellable?: boolean; promptKey?: string } = {}): Promise<Cancellable<Lang>> {
  return flow.step<Lang>({
    cancellable: opts.cancellable,
    screen: () => ({
      text: flow.t(opts.promptKey ?? "profile-ask-language"),
      keyboard: new InlineKeyboard().text(LANGUAGE_NAMES.ru, "s:ru").text(LANGUAGE_NAMES.en, "s:en"),
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
/** A teacher's answer: a school of the list, or the name of one the list lacks. */
export type OwnPlace = Place | { municipalityId: number; missingSchool: string };

/**
 * Municipality, then a school in it ("‹ Other municipality" goes back a step); both lists can be
 * narrowed by typing part of a name. Admin flows pass their own wording.
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

/**
 * The teacher's own workplace: the lists open on the page of the current one, and a school
 * missing from the list can be named instead (admins are asked to add it).
 */
export async function askOwnPlace(
  flow: Flow,
  opts: { cancellable?: boolean; current?: { municipalityId: number | null; schoolId: number | null } } = {},
): Promise<Cancellable<OwnPlace>> {
  let currentMunicipality = opts.current?.municipalityId ?? undefined;
  for (;;) {
    const municipalityId = await askMunicipality(flow, { cancellable: opts.cancellable, currentId: currentMunicipality });
    if (municipalityId === CANCELLED) return CANCELLED;
    currentMunicipality = municipalityId;
    const currentSchool = municipalityId === opts.current?.municipalityId ? (opts.current.schoolId ?? undefined) : undefined;
    const answer = await askSchoolOrMissing(flow, municipalityId, { cancellable: opts.cancellable, currentId: currentSchool });
    if (answer !== "back") return answer;
  }
}

/** A school of the municipality, or the name of one it lacks; "back" for another municipality. */
async function askSchoolOrMissing(flow: Flow, municipalityId: number, opts: PickerOptions): Promise<Cancellable<OwnPlace | "back">> {
  for (;;) {
    const school = await pickSchool(flow, municipalityId, { ...opts, allowMissing: true });
    if (school === CANCELLED || school === "back") return school;
    if (school !== "missing") return { municipalityId, schoolId: school };
    const name = await askMissingSchoolName(flow);
    if (name === CANCELLED) return CANCELLED;
    if (name !== "back") return { municipalityId, missingSchool: name };
  }
}

/**
 * `promptKey` words the question for someone picking for others (an admin) rather than themselves;
 * `excludeId` leaves out an entry that is no answer (the one an admin is merging).
 */
export type PickerOptions = { cancellable?: boolean; promptKey?: string; currentId?: number | undefined; excludeId?: number };

export async function askMunicipality(flow: Flow, opts: PickerOptions): Promise<Cancellable<number>> {
  const municipalities = await flow.conversation.external((ctx) => listMunicipalities(ctx.deps.db));
  const list = new SearchableList(municipalities.filter((row) => row.id !== opts.excludeId), opts.currentId);
  return flow.step<number>({
    cancellable: opts.cancellable,
    screen: () => {
      const keyboard = list.addItems(new InlineKeyboard(), "m");
      if (list.query) keyboard.row().text(flow.t("profile-show-all-municipalities"), "s:all");
      const text = list.query
        ? flow.t(list.shown.length ? "profile-ask-municipality-filtered" : "profile-no-municipality-found", { query: esc(list.query) })
        : flow.t(opts.promptKey ?? "profile-ask-municipality");
      return { text, keyboard };
    },
    onButton: (data) => list.onButton(data, "m"),
    onText: (text) => list.filter(text),
  });
}

export async function askSchool(flow: Flow, municipalityId: number, opts: PickerOptions): Promise<Cancellable<number | "back">> {
  return (await pickSchool(flow, municipalityId, { ...opts, allowMissing: false })) as Cancellable<number | "back">;
}

async function pickSchool(
  flow: Flow,
  municipalityId: number,
  opts: PickerOptions & { allowMissing: boolean },
): Promise<Cancellable<number | "back" | "missing">> {
  const schools = await flow.conversation.external((ctx) => listSchools(ctx.deps.db, municipalityId));
  const list = new SearchableList(naturalOrder(schools.filter((row) => row.id !== opts.excludeId)), opts.currentId);
  return flow.step<number | "back" | "missing">({
    cancellable: opts.cancellable,
    screen: () => {
      const keyboard = list.addItems(new InlineKeyboard(), "s").row().text(flow.t("profile-other-municipality"), "s:back");
      if (list.query) keyboard.text(flow.t("profile-show-all-schools"), "s:all");
      if (opts.allowMissing) keyboard.row().text(flow.t("profile-school-missing"), "s:missing");
      const text = list.query
        ? flow.t(list.shown.length ? "profile-ask-school-filtered" : "profile-no-school-found", { query: esc(list.query) })
        : flow.t(list.all.length ? (opts.promptKey ?? "profile-ask-school") : "profile-no-schools");
      return { text, keyboard };
    },
    onButton: (data) => {
      if (data === "back") return { done: "back" };
      if (data === "missing" && opts.allowMissing) return { done: "missing" };
      return list.onButton(data, "s");
    },
    onText: (text) => list.filter(text),
  });
}

/** The name of a school the list lacks; "‹ Back to the list" returns to the schools. */
function askMissingSchoolName(flow: Flow): Promise<Cancellable<string | "back">> {
  return flow.step<string | "back">({
    cancellable: true,
    screen: () => ({ text: flow.t("profile-ask-missing-school"), keyboard: new InlineKeyboard().text(flow.t("profile-back-to-schools"), "s:back") }),
    onButton: (data) => (data === "back" ? { done: "back" } : undefined),
    onText: (text) => {
      const name = normalizeName(text);
      return isValidName(name) ? { done: name } : { refuse: flow.t("profile-rule-school-name") };
    },
  });
}

/**
 * A list of named things as a step shows it: a page of buttons, narrowed by what the person
 * types, opening on the page that holds the current item. Button data: `<kind>:<id>` picks,
 * `p:<page>` turns the page, `all` drops the filter.
 */
class SearchableList<T extends { id: number; name: string }> {
  query = "";
  shown: readonly T[];
  page: number;

  constructor(
    readonly all: readonly T[],
    currentId: number | undefined,
  ) {
    this.shown = all;
    const index = all.findIndex((item) => item.id === currentId);
    this.page = index < 0 ? 0 : Math.floor(index / PAGE_SIZE);
  }

  addItems(keyboard: InlineKeyboard, kind: string): InlineKeyboard {
    const shown = pageOf(this.shown, this.page);
    for (const item of shown.items) keyboard.text(item.name, `s:${kind}:${item.id}`).row();
    return addPager(keyboard, shown, "s:p:");
  }

  onButton(data: string, kind: string): Outcome<number> {
    const [tag, value] = data.split(":");
    const id = Number(value);
    if (tag === "all") return this.filter("");
    if (tag === "p" && Number.isInteger(id)) {
      this.page = id;
      return { redraw: true };
    }
    return tag === kind && this.all.some((item) => item.id === id) ? { done: id } : undefined;
  }

  filter(text: string): Outcome<never> {
    this.query = text.trim().slice(0, QUERY_MAX);
    this.shown = this.query ? searchByName(this.all, this.query) : this.all;
    this.page = 0;
    return { redraw: true };
  }
}

const QUERY_MAX = 100;

/**
 * Subjects ticked two to a row, then "Done": the profile's own (at least one), or another
 * question's (`question`: its locale key, given the count ticked; `rule`: why none will not do,
 * or null when none means "any subject").
 */
export function askSubjects(
  flow: Flow,
  initial: readonly Subject[],
  opts: { cancellable?: boolean; question?: string; rule?: string | null } = {},
): Promise<Cancellable<Subject[]>> {
  const chosen = new Set<Subject>(initial);
  const rule = opts.rule === undefined ? "profile-rule-subjects" : opts.rule;
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
      return { text: flow.t(opts.question ?? "profile-ask-subjects", { count: chosen.size }), keyboard };
    },
    onButton: (data) => {
      if (data === "done") {
        return chosen.size > 0 || rule === null ? { done: SUBJECTS.filter((s) => chosen.has(s)) } : { refuse: flow.t(rule) };
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
