/** Why a schedule names no time on purpose: "по мере необходимости", "по запросу", "по графику", "по плану", "постоянно". */
import type { UndatedReason } from "./types.ts";

// In this order: "по плану-графику" is by a schedule before it is by a plan.
const PHRASES: [UndatedReason, RegExp][] = [
  ["as-needed", /по\s+мере|(?:при|по)\s+необходимост|по\s+(?:получени|поступлени)/],
  ["on-request", /по\s+(?:запрос|заявк|обращени|требовани)/],
  ["by-schedule", /график|расписани/],
  ["by-plan", /(?<![а-я])план(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-я])/],
  ["ongoing", /постоянн|регулярн|систематическ|ежедневн/],
];

/** `text` in lower case with "ё" as "е"; null when it gives no such reason. */
export function undatedReason(text: string): UndatedReason | null {
  return PHRASES.find(([, phrase]) => phrase.test(text))?.[0] ?? null;
}
