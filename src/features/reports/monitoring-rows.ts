// The monitoring table of a half-year: the indicators the plans ask for, in the order monitoring
// forms put them ("№ | Показатель | Значение | Примечание"), every contest level listed even at
// zero, as the forms do. Plain text: the .docx and the .xlsx write the same rows.
import type { Translate } from "../../i18n/dates.ts";
import type { Definition } from "../diagnostics/definition.ts";

type Text = Definition["title"];
import { CONTEST_LEVELS, type Indicators } from "./indicators.ts";

export type MonitoringRow = { number: string; indicator: string; value: string; note: string; sub?: boolean };

export function monitoringRows(t: Translate, indicators: Indicators, opts: { lang: string; at: string }): MonitoringRow[] {
  const pct = (value: number) => new Intl.NumberFormat(opts.lang === "en" ? "en" : "ru", { maximumFractionDigits: 1 }).format(Math.round(value * 10) / 10);
  const text = (value: Text) => (opts.lang === "en" ? value.en : value.ru);
  const share = (count: number, value: number) => t("report-doc-share", { count, share: pct(value) });
  const rows: MonitoringRow[] = [
    { number: "1", indicator: t("report-doc-teachers"), value: String(indicators.teachers), note: t("report-doc-teachers-note", { at: opts.at }) },
    { number: "2", indicator: t("report-doc-trained"), value: share(indicators.trained.count, indicators.trained.share), note: t("report-doc-trained-note", { pending: indicators.pendingTrainings }) },
    { number: "3", indicator: t("report-doc-planning"), value: share(indicators.planning.count, indicators.planning.share), note: t("report-doc-planning-note") },
    {
      number: "4",
      indicator: t("report-doc-forms"),
      value: indicators.forms.length ? indicators.forms.map((form) => t("report-doc-form", { kind: form.kind, count: form.signUps, attended: form.attended })).join("; ") : "—",
      note: t("report-doc-forms-note"),
    },
    {
      number: "5",
      indicator: t("report-doc-contests"),
      value: t("report-doc-contests-value", { count: indicators.contests.reduce((sum, row) => sum + row.participations, 0), people: indicators.contestants }),
      note: t("report-doc-contests-note"),
    },
  ];
  CONTEST_LEVELS.forEach((level, index) => {
    const row = indicators.contests.find((each) => each.level === level);
    rows.push({
      number: `5.${index + 1}`,
      indicator: t("report-doc-contest-level", { level }),
      value: t("report-doc-contest-level-value", { count: row?.participations ?? 0, prize: row?.prizeWinners ?? 0, winners: row?.winners ?? 0 }),
      note: "",
      sub: true,
    });
  });
  const unset = indicators.contests.find((each) => each.level === null);
  if (unset) {
    rows.push({ number: "5.5", indicator: t("report-doc-contest-level", { level: "none" }), value: t("report-doc-contest-level-value", { count: unset.participations, prize: unset.prizeWinners, winners: unset.winners }), note: "", sub: true });
  }
  const { deficits } = indicators;
  if (deficits.state === "shown") {
    rows.push({ number: "6", indicator: t("report-doc-deficits"), value: t("report-doc-deficits-value", { people: deficits.people }), note: t("report-doc-deficits-note", { questionnaire: text(deficits.questionnaire), threshold: deficits.threshold }) });
    [...deficits.areas]
      .sort((a, b) => b.deficitShare - a.deficitShare)
      .forEach((area, index) => rows.push({ number: `6.${index + 1}`, indicator: text(area.title), value: `${pct(area.deficitShare)} %`, note: t("report-doc-deficit-area-note", { average: pct(area.average) }), sub: true }));
  } else {
    const note = deficits.state === "hidden" ? t(deficits.why === "few" ? "report-doc-deficits-hidden-few" : "report-doc-deficits-hidden-subtraction", { questionnaire: text(deficits.questionnaire) }) : t("report-doc-deficits-none");
    rows.push({ number: "6", indicator: t("report-doc-deficits"), value: "—", note });
  }
  rows.push({ number: "7", indicator: t("report-doc-sign-ups"), value: t("report-doc-sign-ups-value", { count: indicators.signUps, attended: indicators.attended }), note: t("report-doc-sign-ups-note") });
  return rows;
}
