// npm run seed:demo — fills the configured database (migrating it first) with the bundled
// directory, the real plans, a plan of the current school year and events of the coming weeks
// (see scripts/demo/seed.ts), so a new user sees a populated bot. Safe to run again.
import "dotenv/config";
import { systemClock } from "../src/core/clock.ts";
import { openPreparedDb } from "./open-db.ts";
import { seedDemo } from "./demo/seed.ts";

const db = await openPreparedDb({ bundledDirectory: true });
try {
  await seedDemo(db, { now: systemClock.now(), defaultTimezone: process.env.DEFAULT_TIMEZONE || "Asia/Omsk", log: (line) => console.log(line) });
} finally {
  await db.$disconnect();
}
