import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatWhen } from "../../i18n/dates.ts";
import { IMPORT_DATA } from "./callbacks.ts";
import type { ParsedPlan } from "./parser/types.ts";
import type { PlanUpdate } from "./plan-changes.ts";
import { executorsWithoutMatch } from "./executor-links.ts";
import { fullPreview, previewCounts } from "./preview.ts";
import { groupText, sampleOf, sortRemarks, warningLine } from "./remarks.ts";
import { splitExecutor } from "./save-plan.ts";
import { previewTerritoryText, resolveTerritory, territoryColumns } from "./territory.ts";
import { cut } from "./words.ts";

/**
 * What a methodologist reads before "Save": the counts, the first remarks and, when the plan is
 * already loaded, what saving would change in it and which of those measures have events.
 */
export async function previewScreen(ctx: Context, opts: { pendingId: number; parsed: ParsedPlan; update: PlanUpdate | null; changed?: boolean }) {
  const t = ctx.t.bind(ctx);
  const { parsed, update } = opts;
  const counts = previewCounts(parsed);
  const lines = opts.changed ? [t("plan-changed"), ""] : [];
  const territory = await resolveTerritory(ctx.deps.db, parsed.plan.issuer);
  lines.push(t("plan-preview", { title: esc(cut(parsed.plan.title, 1000)), ...counts }));
  if (parsed.obligations.length) lines.push(t("plan-preview-obligations", { count: parsed.obligations.length }));
  const territoryText = previewTerritoryText(t, territory, parsed.plan.issuer);
  lines.push(esc(territoryText), "", await updateText(ctx, update));
  const executors = [...parsed.measures, ...parsed.obligations].flatMap((measure) => measure.executors.map((executor) => splitExecutor(executor).name));
  const unmatchedExecutors = await executorsWithoutMatch(ctx.deps.db, executors, territoryColumns(territory));
  lines.push(...remarksText(t, parsed, unmatchedExecutors));
  // The same document again: saving would change nothing but the name of who saved it last.
  const unchanged = update !== null && !update.archived && update.report.created + update.report.updated + update.report.removed === 0;
  const keyboard = unchanged
    ? new InlineKeyboard().text(t("plan-close"), IMPORT_DATA.cancel(opts.pendingId))
    : new InlineKeyboard().text(t("plan-save"), IMPORT_DATA.save(opts.pendingId)).text(t("plan-cancel"), IMPORT_DATA.cancel(opts.pendingId));
  // The file says everything the chat has no room for: every remark, every executor, every measure.
  const file = fullPreview(t, parsed, { lang: await ctx.i18n.getLocale(), territory: territoryText, unmatchedExecutors });
  return { text: lines.join("\n"), keyboard, file };
}

/** How many remarks of each kind the chat shows; the preview file has them all. */
const PREVIEW_FIRST_REMARKS = 6;

/** Executor names the chat shows; the preview file has them all. */
const UNMATCHED_SHOWN = 5;

/** What needs a person first, each on its line (the first few), then the rest in groups. */
function remarksText(t: (key: string, vars?: Record<string, string | number>) => string, parsed: ParsedPlan, unmatched: string[]): string[] {
  const { first, groups } = sortRemarks(parsed.warnings);
  const firstLines = first.map((warning) => warningLine(t, warning));
  if (unmatched.length) {
    const shown = unmatched.slice(0, UNMATCHED_SHOWN).map((name) => cut(name, 60));
    if (unmatched.length > UNMATCHED_SHOWN) shown.push(t("plan-preview-unmatched-more", { count: unmatched.length - UNMATCHED_SHOWN }));
    firstLines.push(t("plan-preview-unmatched", { count: unmatched.length, names: shown.join("; ") }));
  }
  const lines: string[] = [];
  if (firstLines.length) {
    lines.push("", t("plan-preview-remarks-first", { count: firstLines.length }));
    lines.push(...firstLines.slice(0, PREVIEW_FIRST_REMARKS).map((line) => `• ${esc(cut(line, 600))}`));
    if (firstLines.length > PREVIEW_FIRST_REMARKS) lines.push(t("plan-preview-remarks-more", { count: firstLines.length - PREVIEW_FIRST_REMARKS }));
  }
  if (groups.length) {
    lines.push("", t("plan-preview-remarks-rest"));
    lines.push(...groups.slice(0, PREVIEW_FIRST_REMARKS).map((group) => `• ${esc(cut(groupText(t, group, sampleOf(parsed.warnings, group)), 300))}`));
  }
  return lines;
}

async function updateText(ctx: Context, update: PlanUpdate | null): Promise<string> {
  if (!update) return ctx.t("plan-preview-new");
  const zone = ctx.member?.timezone ?? ctx.deps.config.defaultTimezone;
  const when = formatWhen(ctx.t.bind(ctx), update.updatedAt, await ctx.i18n.getLocale(), zone);
  const saved = esc(update.lastSavedBy ? `${when}, ${cut(update.lastSavedBy, 100)}` : when);
  const { created, updated, removed } = update.report;
  const lines = [ctx.t(created + updated + removed ? "plan-preview-update" : "plan-preview-same", { saved, ...update.report })];
  const numbers = (list: string[]) => esc(cut(list.join(", "), 300));
  if (update.changedNumbers.length) lines.push(ctx.t("plan-preview-changed-numbers", { numbers: numbers(update.changedNumbers) }));
  if (update.removedNumbers.length) lines.push(ctx.t("plan-preview-removed-numbers", { numbers: numbers(update.removedNumbers) }));
  if (update.archived) lines.push(ctx.t("plan-preview-archived"));
  if (update.linkedNumbers.length) lines.push(ctx.t("plan-preview-linked", { numbers: esc(cut(update.linkedNumbers.join(", "), 300)) }));
  return lines.join("\n");
}
