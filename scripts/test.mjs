// The whole test suite: type check, migration drift check, then every test on SQLite and, when
// PostgreSQL answers (always in CI), on PostgreSQL too. Says at the end which databases ran.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const PG_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
const extraArgs = process.argv.slice(2);

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function postgresAnswers() {
  const { hostname, port } = new URL(PG_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs vitest once on one database, adding its counts to the closing line. */
function runTests(title, provider) {
  const report = path.join(os.tmpdir(), `profrost-vitest-${provider}-${process.pid}.json`);
  const ok = run(title, "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extraArgs], {
    TEST_DB: provider,
    PROFROST_TEST_RUN: `${provider}-${process.pid}`,
  });
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    counts.passed += json.numPassedTests;
    counts.failed += json.numFailedTests;
    counts.skipped += json.numPendingTests + json.numTodoTests;
    rmSync(report);
  } catch {
    counts.failed += 1; // no report: vitest itself failed before running the tests
  }
  return ok;
}

const results = [];
const step = (name, ok) => (results.push([name, ok]), ok);

step("type check", run("type check", "npx", ["tsc", "--noEmit"]));
step("migrations (sqlite)", run("migration drift, SQLite", "node", ["scripts/db-check.mjs"], { DATABASE_URL: "file:./data/drift-check.db" }));
step("tests on SQLite", runTests("tests on SQLite", "sqlite"));

if (await postgresAnswers()) {
  step("migrations (postgres)", run("migration drift, PostgreSQL", "node", ["scripts/db-check.mjs"], { DATABASE_URL: `${PG_URL}/postgres` }));
  step("tests on PostgreSQL", runTests("tests on PostgreSQL", "postgres"));
} else if (process.env.CI) {
  step("tests on PostgreSQL (not reachable at " + PG_URL + ")", false);
} else {
  console.log(`\nPostgreSQL does not answer at ${PG_URL}: its tests were skipped.`);
}

console.log("\n=== summary");
for (const [name, ok] of results) console.log(`${ok ? "passed" : "FAILED"}  ${name}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
