/**
 * Sign-up under contention and the "Upcoming" list with 2,000 events, on SQLite and, when it
 * answers, PostgreSQL: npx tsx bench/events.ts
 * Targets: 200 people for 20 seats settle in under 2 s; the list builds in under 50 ms.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDb, type Db } from "../src/db/client.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import { audienceRows, type Person, EVERYONE } from "../src/core/audience.ts";
import { loadMember } from "../src/core/member.ts";
import { EVENT_KINDS } from "../src/features/events/kinds.ts";
import { registerForEvent } from "../src/features/events/registration.ts";
import { listUpcoming } from "../src/features/events/upcoming.ts";
import { CONSENT_VERSION } from "../src/features/profile/service.ts";

const EVENTS = 2_000;
const PEOPLE = 200;
const SEATS = 20;
const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";

const quantile = (times: number[], share: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(share * times.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function migrate(url: string) {
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

async function seed(db: Db): Promise<{ teacher: Person; people: Person[] }> {
  await ensureBundledDirectory(db, { defaultTimezone: "Asia/Omsk" });
  const schools = await db.school.findMany({ select: { id: true, municipalityId: true } });
  await db.user.createMany({
    data: Array.from({ length: PEOPLE + 1 }, (_, i) => ({
      telegramId: BigInt(9_100_000_000 + i),
      consentVersion: CONSENT_VERSION,
      consentAt: new Date(),
      fullName: `Учитель ${i}`,
      municipalityId: schools[i % schools.length]!.municipalityId,
      schoolId: schools[i % schools.length]!.id,
      teachingSince: new Date().getUTCFullYear() - (i % 12),
      onboardedAt: new Date(),
    })),
  });
  const users = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  await db.userSubject.createMany({ data: users.map((user, i) => ({ userId: user.id, subject: ["math", "physics", "russian", "history"][i % 4]! })) });
  // Events over the next year with a realistic mix of audiences: a third for everyone, the rest
  // by municipality, by subject, or for young teachers.
  const now = Date.now();
  for (let i = 0; i < EVENTS; i++) {
    const school = schools[i % schools.length]!;
    const audience =
      i % 3 === 0 ? EVERYONE
      : i % 3 === 1 ? { ...EVERYONE, municipalityIds: [school.municipalityId] }
      : { ...EVERYONE, subjects: [["math", "chemistry", "history"][i % 3]!], youngOnly: i % 5 === 0 };
    const startsAt = new Date(now + (i + 1) * 4 * 3_600_000);
    await db.event.create({
      data: {
        title: `Событие ${i}`,
        kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        organiser: "ИРООО",
        capacity: i % 2 ? 30 : null,
        audience: { create: audienceRows(audience) },
      },
    });
  }
  const member = async (id: number) => (await loadMember(db, { id }, { adminIds: [], now: new Date() }))!;
  const people = await Promise.all(users.slice(1).map((user) => member(user.id)));
  return { teacher: await member(users[0]!.id), people };
}

async function bench(name: string, url: string, extraClients: () => Promise<Db[]>) {
  migrate(url);
  const db = await createDb(url);
  try {
    const { teacher, people } = await seed(db);
    const list = () => listUpcoming(db, { person: teacher, now: new Date(), zone: "Asia/Omsk", filter: { range: "all", kind: null }, skip: 0, take: 6 });
    for (let i = 0; i < 20; i++) await list();
    const listTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      await list();
      listTimes.push(performance.now() - start);
    }
    const clients = [db, ...(await extraClients())];
    const settle: number[] = [];
    for (let round = 0; round < 5; round++) {
      const event = await db.event.create({
        data: { title: `Конкурс ${round}`, kind: "contest", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), organiser: "ИРООО", capacity: SEATS },
      });
      const start = performance.now();
      const results = await Promise.all(people.map((person, i) => registerForEvent(clients[i % clients.length]!, { eventId: event.id, person, now: new Date() })));
      settle.push(performance.now() - start);
      const seated = results.filter((result) => result.status === "registered").length;
      if (seated !== SEATS) throw new Error(`${seated} seats taken of ${SEATS}`);
    }
    for (const client of clients.slice(1)) await client.$disconnect();
    console.log(
      `${name}: upcoming list (${EVENTS} events) median ${ms(quantile(listTimes, 0.5))}, p95 ${ms(quantile(listTimes, 0.95))}; ` +
        `${PEOPLE} sign-ups for ${SEATS} seats settle in median ${ms(quantile(settle, 0.5))}, worst ${ms(Math.max(...settle))} ` +
        `(${Math.round(PEOPLE / (quantile(settle, 0.5) / 1000))} sign-ups/s)`,
    );
  } finally {
    await db.$disconnect();
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), "profrost-bench-"));
try {
  await bench("SQLite", `file:${path.join(dir, "bench.db")}`, async () => []);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
const reachable = await admin.connect().then(() => true, () => false);
if (reachable) {
  const name = `profrost_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = `${PG_SERVER}/${name}`;
    await bench("PostgreSQL", url, () => Promise.all([1, 2, 3].map(() => createDb(url))));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log(`PostgreSQL does not answer at ${PG_SERVER}: skipped`);
}
