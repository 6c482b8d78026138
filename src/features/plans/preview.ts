import type { ParsedMeasure, ParsedPlan } from "./parser/types.ts";
import { groupText, sampleOf, sortRemarks, warningLine } from "./remarks.ts";
import { spansInWords } from "./words.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function previewCounts(parsed: ParsedPlan) {
  return {
    sections: parsed.sections.length,
    measures: parsed.measures.length,
    dated: parsed.measures.filter((measure) => measure.dates.length > 0).length,
    warnings: parsed.warnings.length,
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function measureLines(t: Translate, measure: ParsedMeasure, lang: string): string[] {
  const dates = spansInWords(t, measure.dates.map((span) => ({ start: day(span.start), end: day(span.end) })), lang, 12);
  const lines = [
    `${measure.number}. ${measure.title}`,
    `   ${t("plan-preview-kind")}: ${t(`measure-kind-${measure.kind}`)}${measure.form ? ` (${measure.form})` : ""}`,
    `   ${t("plan-preview-schedule")}: ${measure.schedule || "—"}${dates ? ` → ${dates}` : ""}${measure.recurrence ? ` (${t(`recurrence-${measure.recurrence}`)})` : ""}`,
    `   ${t("plan-preview-executors")}: ${measure.executors.join("; ") || "—"}`,
  ];
  if (measure.audience) lines.push(`   ${t("plan-preview-audience")}: ${measure.audience}`);
  if (measure.result) lines.push(`   ${t("plan-preview-result")}: ${measure.result}`);
  if (measure.documentKind) lines.push(`   ${t("plan-preview-document")}: ${measure.documentKind}`);
  return lines;
}

/** What the chat knows beside the document: the reader's language, the plan's territory, executors the directory lacks. */
export type PreviewContext = { lang: string; territory?: string; unmatchedExecutors?: readonly string[] };

const plain = (text: string) => text.replace(/<\/?b>/g, "");

/** The whole preview as plain text, for the file a methodologist reads before saving: remarks first, by importance. */
export function fullPreview(t: Translate, parsed: ParsedPlan, context: PreviewContext): string {
  const unmatched = context.unmatchedExecutors ?? [];
  const lines = [parsed.plan.title, [parsed.plan.issuer, parsed.plan.number && `№ ${parsed.plan.number}`, parsed.plan.date].filter(Boolean).join(", ")];
  if (context.territory) lines.push(context.territory);
  lines.push("");
  const { first, groups } = sortRemarks(parsed.warnings);
  if (first.length || unmatched.length) {
    lines.push(plain(t("plan-preview-remarks-first", { count: first.length + (unmatched.length ? 1 : 0) })));
    for (const warning of first) lines.push(`- ${warningLine(t, warning)}`);
    if (unmatched.length) lines.push(`- ${t("plan-preview-unmatched", { count: unmatched.length, names: unmatched.join("; ") })}`);
    lines.push("");
  }
  if (groups.length) {
    lines.push(plain(t("plan-preview-remarks-rest")));
    for (const group of groups) lines.push(`- ${groupText(t, group, sampleOf(parsed.warnings, group), Infinity)}`);
    lines.push("");
  }
  const sectionTitle = new Map(parsed.sections.map((section) => [section.number, section.title]));
  let section: string | null | undefined;
  for (const measure of parsed.measures) {
    if (measure.section !== section) {
      section = measure.section;
      if (section) lines.push("", `${section}. ${sectionTitle.get(section) ?? ""}`, "");
    }
    lines.push(...measureLines(t, measure, context.lang));
  }
  if (parsed.obligations.length) {
    lines.push("", t("plan-preview-obligations-title"), "");
    for (const obligation of parsed.obligations) lines.push(...measureLines(t, obligation, context.lang));
  }
  return lines.join("\n") + "\n";
}
