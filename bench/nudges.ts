/**
 * One tick of the nudge planner at scale: 20,000 teachers, 500 events over the coming month, and
 * 2,000 registrations to the events whose day-before and hour-before reminders fall due within
 * the hour, plus a few sign-up deadlines tomorrow. Times the first tick after an hour of downtime
 * (the whole hour's window: everything due is found and queued) and a quiet minute's tick after it
 * (nothing new), on SQLite and, when it answers, PostgreSQL. npx tsx bench/nudges.ts [teachers=20000]
 * Target (issue #11): finding and enqueuing the due set under 1 s on either database.
 */
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { DEFAULT_QUIET_HOURS } from "../src/core/quiet-hours.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import { EVENT_NUDGES } from "../src/features/events/nudges.ts";
import { CONSENT_VERSION } from "../src/features/profile/service.ts";
import { nudgesJob } from "../src/nudges/job.ts";
import { FakeClock } from "../test/support/clock.ts";
import { makeEvent } from "../test/support/events.ts";
import { onEachDatabase } from "./databases.ts";

const TEACHERS = Number(process.argv[2] ?? 20_000);
const EVENTS = 500;
const DUE_REGISTRATIONS = 2000;
const HOUR = 3_600_000;
const NOW = new Date("2026-12-02T06:00:00Z"); // midday in Omsk: nothing held for the night

async function run(label: string, url: string): Promise<void> {
  const db: Db = await createDb(url);
  await ensureBundledDirectory(db, { defaultTimezone: "Asia/Omsk" });
  const schools = await db.school.findMany({ select: { id: true, municipalityId: true } });
  for (let i = 0; i < TEACHERS; i += 5000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(5000, TEACHERS - i) }, (_, j) => {
        const school = schools[(i + j) % schools.length]!;
        return { telegramId: BigInt(6_000_000_000 + i + j), consentVersion: CONSENT_VERSION, consentAt: NOW, onboardedAt: NOW, lang: j % 3 ? "ru" : "en", municipalityId: school.municipalityId, schoolId: school.id, teachingSince: 2010 + (j % 16) };
      }),
    });
  }
  const people = await db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  // 40 events whose reminders fall due in the coming hour (a day and an hour ahead), the rest spread over the month.
  const eventIds: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const startsAt = i < 20 ? new Date(NOW.getTime() + 24 * HOUR + i * 3 * 60_000) : i < 40 ? new Date(NOW.getTime() + HOUR + (i - 20) * 3 * 60_000) : new Date(NOW.getTime() + (30 + i) * HOUR * 1.4);
    const deadline = i % 100 === 50 ? { registrationDeadline: new Date(NOW.getTime() + 24 * HOUR + 30 * 60_000), audience: { municipalityIds: [schools[i % schools.length]!.municipalityId], schoolIds: [], subjects: [], roles: [], youngOnly: false } } : {};
    eventIds.push(await makeEvent(db, { title: `Событие ${i}`, startsAt, capacity: 100, ...deadline }, new Date(NOW.getTime() - 7 * 24 * HOUR)));
  }
  const due = eventIds.slice(0, 40);
  await db.registration.createMany({
    data: Array.from({ length: DUE_REGISTRATIONS }, (_, i) => ({ eventId: due[i % due.length]!, userId: people[(i * 7) % people.length]!.id, status: "registered" })),
  });
  const clock = new FakeClock(new Date(NOW.getTime() + HOUR));
  // Finding alone, kind by kind (the rest of the hour's tick is queuing).
  for (const kind of EVENT_NUDGES) {
    const started = performance.now();
    const found = await kind.find(db, { from: NOW, to: clock.now() });
    const people = found.reduce((sum, nudge) => sum + nudge.recipients.length, 0);
    console.log(`  ${kind.name}: ${found.length} due, ${people} recipients, found in ${(performance.now() - started).toFixed(0)} ms`);
  }
  const job = nudgesJob(EVENT_NUDGES, { defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
  const deps = { db, clock, logger: pino({ level: "silent" }) };
  let started = performance.now();
  await job.run(deps, clock.now(), NOW);
  const catchUp = performance.now() - started;
  const queued = await db.outboxMessage.count();
  clock.advance(60_000);
  started = performance.now();
  await job.run(deps, clock.now(), new Date(clock.now().getTime() - 60_000));
  const quiet = performance.now() - started;
  console.log(`${label}: ${TEACHERS} teachers, ${EVENTS} events, ${DUE_REGISTRATIONS} registrations due — the hour's tick found and queued ${queued} nudges in ${catchUp.toFixed(0)} ms; the next minute's tick ${quiet.toFixed(0)} ms`);
  await db.$disconnect();
}

await onEachDatabase("nudges", run);
