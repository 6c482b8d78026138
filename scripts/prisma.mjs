#!/usr/bin/env node
// `npm run prisma -- <command>`: the project's one entry to two Prisma CLIs, both offline.
//
// - Prisma 7 (`prisma`) generates the clients the app runs on (7.4+ caches query plans: a
//   statement costs less than half the CPU it did on 6.19). Before any command, generate
//   included, it fetches a native schema engine that generate never runs: pointing
//   PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops the download.
// - Prisma 6.19 (`prisma-migrate`, an npm alias) runs `migrate` and `db`: its WebAssembly schema
//   engine works through the JS driver adapters (prisma/migrate.config.ts). Prisma 7's CLI
//   migrates only through the native engine, which cannot be downloaded here.
//
// Both packages install a `prisma` bin and npm links whichever it meets first, so nothing in the
// project calls `npx prisma`: each CLI is run from its own package.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const migrates = args[0] === "migrate" || args[0] === "db";
// Commands after which Prisma 6 would generate a 6.19 client: Prisma 7 regenerates both instead.
const changesModels = (args[0] === "migrate" && (args[1] === "dev" || args[1] === "reset")) || (args[0] === "db" && args[1] === "push");

function run(cliPackage, cliArgs, env = process.env) {
  const cli = require.resolve(`${cliPackage}/build/index.js`);
  const result = spawnSync(process.execPath, [cli, ...cliArgs], { stdio: "inherit", env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function prisma7(cliArgs) {
  const engine = existsSync("/bin/true") ? "/bin/true" : process.execPath;
  return run("prisma", cliArgs, { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || engine });
}

let status;
if (!migrates) {
  status = prisma7(args);
} else {
  const migrateArgs = [...args];
  if (!migrateArgs.includes("--config")) migrateArgs.push("--config", `${root}prisma/migrate.config.ts`);
  if (changesModels && !migrateArgs.includes("--skip-generate")) migrateArgs.push("--skip-generate");
  status = run("prisma-migrate", migrateArgs);
  if (status === 0 && changesModels && !args.includes("--skip-generate")) {
    for (const schema of ["prisma/sqlite", "prisma/postgres"]) {
      status = prisma7(["generate", "--schema", `${root}${schema}`]);
      if (status !== 0) break;
    }
  }
}
process.exit(status);
