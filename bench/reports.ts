/**
 * Reports at the region's scale: 20,000 teachers, 300 events of the half-year and 20,000
 * registrations to them (60 % attended, contests with levels and results), 3,000 courses entered by
 * teachers, 5,000 finished self-diagnoses (bench/reports-seed.ts). A fresh process (as the bot would
 * be: not one that just built 40,000 rows, and with its heap flags) then times the region's indicators (and one
 * municipality's and one school's) and the Excel export of the 20,000 registrations, three runs
 * each (the best and the worst shown), sampling its resident memory meanwhile. On SQLite and, when
 * it answers, PostgreSQL (own databases, dropped after).
 *
 *   npx tsx bench/reports.ts [teachers=20000] [registrations=20000]
 *
 * Targets (issue #14): the export under 3 s, the indicators under 1 s, memory under 250 MB during both.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createDb } from "../src/db/client.ts";
import { toXlsx } from "../src/exports/xlsx.ts";
import { registrationsTable } from "../src/features/reports/export-registrations.ts";
import { computeIndicators } from "../src/features/reports/indicators.ts";
import { periodOf } from "../src/features/reports/period.ts";
import type { ReportScope } from "../src/features/reports/scope.ts";
import { sharedI18n } from "../src/i18n/index.ts";
import { onEachDatabase } from "./databases.ts";
import { seedRegion, type Seeded } from "./reports-seed.ts";

const NOW = new Date("2026-11-30T06:00:00Z");
const ZONE = "Asia/Omsk";
const PERIOD = periodOf({ year: 2026, half: 2 }, ZONE);
const VIEWER = { onboarded: true, grants: [{ role: "methodologist" as const, municipalityId: null, schoolId: null }], bootstrapAdmin: false };
const MB = 1024 * 1024;
/** The V8 heap flags `npm start` gives the bot. */
const HEAP_FLAGS = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts.start as string).match(/--max-[a-z-]+-size=\d+/g) ?? [];

/** Runs `work` three times, sampling resident memory every 10 ms meanwhile. */
async function measure(name: string, work: () => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
      peak = Math.max(peak, process.memoryUsage.rss());
    }
  } finally {
    clearInterval(sampler);
  }
  return `${name}: ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms, RSS up to ${(peak / MB).toFixed(0)} MB`;
}

/** The measuring process: opens the seeded database and times what a coordinator's taps run. */
async function measureAll(url: string, places: Seeded, registrations: number): Promise<void> {
  const db = await createDb(url);
  console.log(`  a fresh process with the database open: RSS ${(process.memoryUsage.rss() / MB).toFixed(0)} MB`);
  const indicators = (scope: ReportScope) => () => computeIndicators(db, { scope, period: PERIOD, now: NOW, viewer: VIEWER });
  console.log(`  ${await measure("indicators, the region", indicators({ kind: "r", id: 0 }))}`);
  console.log(`  ${await measure("indicators, a municipality", indicators({ kind: "m", id: places.municipalityId }))}`);
  console.log(`  ${await measure("indicators, a school", indicators({ kind: "s", id: places.schoolId }))}`);
  const i18n = sharedI18n();
  const options = { scope: { kind: "r", id: 0 } as const, period: PERIOD, now: NOW, t: (key: string, vars?: Record<string, string | number>) => i18n.t("ru", key, vars), lang: "ru", zone: ZONE };
  let size = 0;
  const exportAll = async () => (size = (await toXlsx(await registrationsTable(db, options))).length);
  console.log(`  ${await measure(`Excel export of the region's ${registrations} registrations`, exportAll)} (${(size / MB).toFixed(1)} MB file)`);
  await db.$disconnect();
}

if (process.argv[2] === "--measure") {
  await measureAll(process.argv[3]!, JSON.parse(process.argv[4]!) as Seeded, Number(process.argv[5]));
} else {
  const teachers = Number(process.argv[2] ?? 20_000);
  const registrations = Number(process.argv[3] ?? 20_000);
  await onEachDatabase("reports", async (label, url) => {
    const db = await createDb(url);
    const started = performance.now();
    const places = await seedRegion(db, { teachers, registrations, period: PERIOD, now: NOW, zone: ZONE });
    await db.$disconnect();
    console.log(`${label}: ${teachers} teachers, ${registrations} registrations seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const self = fileURLToPath(import.meta.url);
    // With the heap flags `npm start` gives the bot: V8 collects the pages' garbage before it grows.
    execFileSync(process.execPath, [...HEAP_FLAGS, ...process.execArgv, self, "--measure", url, JSON.stringify(places), String(registrations)], { stdio: "inherit" });
  });
}
