// Fails when prisma/models.prisma changed without a migration for the provider DATABASE_URL
// picks (exit 2), so a forgotten `npm run db:migrate:new` cannot reach main.
import { spawnSync } from "node:child_process";

const provider = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL || "") ? "postgres" : "sqlite";
// The Prisma 6 CLI migrates (scripts/prisma.mjs); it reads the copy of the schema that
// prisma/migrate.config.ts writes, with the datasource url Prisma 6 insists on.
const result = spawnSync(
  process.execPath,
  [
    "scripts/prisma.mjs", "migrate", "diff",
    "--from-migrations", `prisma/${provider}/migrations`,
    "--to-schema-datamodel", `node_modules/.cache/prisma-migrate/${provider}`,
    "--exit-code",
  ],
  { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
);
if (result.status === 0) {
  console.log(`migrations match the models (${provider})`);
} else {
  if (result.status === 2) console.error(`prisma/models.prisma has changes with no ${provider} migration: run npm run db:migrate:new`);
  process.stderr.write(result.stdout ?? "");
}
process.exit(result.status ?? 1);
