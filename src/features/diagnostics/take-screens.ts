// The taking screens: the person's questionnaires, one question, the pause. Texts of the
// questionnaire file are shown in the person's language.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Screen } from "../../bot/screen.ts";
import { esc } from "../../bot/html.ts";
import { formatDate } from "../../i18n/dates.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import type { ListedQuestionnaire, QuestionView, TakeState, Text } from "./take-service.ts";

/** The person's language and zone, for texts of the file and dates. */
export type Reader = { lang: string; zone: string };

export function readerOf(ctx: Context): Reader {
  return { lang: ctx.member?.lang ?? "ru", zone: ctx.member?.timezone ?? ctx.deps.config.defaultTimezone };
}

/** A file text in the reader's language (the files have both). */
export function inLang(text: Text, reader: Reader): string {
  return reader.lang === "en" ? text.en : text.ru;
}

function stateText(ctx: Context, state: TakeState, reader: Reader): string {
  const date = (at: Date) => formatDate(at, reader.lang, reader.zone);
  switch (state.kind) {
    case "not-started":
      return ctx.t("diagnostics-take-state-not-started");
    case "in-progress":
      return ctx.t("diagnostics-take-state-in-progress", { answered: state.answered, total: state.total });
    case "done":
      return state.retakeFrom > ctx.deps.clock.now()
        ? ctx.t("diagnostics-take-state-retake-from", { date: date(state.finishedAt), from: date(state.retakeFrom) })
        : ctx.t("diagnostics-take-state-done", { date: date(state.finishedAt) });
  }
}

/** "🧭 Self-diagnosis": each questionnaire meant for the person with its state, a button each. */
export function listScreen(ctx: Context, items: ListedQuestionnaire[]): Screen {
  const reader = readerOf(ctx);
  const keyboard = new InlineKeyboard();
  if (!items.length) return { text: ctx.t("diagnostics-take-list-empty"), keyboard: keyboard.text(ctx.t("button-menu"), DIAGNOSTICS_DATA.menu()) };
  const lines = items.map((item) => {
    const due = item.dueAt && item.state.kind !== "done" ? ` · ${ctx.t("diagnostics-take-due", { date: formatDate(item.dueAt, reader.lang, reader.zone) })}` : "";
    return `• <b>${esc(inLang(item.title, reader))}</b> — ${stateText(ctx, item.state, reader)}${due}`;
  });
  for (const item of items) keyboard.text(inLang(item.title, reader), DIAGNOSTICS_DATA.open(item.id)).row();
  keyboard.text(ctx.t("button-menu"), DIAGNOSTICS_DATA.menu());
  return { text: `${ctx.t("diagnostics-take-list-title")}\n\n${lines.join("\n")}`, keyboard };
}

/** One question: its area, "7 / 25", the statement, an option a row (the given answer marked), back and pause. */
export function questionScreen(ctx: Context, view: QuestionView): Screen {
  const reader = readerOf(ctx);
  const keyboard = new InlineKeyboard();
  for (const option of view.options) {
    const label = inLang(option.label, reader);
    keyboard.text(option.id === view.chosen ? `✅ ${label}` : label, DIAGNOSTICS_DATA.answer(view.attemptId, view.index, option.id)).row();
  }
  if (view.index > 0) keyboard.text(ctx.t("diagnostics-take-back"), DIAGNOSTICS_DATA.back(view.attemptId, view.index - 1));
  keyboard.text(ctx.t("diagnostics-take-pause"), DIAGNOSTICS_DATA.pause(view.attemptId));
  const text = ctx.t("diagnostics-take-question", { area: esc(inLang(view.areaTitle, reader)), index: view.index + 1, total: view.total, statement: esc(inLang(view.statement, reader)) });
  return { text, keyboard };
}

export function pausedScreen(ctx: Context, questionnaireId: number): Screen {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("diagnostics-take-continue"), DIAGNOSTICS_DATA.open(questionnaireId))
    .row()
    .text(ctx.t("button-menu"), DIAGNOSTICS_DATA.menu());
  return { text: ctx.t("diagnostics-take-paused"), keyboard };
}

/** A closed questionnaire: said plainly, with the way back to the list. */
export function closedScreen(ctx: Context): Screen {
  return { text: ctx.t("diagnostics-take-closed"), keyboard: new InlineKeyboard().text(ctx.t("diagnostics-take-to-list"), DIAGNOSTICS_DATA.list()) };
}
