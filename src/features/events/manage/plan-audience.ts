/**
 * An event made from a plan measure starts with the audience the plan's "Целевая аудитория"
 * names, ticked on the audience screen, with the plan's own words beside it to check against.
 */
import { esc } from "../../../bot/html.ts";
import { EVERYONE, type Audience } from "../../../core/audience.ts";
import type { Translate } from "../../../i18n/dates.ts";
import type { PlanAudience } from "../../plans/parser/audience.ts";
import { clip } from "../card-text.ts";
import type { MeasurePrefill } from "./service.ts";

export function audienceOfPlan(reading: PlanAudience): Audience {
  return { ...structuredClone(EVERYONE), subjects: [...reading.subjects], roles: [...reading.roles], youngOnly: reading.youngOnly };
}

/**
 * Lines under the audience question: the plan's words, that the ticks came from them (on the
 * first ask only: later the ticks are the methodologist's), and the groups no tick expresses.
 */
export function planAudienceNote(t: Translate, planAudience: MeasurePrefill["audience"], opts: { firstAsk: boolean }): string | null {
  if (!planAudience) return null;
  const { wording, reading } = planAudience;
  const lines = [t("event-plan-audience-wording", { wording: esc(clip(wording, 300)) })];
  if (opts.firstAsk && (reading.subjects.length || reading.roles.length || reading.youngOnly)) lines.push(t("event-plan-audience-ticked"));
  if (reading.unexpressed.length) {
    const groups = reading.unexpressed.slice(0, 6).map((group) => `«${esc(clip(group, 80))}»`).join(", ") + (reading.unexpressed.length > 6 ? ", …" : "");
    lines.push(t("event-plan-audience-unexpressed", { groups }));
  }
  if (reading.headsNamed) lines.push(t("event-plan-audience-heads"));
  return lines.join("\n");
}
