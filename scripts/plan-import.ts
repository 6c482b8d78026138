// npm run plan:import -- <file> [--dry-run] [--json] [--lang ru|en]
// Parses a plan document (.txt in UTF-8 or Windows-1251, or .docx) and saves it, or with
// --dry-run only shows what it found. With --json, stdout carries one JSON document and nothing else.
// A fresh install works too: the database is migrated and given the bundled directory first (also
// for --dry-run, whose preview names the plan's territory from the directory).
import "dotenv/config";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openPreparedDb } from "./open-db.ts";
import { sharedI18n, DEFAULT_LOCALE, LOCALES } from "../src/i18n/index.ts";
import { PlanInputError, readPlanDocument } from "../src/features/plans/parser/index.ts";
import { fullPreview, previewCounts } from "../src/features/plans/preview.ts";
import { savePlan, type SaveReport } from "../src/features/plans/save-plan.ts";
import { previewTerritoryText, resolveTerritory, type Territory } from "../src/features/plans/territory.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, lang: { type: "string", default: DEFAULT_LOCALE } },
});
const lang = (LOCALES as readonly string[]).includes(values.lang ?? "") ? values.lang! : DEFAULT_LOCALE;
const i18n = sharedI18n();
const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const file = positionals[0];
if (!file || positionals.length > 1) fail(t("plan-cli-usage"));

let bytes: Uint8Array;
try {
  bytes = await readFile(file);
} catch {
  fail(t("plan-cli-unreadable", { file }));
}

let parsed;
try {
  parsed = await readPlanDocument(bytes, path.basename(file));
} catch (error) {
  if (error instanceof PlanInputError) fail(t(`plan-error-${error.code}`));
  throw error;
}

let saved: SaveReport | null = null;
let territory: Territory;
const db = await openPreparedDb({ bundledDirectory: true, outputTo: values.json ? "stderr" : "stdout" });
try {
  territory = await resolveTerritory(db, parsed.plan.issuer);
  if (!values["dry-run"]) saved = (await savePlan(db, parsed, { sourceName: path.basename(file), importedById: null, at: new Date() })).report;
} finally {
  await db.$disconnect();
}

if (values.json) {
  const warnings = parsed.warnings.map((warning) => ({ measure: warning.measure, message: t(`plan-warning-${warning.code}`, warning.details) }));
  const where = { region: territory.regionName, municipality: territory.municipalityName };
  process.stdout.write(`${JSON.stringify({ ...parsed, warnings, territory: where, saved }, null, 2)}\n`);
} else {
  const counts = previewCounts(parsed);
  process.stdout.write(fullPreview(t, parsed, { lang, territory: previewTerritoryText(t, territory, parsed.plan.issuer) }));
  process.stdout.write(`\n${t("plan-cli-summary", counts)}\n`);
  if (saved) process.stdout.write(`${t("plan-cli-saved", saved)}\n`);
}
