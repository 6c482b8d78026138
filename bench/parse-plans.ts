/**
 * Times parsing the four seed plans together: npx tsx bench/parse-plans.ts
 * Target: under 100 ms for all four after warm-up.
 */
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parsePlan } from "../src/features/plans/parser/index.ts";

const directory = new URL("../test/fixtures/plans/", import.meta.url);
const seeds = readdirSync(directory)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, directory), "utf8"));

const WARM_UP_ROUNDS = 50;
const TIMED_ROUNDS = 500;

const parseAll = () => seeds.reduce((measures, text) => measures + parsePlan(text).measures.length, 0);

for (let round = 0; round < WARM_UP_ROUNDS; round++) parseAll();
const times: number[] = [];
let measures = 0;
for (let round = 0; round < TIMED_ROUNDS; round++) {
  const start = performance.now();
  measures = parseAll();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!;
console.log(`${seeds.length} seeds, ${measures} measures, ${TIMED_ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds`);
console.log(`all seeds together: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`);
