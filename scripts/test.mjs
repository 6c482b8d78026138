// The whole test suite: type check, migration drift check, then every test on SQLite and, when
// PostgreSQL answers (always in CI), on PostgreSQL too. Says at the end which databases ran.
import { spawn, spawnSync } from "node:child_process";
import { openSync, readFileSync, rmSync } from "node:fs";
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

/**
 * Starts vitest on one database and resolves with whether it passed, adding its counts to the
 * closing line. Output goes to the terminal, or to a file printed once the run ends (`quiet`),
 * so that two runs side by side do not interleave.
 */
function startTests(title, provider, { quiet = false, lane = provider, args = [] } = {}) {
  const report = path.join(os.tmpdir(), `profrost-vitest-${lane}-${process.pid}.json`);
  const log = path.join(os.tmpdir(), `profrost-vitest-${lane}-${process.pid}.log`);
  if (!quiet) console.log(`\n=== ${title}`);
  const output = quiet ? openSync(log, "w") : "inherit";
  const child = spawn("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args, ...extraArgs], {
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
        rmSync(report);
      } catch {
        counts.failed += 1; // no report: vitest itself failed before running the tests
      }
      resolve(code === 0);
    });
  });
}

const results = [];
const step = (name, ok) => (results.push([name, ok]), ok);

// The type check runs beside the tests (it is half a minute of one core); its output is printed
// when it ends.
const typeCheck = new Promise((resolve) => {
  const child = spawn("npx", ["tsc", "--noEmit"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  child.once("exit", (code) => {
    console.log("\n=== type check");
    process.stdout.write(output);
    resolve(code === 0);
  });
});
step("migrations (sqlite)", run("migration drift, SQLite", "node", ["scripts/db-check.mjs"], { DATABASE_URL: "file:./data/drift-check.db" }));

const postgres = await postgresAnswers();
if (postgres) step("migrations (postgres)", run("migration drift, PostgreSQL", "node", ["scripts/db-check.mjs"], { DATABASE_URL: `${PG_URL}/postgres` }));
else if (process.env.CI) step("tests on PostgreSQL (not reachable at " + PG_URL + ")", false);
else console.log(`\nPostgreSQL does not answer at ${PG_URL}: its tests were skipped.`);

// vitest leaves one of two cores idle (its default is one worker fewer than the cores), so the
// two databases' runs go side by side, and the tests of the real processes (mostly waiting for
// them) in two more: the suite takes the longest run's time, not the sum.
const runs = [];
if (extraArgs.length) runs.push(["tests on SQLite", startTests("tests on SQLite", "sqlite")]);
else {
  runs.push(["tests on SQLite", startTests("tests on SQLite", "sqlite", { args: ["--exclude", "test/e2e/**"] })]);
  runs.push(["the real process (SQLite)", startTests("the real process (SQLite)", "sqlite", { lane: "process", args: ["test/e2e"], quiet: true })]);
}
if (postgres && extraArgs.length) runs.push(["tests on PostgreSQL", startTests("tests on PostgreSQL", "postgres", { quiet: true })]);
else if (postgres) {
  // The longest run, and often waiting for the database server: two workers.
  runs.push(["tests on PostgreSQL", startTests("tests on PostgreSQL", "postgres", { quiet: true, args: ["--exclude", "test/e2e/**", "--maxWorkers=2"] })]);
  runs.push(["the real processes (PostgreSQL)", startTests("the real processes (PostgreSQL)", "postgres", { lane: "process-pg", args: ["test/e2e"], quiet: true })]);
}
for (const [name, done] of [["type check", typeCheck], ...runs]) step(name, await done);

console.log("\n=== summary");
for (const [name, ok] of results) console.log(`${ok ? "passed" : "FAILED"}  ${name}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
