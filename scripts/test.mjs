// The whole test suite: the type check, the migration drift checks, and every test on SQLite and,
// when PostgreSQL answers (always in CI), on PostgreSQL too, all side by side. Says at the end
// which ran, and names each failed test.
import { spawn } from "node:child_process";
import { openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const PG_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
const extraArgs = process.argv.slice(2);

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
/** Each failed test with its first error line, repeated in the summary so that the tail of a long log names them. */
const failures = [];

/**
 * The command to run at a lower priority when in the background: the real processes' tests wait
 * on bots that must answer in time, and the lanes of plain tests would otherwise starve them of
 * the two cores (a broadcast measured at 17 a second where it holds 30).
 */
function niced(background, [command, ...args]) {
  return background ? ["nice", ["-n", "10", command, ...args]] : [command, args];
}

/**
 * Starts vitest on one database and resolves with whether it passed, adding its counts to the
 * closing line. Output goes to the terminal, or to a file printed once the run ends (`quiet`),
 * so that two runs side by side do not interleave.
 */
function startTests(title, provider, { quiet = false, lane = provider, args = [], background = false } = {}) {
  const report = path.join(os.tmpdir(), `profrost-vitest-${lane}-${process.pid}.json`);
  const log = path.join(os.tmpdir(), `profrost-vitest-${lane}-${process.pid}.log`);
  if (!quiet) console.log(`\n=== ${title}`);
  const output = quiet ? openSync(log, "w") : "inherit";
  const command = ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args, ...extraArgs];
  const child = spawn(...niced(background, command), {
    stdio: ["ignore", output, output],
    env: { ...process.env, TEST_DB: provider, PROFROST_TEST_RUN: `${lane}-${process.pid}` },
  });
  return new Promise((resolve) => {
    child.once("exit", (code) => {
      if (quiet) {
        console.log(`\n=== ${title}`);
        process.stdout.write(readFileSync(log, "utf8"));
        rmSync(log);
      }
      try {
        const json = JSON.parse(readFileSync(report, "utf8"));
        counts.passed += json.numPassedTests;
        counts.failed += json.numFailedTests;
        counts.skipped += json.numPendingTests + json.numTodoTests;
        for (const file of json.testResults) {
          for (const test of file.assertionResults.filter((each) => each.status === "failed")) {
            const reason = (test.failureMessages[0] ?? "").split("\n")[0].slice(0, 300);
            failures.push(`${title}: ${path.relative(process.cwd(), file.name)} > ${test.fullName}\n    ${reason}`);
          }
          if (file.status === "failed" && !file.assertionResults.some((each) => each.status === "failed")) {
            failures.push(`${title}: ${path.relative(process.cwd(), file.name)}\n    ${(file.message ?? "").split("\n")[0].slice(0, 300)}`);
          }
        }
        rmSync(report);
      } catch {
        counts.failed += 1; // no report: vitest itself failed before running the tests
      }
      resolve(code === 0);
    });
  });
}

const DATABASE_MODULES = [path.resolve("test/support/db.ts"), path.resolve("src/db/client.ts")];

/** Whether a test file reaches a database: it imports, itself or through test helpers, one of DATABASE_MODULES. */
function usesDatabase(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of source.matchAll(/^(?!import type)(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const target = path.resolve(path.dirname(file), specifier);
    if (DATABASE_MODULES.includes(target)) return true;
    if (target.startsWith(path.resolve("test")) && usesDatabase(target, seen)) return true;
  }
  return false;
}

/** Test files that touch no database (the plan reader, the exports, the locales…): run once, on the SQLite lane. */
const databaseFree = readdirSync("test", { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
  .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
  .filter((file) => !file.startsWith("test/e2e/") && !usesDatabase(path.resolve(file)));

const results = [];
const step = (name, ok) => (results.push([name, ok]), ok);

/**
 * Runs a check beside the tests, at a lower priority, printing its output once it ends so that
 * it does not interleave with theirs; resolves with whether it passed.
 */
function startCheck(title, command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(...niced(true, [command, ...args]), { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => {
      console.log(`\n=== ${title}`);
      process.stdout.write(output);
      resolve(code === 0);
    });
  });
}

const checks = [];
// A larger young generation for the type checker: it allocates briefly-lived objects by the
// million, and with node's default a third of its CPU went to collecting them.
checks.push(["type check", startCheck("type check", process.execPath, ["--max-semi-space-size=128", "node_modules/typescript/bin/tsc", "--noEmit"])]);
checks.push(["migrations (sqlite)", startCheck("migration drift, SQLite", "node", ["scripts/db-check.mjs"], { DATABASE_URL: "file:./data/drift-check.db" })]);

const postgres = await postgresAnswers();
if (postgres) checks.push(["migrations (postgres)", startCheck("migration drift, PostgreSQL", "node", ["scripts/db-check.mjs"], { DATABASE_URL: `${PG_URL}/postgres` })]);
else if (process.env.CI) step("tests on PostgreSQL (not reachable at " + PG_URL + ")", false);
else console.log(`\nPostgreSQL does not answer at ${PG_URL}: its tests were skipped.`);

// The two databases' runs go side by side, each with two workers (vitest's default, one fewer
// than the cores, left a core idle once the other run had ended), and the tests of the real
// processes (mostly waiting for them) in two more: the suite takes the longest run's time.
const runs = [];
if (extraArgs.length) runs.push(["tests on SQLite", startTests("tests on SQLite", "sqlite")]);
else {
  runs.push(["tests on SQLite", startTests("tests on SQLite", "sqlite", { args: ["--exclude", "test/e2e/**", "--maxWorkers=2"], background: true })]);
  runs.push(["the real process (SQLite)", startTests("the real process (SQLite)", "sqlite", { lane: "process", args: ["test/e2e"], quiet: true })]);
}
if (postgres && extraArgs.length) runs.push(["tests on PostgreSQL", startTests("tests on PostgreSQL", "postgres", { quiet: true })]);
else if (postgres) {
  const once = databaseFree.flatMap((file) => ["--exclude", file]);
  console.log(`\n${databaseFree.length} test files touch no database: they run on the SQLite lane only.`);
  runs.push(["tests on PostgreSQL", startTests("tests on PostgreSQL", "postgres", { quiet: true, args: ["--exclude", "test/e2e/**", ...once, "--maxWorkers=2"], background: true })]);
  runs.push(["the real processes (PostgreSQL)", startTests("the real processes (PostgreSQL)", "postgres", { lane: "process-pg", args: ["test/e2e"], quiet: true })]);
}
for (const [name, done] of [...checks, ...runs]) step(name, await done);

console.log("\n=== summary");
for (const [name, ok] of results) console.log(`${ok ? "passed" : "FAILED"}  ${name}`);
for (const failure of failures) console.log(`failed  ${failure}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
