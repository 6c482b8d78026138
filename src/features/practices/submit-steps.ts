// The questions of "➕ Share a practice", one a message; each bad answer gets its rule and the same
// question. Editing a practice sent back offers "Keep as is" with each, its value shown.
import { InlineKeyboard } from "grammy";
import type { Cancellable, Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { COMPETENCY_AREAS, type CompetencyArea } from "../plans/parser/types.ts";
import { cut } from "../plans/words.ts";
import { SUBJECTS, type Subject } from "../profile/subjects.ts";
import { AREA_KEYS, areaName, subjectName } from "./labels.ts";
import {
  CLASS_LEVEL_KEYS,
  CLASS_LEVEL_MAX,
  COMMENT_MAX,
  DESCRIPTION_MAX,
  FILE_MAX_MB,
  TITLE_MAX,
  checkClassLevel,
  checkDescription,
  checkFile,
  checkLink,
  checkTitle,
  type Check,
  type PracticeFile,
  type PracticeInput,
  type PracticeRule,
} from "./rules.ts";

const RULE_KEYS: Record<PracticeRule, string> = {
  title: "practice-rule-title",
  description: "practice-rule-description",
  choice: "practice-rule-choice",
  "class-level": "practice-rule-class-level",
  link: "practice-rule-link",
  "file-type": "practice-rule-file-type",
  "file-size": "practice-rule-file-size",
  comment: "practice-rule-comment",
};

/** The rule an answer broke, in the person's words. */
export function ruleText(flow: Flow, rule: PracticeRule): string {
  return flow.t(RULE_KEYS[rule], { titleMax: TITLE_MAX, descriptionMax: DESCRIPTION_MAX, classMax: CLASS_LEVEL_MAX, fileMax: FILE_MAX_MB, commentMax: COMMENT_MAX });
}

const PREVIEW = 300;

/** A typed answer checked by `check`; with `current`, "Keep as is" gives it back. */
function askTyped<T extends string>(flow: Flow, prompt: string, check: (text: string) => Check<T>, current?: T): Promise<Cancellable<T>> {
  const keep = current === undefined ? "" : `\n\n${flow.t("practice-now", { value: esc(cut(current, PREVIEW)) })}`;
  return flow.step<T>({
    cancellable: true,
    screen: () => ({ text: prompt + keep, ...(current === undefined ? {} : { keyboard: new InlineKeyboard().text(flow.t("practice-keep"), "s:keep") }) }),
    onButton: (data) => (current !== undefined && data === "keep" ? { done: current } : undefined),
    onText: (text) => {
      const checked = check(text);
      return checked.ok ? { done: checked.value } : { refuse: ruleText(flow, checked.rule) };
    },
  });
}

export const askTitle = (flow: Flow, current?: string) => askTyped(flow, flow.t("practice-ask-title", { max: TITLE_MAX }), checkTitle, current);

export const askDescription = (flow: Flow, current?: string) => askTyped(flow, flow.t("practice-ask-description", { max: DESCRIPTION_MAX }), checkDescription, current);

/** A button for each choice, two a row, the current one ticked. */
function askChoice<T extends string>(flow: Flow, prompt: string, choices: readonly { value: T; label: string }[], current?: T): Promise<Cancellable<T>> {
  return flow.step<T>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      choices.forEach((choice, index) => {
        keyboard.text(`${choice.value === current ? "✅ " : ""}${choice.label}`, `s:c:${choice.value}`);
        if (index % 2 === 1) keyboard.row();
      });
      return { text: prompt, keyboard };
    },
    onButton: (data) => {
      const chosen = choices.find((choice) => `c:${choice.value}` === data);
      return chosen ? { done: chosen.value } : undefined;
    },
  });
}

/** The subject, the person's own subjects first. */
export function askSubject(flow: Flow, own: readonly string[], current?: Subject): Promise<Cancellable<Subject>> {
  const ordered = [...SUBJECTS.filter((each) => own.includes(each)), ...SUBJECTS.filter((each) => !own.includes(each))];
  const t = flow.t.bind(flow);
  return askChoice(flow, flow.t("practice-ask-subject"), ordered.map((value) => ({ value, label: subjectName(t, value) })), current);
}

export function askArea(flow: Flow, current?: CompetencyArea): Promise<Cancellable<CompetencyArea>> {
  return askChoice(flow, flow.t("practice-ask-area"), COMPETENCY_AREAS.map((value) => ({ value, label: flow.t(AREA_KEYS[value]) })), current);
}

/** The class level: a button ("5–9") or typed ("7–8, профильные"). */
export function askClassLevel(flow: Flow, current?: string): Promise<Cancellable<string>> {
  const labels = CLASS_LEVEL_KEYS.map((key) => flow.t(key));
  const keep = current === undefined ? "" : `\n\n${flow.t("practice-now", { value: esc(current) })}`;
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      labels.forEach((label, index) => keyboard.text(label, `s:l:${index}`));
      if (current !== undefined) keyboard.row().text(flow.t("practice-keep"), "s:keep");
      return { text: flow.t("practice-ask-class", { max: CLASS_LEVEL_MAX }) + keep, keyboard };
    },
    onButton: (data) => {
      if (data === "keep" && current !== undefined) return { done: current };
      const label = labels[Number(/^l:(\d)$/.exec(data)?.[1] ?? -1)];
      return label ? { done: label } : undefined;
    },
    onText: (text) => {
      const checked = checkClassLevel(text);
      return checked.ok ? { done: checked.value } : { refuse: ruleText(flow, checked.rule) };
    },
  });
}

export type Material = { link: string | null; file: PracticeFile | null };

/** A PDF, Word or PowerPoint file, or a link, or neither; editing, "Keep as is" leaves both as they were. */
export function askMaterial(flow: Flow, current?: Material): Promise<Cancellable<Material>> {
  const none: Material = { link: null, file: null };
  return flow.step<Material>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard().text(flow.t("practice-material-none"), "s:none");
      if (current) keyboard.row().text(flow.t("practice-keep"), "s:keep");
      return { text: flow.t("practice-ask-material", { fileMax: FILE_MAX_MB }), keyboard };
    },
    onButton: (data) => (data === "none" ? { done: none } : current && data === "keep" ? { done: current } : undefined),
    onMessage: (message) => {
      if (message.document) {
        const file = checkFile(message.document);
        return file.ok ? { done: { link: null, file: file.value } } : { refuse: ruleText(flow, file.rule) };
      }
      if (message.text === undefined) return { refuse: flow.t("practice-material-hint") };
      const link = checkLink(message.text);
      return link.ok ? { done: { link: link.value, file: null } } : { refuse: ruleText(flow, link.rule) };
    },
  });
}

/** Everything entered, then "📨 Send" (or Cancel). */
export function confirmSend(flow: Flow, draft: PracticeInput): Promise<Cancellable<"send">> {
  const t = flow.t.bind(flow);
  const material = draft.file ? esc(draft.file.fileName) : draft.link ? esc(draft.link) : flow.t("practice-not-given");
  return flow.step<"send">({
    cancellable: true,
    screen: () => ({
      text: flow.t("practice-summary", {
        title: esc(draft.title),
        description: esc(cut(draft.description, PREVIEW)),
        subject: subjectName(t, draft.subject),
        area: areaName(t, draft.area),
        classes: esc(draft.classLevel),
        material,
      }),
      keyboard: new InlineKeyboard().text(flow.t("practice-send"), "s:send"),
    }),
    onButton: (data) => (data === "send" ? { done: "send" } : undefined),
  });
}
