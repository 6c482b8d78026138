// What the indicators become outside the screen: the chart's bars and the monitoring report's file,
// in the person's language.
import type { Context } from "../../bot/context.ts";
import { formatDate } from "../../i18n/dates.ts";
import { inLang, readerOf } from "../diagnostics/take-screens.ts";
import type { IndicatorsChartInput } from "./chart.ts";
import type { Indicators } from "./indicators.ts";
import { monitoringDocx, monitoringXlsx } from "./monitoring-files.ts";
import { monitoringRows } from "./monitoring-rows.ts";
import type { HalfYear } from "./period.ts";
import type { ReportScope } from "./scope.ts";
import { halfYearWords } from "./screens.ts";

export function indicatorsChartInput(ctx: Context, indicators: Indicators, opts: { name: string; half: HalfYear }): IndicatorsChartInput {
  const shares = [
    { label: ctx.t("report-chart-trained"), value: indicators.trained.share },
    { label: ctx.t("report-chart-planning"), value: indicators.planning.share },
    ...(indicators.deficits.state === "shown"
      ? [...indicators.deficits.areas].sort((a, b) => b.deficitShare - a.deficitShare).map((area) => ({ label: ctx.t("report-chart-deficit", { area: inLang(area.title, readerOf(ctx)) }), value: area.deficitShare }))
      : []),
  ];
  const counts = [
    ...indicators.forms.map((form) => ({ label: ctx.t("report-chart-form", { kind: form.kind }), value: form.signUps })),
    ...indicators.contests.map((row) => ({ label: ctx.t("report-chart-contest", { level: row.level ?? "none" }), value: row.participations })),
  ];
  return { title: opts.name, lang: ctx.member?.lang ?? "ru", subtitle: ctx.t("report-chart-subtitle", { period: halfYearWords(ctx, opts.half), teachers: indicators.teachers }), shares, counts };
}

/** A file name of letters, digits and dashes: "monitoring-mbou-sosh-1-2026-H2.docx". */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "scope";
}

export async function monitoringFile(ctx: Context, indicators: Indicators, opts: { name: string; scope: ReportScope; half: HalfYear; format: "d" | "x" }): Promise<{ bytes: Buffer; name: string }> {
  const lang = ctx.member?.lang ?? "ru";
  const at = formatDate(indicators.at, lang, ctx.deps.config.defaultTimezone);
  const t = ctx.t.bind(ctx);
  const rows = monitoringRows(t, indicators, { lang, at });
  const head = {
    heading: t("report-doc-heading"),
    lines: [opts.name, t("report-doc-period", { period: halfYearWords(ctx, opts.half), at })],
    columns: [t("report-doc-col-number"), t("report-doc-col-indicator"), t("report-doc-col-count"), t("report-doc-col-share"), t("report-doc-col-note")] as [string, string, string, string, string],
    signatures: [t("report-doc-sign-head"), t("report-doc-sign-author")],
    lang,
  };
  const base = `${t("report-doc-file")}-${fileSlug(opts.name)}-${opts.half.year}-H${opts.half.half}`;
  return opts.format === "d"
    ? { bytes: await monitoringDocx(head, rows), name: `${base}.docx` }
    : { bytes: await monitoringXlsx(head, rows, t("report-doc-sheet")), name: `${base}.xlsx` };
}
