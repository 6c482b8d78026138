// What the report exports share: the options a table is built with, and the words of statuses,
// levels and results in the reader's language. No grammY here: a bench builds tables as the bot does.
import type { Sheet, Table } from "../../exports/table.ts";
import type { Translate } from "../../i18n/dates.ts";
import { isEventKind } from "../events/kinds.ts";
import { kindLabel } from "../events/manage/card.ts";
import type { Period } from "./period.ts";
import type { ReportScope } from "./scope.ts";

/** How the reader sees the file: their words, their way of writing numbers, their zone. */
export type Reader = { t: Translate; lang: string; zone: string };

export type ExportOptions = Reader & {
  scope: ReportScope;
  period: Period;
  /** The clock's now: a half-year still running is taken up to it. */
  now: Date;
};

export function tableOf(reader: Reader, sheets: Sheet[]): Table {
  return { sheets, zone: reader.zone, lang: reader.lang, yes: reader.t("export-yes"), no: reader.t("export-no") };
}


export const kindWord = (t: Translate, kind: string) => (isEventKind(kind) ? kindLabel(t, kind) : kind);

/** A sign-up's status; a cancelled event says so whatever the person did. */
export function statusWord(t: Translate, status: string, eventCancelled: boolean): string {
  return eventCancelled ? t("export-status-event-cancelled") : t("export-status", { status });
}

export const levelWord = (t: Translate, level: string | null) => t("export-level", { level: level ?? "none" });

/** A contest's outcome for one who came: "participant" unless the organiser entered more. */
export const resultWord = (t: Translate, result: string | null) => t("export-result", { result: result ?? "participant" });

/** A file text in the reader's language (questionnaire files carry both). */
export const inLang = (text: { ru: string; en: string }, lang: string) => (lang === "en" ? text.en : text.ru);
