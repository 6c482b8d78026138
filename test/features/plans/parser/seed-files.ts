import { readFileSync } from "node:fs";
import type { ParsedMeasure, ParsedPlan } from "../../../../src/features/plans/parser/types.ts";

export const SEEDS = ["omsk-region-2018-plan-1079", "omsk-region-2020-plan-1620", "okoneshnikovo-2021-order-209b", "kachkanar-2020-decree-451"] as const;
export type Seed = (typeof SEEDS)[number];

const fixtures = new URL("../../../fixtures/plans/", import.meta.url);

export const seedBytes = (seed: Seed, extension: "txt" | "docx" = "txt"): Buffer => readFileSync(new URL(`${seed}.${extension}`, fixtures));
export const seedText = (seed: Seed): string => seedBytes(seed).toString("utf8");

export function measureOf(plan: ParsedPlan, number: string): ParsedMeasure {
  const found = plan.measures.find((measure) => measure.number === number);
  if (!found) throw new Error(`no measure ${number}`);
  return found;
}

/** Numbers "1.1" … "1.n" for each section size given, for comparing whole numberings. */
export function sectionNumbers(sizes: Record<string, number[]>): string[] {
  return Object.entries(sizes).flatMap(([section, items]) => items.map((item) => `${section}.${item}`));
}

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
