// The monitoring table of a half-year: the indicators the plans ask for, in the order monitoring
// forms put them ("№ | Показатель | Количество | Доля, % | Примечание"), every contest level listed
// even at zero, as the forms do. Counts and shares are numbers, so a municipality can sum its
// schools' tables; the .docx and the .xlsx write the same rows.
import type { Translate } from "../../i18n/dates.ts";
import type { Definition } from "../diagnostics/definition.ts";
import { EVENT_LEVELS } from "../events/levels.ts";
import type { Indicators } from "./indicators.ts";

type Text = Definition["title"];

export type MonitoringRow = { number: string; indicator: string; count: number | null; share: number | null; note: string; sub?: boolean };

/** A share as the table shows it: one decimal at most. */
export const roundShare = (value: number) => Math.round(value * 10) / 10;

export function monitoringRows(t: Translate, indicators: Indicators, opts: { lang: string; at: string }): MonitoringRow[] {
  const text = (value: Text) => (opts.lang === "en" ? value.en : value.ru);
  const participations = indicators.contests.reduce((sum, row) => sum + row.participations, 0);
  const rows: MonitoringRow[] = [
    { number: "1", indicator: t("report-doc-teachers"), count: indicators.teachers, share: null, note: t("report-doc-teachers-note", { at: opts.at }) },
    { number: "2", indicator: t("report-doc-trained"), count: indicators.trained.count, share: roundShare(indicators.trained.share), note: t("report-doc-trained-note", { pending: indicators.pendingTrainings }) },
    { number: "3", indicator: t("report-doc-planning"), count: indicators.planning.count, share: roundShare(indicators.planning.share), note: t("report-doc-planning-note") },
    {
      number: "4",
      indicator: t("report-doc-forms"),
      count: indicators.signUps,
      share: null,
      note: [...indicators.forms.map((form) => t("report-doc-form", { kind: form.kind, count: form.signUps, attended: form.attended })), t("report-doc-forms-note")].join("; "),
    },
    { number: "5", indicator: t("report-doc-contests"), count: participations, share: null, note: t("report-doc-contests-note", { people: indicators.contestants }) },
  ];
  const levels = [...EVENT_LEVELS, ...(indicators.contests.some((each) => each.level === null) ? [null] : [])];
  levels.forEach((level, index) => {
    const row = indicators.contests.find((each) => each.level === level);
    rows.push({
      number: `5.${index + 1}`,
      indicator: t("report-doc-contest-level", { level: level ?? "none" }),
      count: row?.participations ?? 0,
      share: null,
      note: t("report-doc-contest-level-note", { prize: row?.prizeWinners ?? 0, winners: row?.winners ?? 0 }),
      sub: true,
    });
  });
  const { deficits } = indicators;
  if (deficits.state === "shown") {
    rows.push({ number: "6", indicator: t("report-doc-deficits"), count: deficits.people, share: null, note: t("report-doc-deficits-note", { questionnaire: text(deficits.questionnaire), threshold: deficits.threshold }) });
    [...deficits.areas]
      .sort((a, b) => b.deficitShare - a.deficitShare)
      .forEach((area, index) =>
        rows.push({ number: `6.${index + 1}`, indicator: t("report-doc-deficit-area", { area: text(area.title) }), count: null, share: roundShare(area.deficitShare), note: t("report-doc-deficit-area-note", { average: roundShare(area.average) }), sub: true }),
      );
  } else {
    const note = deficits.state === "hidden" ? t(deficits.why === "few" ? "report-doc-deficits-hidden-few" : "report-doc-deficits-hidden-subtraction", { questionnaire: text(deficits.questionnaire) }) : t("report-doc-deficits-none");
    rows.push({ number: "6", indicator: t("report-doc-deficits"), count: null, share: null, note });
  }
  rows.push({ number: "7", indicator: t("report-doc-sign-ups"), count: indicators.signUps, share: null, note: t("report-doc-sign-ups-note", { attended: indicators.attended }) });
  return rows;
}
