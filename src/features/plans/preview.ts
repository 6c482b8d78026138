import type { ParsedPlan, PlanWarning } from "./parser/types.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export const PREVIEW_WARNINGS = 5;

export function previewCounts(parsed: ParsedPlan) {
  return {
    sections: parsed.sections.length,
    measures: parsed.measures.length,
    dated: parsed.measures.filter((measure) => measure.dates.length > 0).length,
    warnings: parsed.warnings.length,
  };
}

export function warningText(t: Translate, warning: PlanWarning): string {
  const text = t(`plan-warning-${warning.code}`, warning.details);
  return warning.measure ? `${warning.measure}: ${text}` : text;
}

/** The whole preview as plain text, for the file a methodologist reads before saving. */
export function fullPreview(t: Translate, parsed: ParsedPlan): string {
  const lines = [parsed.plan.title, [parsed.plan.issuer, parsed.plan.number && `№ ${parsed.plan.number}`, parsed.plan.date].filter(Boolean).join(", "), ""];
  const sectionTitle = new Map(parsed.sections.map((section) => [section.number, section.title]));
  let section: string | null | undefined;
  for (const measure of parsed.measures) {
    if (measure.section !== section) {
      section = measure.section;
      if (section) lines.push("", `${section}. ${sectionTitle.get(section) ?? ""}`, "");
    }
    const dates = measure.dates.map((span) => (span.start === span.end ? span.start : `${span.start} – ${span.end}`)).join(", ");
    lines.push(
      `${measure.number}. ${measure.title}`,
      `   ${t("plan-preview-kind")}: ${t(`measure-kind-${measure.kind}`)}`,
      `   ${t("plan-preview-schedule")}: ${measure.schedule || "—"}${dates ? ` → ${dates}` : ""}${measure.recurrence ? ` (${t(`recurrence-${measure.recurrence}`)})` : ""}`,
      `   ${t("plan-preview-executors")}: ${measure.executors.join("; ") || "—"}`,
    );
    if (measure.result) lines.push(`   ${t("plan-preview-result")}: ${measure.result}`);
  }
  if (parsed.warnings.length) {
    lines.push("", t("plan-preview-warnings", { count: parsed.warnings.length }));
    for (const warning of parsed.warnings) lines.push(`- ${warningText(t, warning)}`);
  }
  return lines.join("\n") + "\n";
}
