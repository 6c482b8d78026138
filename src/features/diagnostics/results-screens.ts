// A finished attempt shown to the person: the score per area, the change since the previous
// attempt, the deficits named, and the chart as a photo.
import { InlineKeyboard, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Screen } from "../../bot/screen.ts";
import { esc } from "../../bot/html.ts";
import { formatDate } from "../../i18n/dates.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import { renderChart } from "./chart.ts";
import type { Results } from "./take-service.ts";
import { inLang, readerOf, type Reader } from "./take-screens.ts";

/** "+12", "−5", "0": the sign a reader expects, with a real minus. */
export function signed(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return "0";
}

export function resultsScreen(ctx: Context, results: Results): Screen {
  const reader = readerOf(ctx);
  const date = (at: Date) => formatDate(at, reader.lang, reader.zone);
  const areaLines = results.areas.map((area) => {
    const name = esc(inLang(area.title, reader));
    return area.change === null
      ? ctx.t("diagnostics-results-area", { area: name, score: area.score })
      : ctx.t("diagnostics-results-area-change", { area: name, score: area.score, change: signed(area.change) });
  });
  const titleOf = (id: string) => esc(inLang(results.areas.find((area) => area.id === id)!.title, reader));
  const parts = [ctx.t("diagnostics-results-title", { title: esc(inLang(results.title, reader)), date: date(results.finishedAt) }), areaLines.join("\n")];
  if (results.previousFinishedAt) parts.push(ctx.t("diagnostics-results-change-since", { date: date(results.previousFinishedAt) }));
  parts.push(
    results.deficits.length
      ? ctx.t("diagnostics-results-deficits", { threshold: results.threshold, areas: results.deficits.map(titleOf).join(", ") })
      : ctx.t("diagnostics-results-no-deficits", { threshold: results.threshold }),
  );
  const keyboard = new InlineKeyboard();
  if (results.deficits.length) keyboard.text(ctx.t("diagnostics-route-open"), DIAGNOSTICS_DATA.routeProposal(results.attemptId, 0)).row();
  if (results.retakeFrom && results.retakeFrom <= ctx.deps.clock.now()) keyboard.text(ctx.t("diagnostics-results-retake"), DIAGNOSTICS_DATA.retake(results.questionnaireId)).row();
  else if (results.retakeFrom) parts.push(ctx.t("diagnostics-results-retake-from", { date: date(results.retakeFrom) }));
  keyboard.text(ctx.t("diagnostics-take-to-list"), DIAGNOSTICS_DATA.list()).text(ctx.t("button-menu"), DIAGNOSTICS_DATA.menu());
  return { text: parts.join("\n\n"), keyboard };
}

/** The chart's input: this attempt, and the previous one first when there is one. */
export function chartOf(results: Results, reader: Reader) {
  const date = (at: Date) => formatDate(at, reader.lang, reader.zone);
  const current = { name: date(results.finishedAt), values: results.areas.map((area) => area.score) };
  const previousValues = results.areas.map((area) => area.previous);
  const previous =
    results.previousFinishedAt && previousValues.every((value) => value !== null)
      ? [{ name: date(results.previousFinishedAt), values: previousValues as number[] }]
      : [];
  return {
    title: inLang(results.title, reader),
    areas: results.areas.map((area) => inLang(area.title, reader)),
    series: [...previous, current],
    threshold: results.threshold,
  };
}

/** Sends the results chart as a photo (a new message: the person keeps it). */
export async function sendResultsChart(ctx: Context, results: Results): Promise<void> {
  const reader = readerOf(ctx);
  const png = await renderChart(chartOf(results, reader));
  await ctx.replyWithPhoto(new InputFile(png, `results-${results.attemptId}.png`), {
    caption: ctx.t("diagnostics-results-chart-caption", { title: inLang(results.title, reader) }),
  });
}
