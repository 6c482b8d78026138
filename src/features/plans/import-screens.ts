import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatWhen } from "../../i18n/dates.ts";
import { IMPORT_DATA } from "./callbacks.ts";
import type { ParsedPlan } from "./parser/types.ts";
import type { PlanUpdate } from "./plan-changes.ts";
import { PREVIEW_WARNINGS, previewCounts, warningText } from "./preview.ts";
import { previewTerritoryText, resolveTerritory } from "./territory.ts";
import { cut } from "./words.ts";

/**
 * What a methodologist reads before "Save": the counts, the first remarks and, when the plan is
 * already loaded, what saving would change in it and which of those measures have events.
 */
export async function previewScreen(ctx: Context, opts: { pendingId: number; parsed: ParsedPlan; update: PlanUpdate | null; changed?: boolean }) {
  const t = ctx.t.bind(ctx);
  const { parsed, update } = opts;
  const counts = previewCounts(parsed);
  const warnings = parsed.warnings.slice(0, PREVIEW_WARNINGS).map((warning) => `• ${esc(cut(warningText(t, warning), 300))}`);
  const lines = opts.changed ? [t("plan-changed"), ""] : [];
  const territory = previewTerritoryText(t, await resolveTerritory(ctx.deps.db, parsed.plan.issuer));
  lines.push(t("plan-preview", { title: esc(cut(parsed.plan.title, 1000)), ...counts }), esc(territory), "", await updateText(ctx, update));
  if (warnings.length) lines.push("", t("plan-preview-first-warnings", { shown: warnings.length, count: counts.warnings }), ...warnings);
  const keyboard = new InlineKeyboard().text(t("plan-save"), IMPORT_DATA.save(opts.pendingId)).text(t("plan-cancel"), IMPORT_DATA.cancel(opts.pendingId));
  return { text: lines.join("\n"), keyboard };
}

async function updateText(ctx: Context, update: PlanUpdate | null): Promise<string> {
  if (!update) return ctx.t("plan-preview-new");
  const zone = ctx.member?.timezone ?? ctx.deps.config.defaultTimezone;
  const when = formatWhen(ctx.t.bind(ctx), update.updatedAt, await ctx.i18n.getLocale(), zone);
  const saved = esc(update.lastSavedBy ? `${when}, ${cut(update.lastSavedBy, 100)}` : when);
  const { created, updated, removed } = update.report;
  const lines = [ctx.t(created + updated + removed ? "plan-preview-update" : "plan-preview-same", { saved, ...update.report })];
  if (update.linkedNumbers.length) lines.push(ctx.t("plan-preview-linked", { numbers: esc(cut(update.linkedNumbers.join(", "), 300)) }));
  return lines.join("\n");
}
