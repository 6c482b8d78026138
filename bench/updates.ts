/**
 * The whole bot: a realistic mix of taps from thousands of onboarded people, through
 * bot.handleUpdate and a fake Telegram, on 20,000 teachers and 500 events, on SQLite and, when it
 * answers, PostgreSQL: npx tsx --expose-gc bench/updates.ts [updates=12000] [seconds=30]
 * (BENCH_DB=sqlite or BENCH_DB=postgresql for one of them; BENCH_SQL=0 leaves out the SQL samples)
 *
 * Each person taps what a person does: /menu → "Upcoming" → an event's card → "Sign up" →
 * /menu → "My registrations" → "‹ Back" → "Profile", pressing the buttons the bot itself sent
 * (read from the fake's messages, menu data and fingerprints included).
 *
 * - Statements: every SQL statement handed to the driver (src/db/sqlite.ts's execute on SQLite, pg's
 *   Client.query on PostgreSQL), BEGIN/COMMIT included, counted per update in a sequential pass
 *   (concurrent updates may share one batched findUnique, so the loaded figure is per update).
 * - Throughput: `updates` updates (at most 45 s of them) with 32 different chats in flight.
 * - Latency: `seconds` at 250 updates a second offered (open loop, 200 people tapping, in random order),
 *   measured from when each update was due to when handleUpdate returned; stopped early when
 *   over two seconds of updates are waiting (the bot cannot keep up).
 * - Bare grammY: a Bot with no middleware but a reply to /menu and an answer plus an edit for a
 *   press, on the same fake, same cadence of updates, in the same process.
 * - RSS: each database runs in a process of its own and seeds in a child of it; the fake forgets
 *   a person's chat once they are done (Telegram's memory, not the bot's).
 * - Start: import the bot + createDb + createBot + bot.init + the first /menu, in that process
 *   (migrations, the directory check and setMyCommands of `npm start` are not in it).
 * The machine's load moves the times a lot: compare runs on a quiet machine, or the CPU µs per update.
 * Targets (issue #8): ≥ 500 updates/s, p99 < 25 ms at 250/s, no tap over 5 statements (a menu
 * tap 2 at most), RSS < 250 MB under load, first update within 3 s.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { SingleConnectionLibSQL } from "../src/db/sqlite.ts";
import { Bot, InlineKeyboard } from "grammy";
import type { Message, Update, User } from "grammy/types";
import pg from "pg";
import { pino } from "pino";
import { parseConfig } from "../src/config/index.ts";
import { systemClock } from "../src/core/clock.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { ensureBundledDirectory } from "../src/features/directory/service.ts";
import { EVENT_KINDS } from "../src/features/events/kinds.ts";
import { CONSENT_VERSION } from "../src/features/profile/service.ts";
import { SUBJECTS } from "../src/features/profile/subjects.ts";
import { Prisma } from "../src/generated/sqlite/client.ts";
import { FakeTelegram } from "../test/support/fake-telegram.ts";

const TEACHERS = 20_000;
const EVENTS = 500;
const [MODE, ...ARGS] = process.argv.slice(2);
const NUMBERS = (MODE?.startsWith("--") ? ARGS.slice(2) : [MODE, ...ARGS]).filter((arg) => arg !== undefined);
const UPDATES = Number(NUMBERS[0] ?? 12_000);
const SECONDS = Number(NUMBERS[1] ?? 30);
const IN_FLIGHT = 32;
const CLOSED_LIMIT_MS = 45_000; // fewer updates when the bot is slow: the run stays within minutes
const RATE = 250;
const ACTIVE = 200;
const COUNTED_PEOPLE = 30;
const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
const TOKEN = "123456:" + "A".repeat(35);
const FIRST_ID = 9_200_000_000;

// ---- statements, counted at the driver ---------------------------------------------------------

type Sink = { count: number; sql: string[] };
const perUpdate = new AsyncLocalStorage<Sink>();
let statements = 0;
function counted(sql: string): void {
  statements++;
  const sink = perUpdate.getStore();
  if (sink) {
    sink.count++;
    sink.sql.push(sql);
  }
}
/** Wraps a driver method whose first argument is the SQL, or an object with it under `key`. */
function countCalls(proto: object, method: string, key: "sql" | "text"): void {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method]!;
  target[method] = function (this: unknown, ...args: unknown[]) {
    const [first] = args;
    counted(typeof first === "string" ? first : typeof first === "object" && first !== null && key in first ? String((first as Record<string, unknown>)[key]) : "?");
    return original.apply(this, args);
  };
}
// SQLite: the project's own client (src/db/sqlite.ts), made per connection by the adapter factory.
const createSqliteClient = SingleConnectionLibSQL.prototype.createClient;
SingleConnectionLibSQL.prototype.createClient = function (this: SingleConnectionLibSQL, config) {
  const client = createSqliteClient.call(this, config);
  countCalls(client, "execute", "sql");
  return client;
};
countCalls(pg.Client.prototype, "query", "text");

// ---- figures -----------------------------------------------------------------------------------

const KINDS = ["/menu", "upcoming", "card", "sign-up", "my registrations", "‹ back (menu)", "profile"] as const;
type Kind = (typeof KINDS)[number];
const MENU_TAPS = new Set<Kind>(["/menu", "‹ back (menu)"]);
const quantile = (values: number[], share: number) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]! : NaN;
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
/** CPU time (user + system) this process spent since `since`, in µs: steadier than wall time on a busy machine. */
const cpuMicros = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return user + system;
};
const pad = (text: string | number, width: number) => String(text).padStart(width);

class Memory {
  rss = 0;
  heap = 0;
  private timer: NodeJS.Timeout | undefined;
  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
  private sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

// ---- the database ------------------------------------------------------------------------------

function migrate(url: string): void {
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

async function seed(db: Db): Promise<void> {
  await ensureBundledDirectory(db, { defaultTimezone: "Asia/Omsk" });
  const schools = await db.school.findMany({ select: { id: true, municipalityId: true }, orderBy: { id: "asc" } });
  // Experience is "experienceYears" or, since the member refactor, "teachingSince": whichever the
  // generated client has.
  const experience = "teachingSince" in Prisma.UserScalarFieldEnum
    ? (i: number) => ({ teachingSince: new Date().getUTCFullYear() - (i % 25) })
    : (i: number) => ({ experienceYears: i % 25 });
  const now = new Date();
  for (let from = 0; from < TEACHERS; from += 1_000) {
    const data = Array.from({ length: Math.min(1_000, TEACHERS - from) }, (_, k) => {
      const i = from + k;
      const school = schools[(i * 7919) % schools.length]!;
      return {
        telegramId: BigInt(FIRST_ID + i),
        lang: "ru",
        consentVersion: CONSENT_VERSION,
        consentAt: now,
        fullName: `Учитель ${i}`,
        municipalityId: school.municipalityId,
        schoolId: school.id,
        onboardedAt: now,
        ...experience(i),
      };
    });
    await db.user.createMany({ data: data as unknown as Prisma.UserCreateManyInput[] });
  }
  const users = await db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const subjects = users.flatMap((user, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, k) => ({ userId: user.id, subject: SUBJECTS[(i + k * 5) % SUBJECTS.length]! })),
  );
  for (let from = 0; from < subjects.length; from += 5_000) await db.userSubject.createMany({ data: subjects.slice(from, from + 5_000) });
  // Events over the next three months: a third for everyone, a third by municipality, a third by
  // subject (some for young teachers only); half have 30 seats.
  const start = Date.now();
  for (let i = 0; i < EVENTS; i++) {
    const school = schools[(i * 31) % schools.length]!;
    // The rows an audience is stored as (kind, value), as create-event.ts writes them.
    const audience =
      i % 3 === 0 ? []
      : i % 3 === 1 ? [{ kind: "municipality", value: String(school.municipalityId) }]
      : [
          ...[...new Set([SUBJECTS[i % SUBJECTS.length]!, "math"])].map((subject) => ({ kind: "subject", value: subject })),
          ...(i % 5 === 0 ? [{ kind: "young", value: "1" }] : []),
        ];
    const startsAt = new Date(start + (i + 1) * 4 * 3_600_000);
    await db.event.create({
      data: {
        title: `Семинар ${i}: функциональная грамотность`,
        kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
        description: "Практический семинар для учителей.",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        link: "https://meet.example.org/fg",
        organiser: "ИРООО",
        capacity: i % 2 ? 30 : null,
        audience: { create: audience },
      },
    });
  }
}

// ---- people tapping ----------------------------------------------------------------------------

type Driver = {
  telegram: FakeTelegram;
  handle(update: Update): Promise<void>;
};

class Person {
  readonly user: User;
  private menuId = 0;
  private step = 0;
  constructor(
    readonly index: number,
    private readonly driver: Driver,
  ) {
    this.user = { id: FIRST_ID + index, is_bot: false, first_name: `Учитель ${index}`, language_code: "ru" };
    driver.telegram.registerUser(this.user);
  }

  get done(): boolean {
    return this.step >= KINDS.length + 1;
  }

  /** The next tap: its kind and the update, built from what the bot last sent. */
  next(): { kind: Kind; update: Update; after(): void } {
    const step = this.step++;
    switch (step) {
      case 0:
      case 4:
        return { kind: "/menu", update: this.command("/menu"), after: () => (this.menuId = this.newestKeyboard()) };
      case 1:
        return { kind: "upcoming", update: this.press(this.menuId, (b) => /Ближайшие/.test(b.text)), after() {} };
      case 2: {
        const cards = this.buttons(this.menuId).filter((b) => b.data.startsWith("ev:card:"));
        const pick = cards[this.index % cards.length];
        return { kind: "card", update: this.press(this.menuId, (b) => b.data === pick?.data), after() {} };
      }
      case 3:
        return { kind: "sign-up", update: this.press(this.menuId, (b) => b.data.startsWith("ev:join:")), after() {} };
      case 5:
        return { kind: "my registrations", update: this.press(this.menuId, (b) => /Мои записи/.test(b.text)), after() {} };
      case 6:
        return { kind: "‹ back (menu)", update: this.press(this.menuId, (b) => b.data === "ev:menu"), after() {} };
      case 7:
        return { kind: "profile", update: this.press(this.menuId, (b) => /Профиль/.test(b.text)), after: () => this.forget() };
      default:
        throw new Error(`person ${this.index} has no step ${step}`);
    }
  }

  /** Taps once; returns the kind and how long handleUpdate took. */
  async tap(): Promise<{ kind: Kind; ms: number }> {
    const { kind, update, after } = this.next();
    const start = performance.now();
    await this.driver.handle(update);
    const ms = performance.now() - start;
    after();
    return { kind, ms };
  }

  private command(text: string): Update {
    const telegram = this.driver.telegram;
    const message: Message.TextMessage & Update.NonChannel = {
      message_id: telegram.nextMessageId(this.user.id),
      date: Math.floor(Date.now() / 1000),
      chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
      from: this.user,
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.length }],
    };
    telegram.storeIncoming(message);
    return { update_id: telegram.nextUpdateId(), message };
  }

  private buttons(messageId: number): { text: string; data: string }[] {
    const stored = this.driver.telegram.message(this.user.id, messageId);
    return (stored?.message.reply_markup?.inline_keyboard ?? [])
      .flat()
      .flatMap((b) => ("callback_data" in b && b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
  }

  private press(messageId: number, which: (button: { text: string; data: string }) => boolean): Update {
    const telegram = this.driver.telegram;
    const stored = telegram.message(this.user.id, messageId);
    const button = this.buttons(messageId).find(which);
    if (!stored || !button) {
      throw new Error(`person ${this.index}, step ${this.step - 1}: no such button in #${messageId} "${stored?.message.text?.slice(0, 80)}": ${this.buttons(messageId).map((b) => `[${b.text}]`).join(" ")}`);
    }
    const id = telegram.newId("cb");
    telegram.openCallbackQuery(id);
    return {
      update_id: telegram.nextUpdateId(),
      callback_query: { id, from: this.user, chat_instance: `ci${this.user.id}`, data: button.data, message: structuredClone(stored.message) },
    };
  }

  private newestKeyboard(): number {
    const mine = this.driver.telegram.messages(this.user.id).filter((m) => m.fromBot && m.message.reply_markup);
    const newest = mine.sort((a, b) => b.seq - a.seq)[0];
    if (!newest) throw new Error(`person ${this.index}: the bot sent no keyboard`);
    return newest.message.message_id;
  }

  /** The fake's memory of a finished person (Telegram's, not the bot's) would only grow RSS. */
  private forget(): void {
    (this.driver.telegram as unknown as { history: Map<number, unknown> }).history.delete(this.user.id);
    this.driver.telegram.calls.length = 0;
  }
}

type Latencies = Map<Kind, number[]>;
type Tapper = { readonly done: boolean; tap(): Promise<{ kind: Kind; ms: number }> };
const latencies = (): Latencies => new Map(KINDS.map((kind) => [kind, []]));

/** Every person's whole script, `inFlight` people at a time, until all are done or time is up. */
async function closedLoop(people: Tapper[], inFlight: number, times: Latencies, limitMs = Infinity): Promise<{ perSecond: number; updates: number }> {
  let next = 0;
  let updates = 0;
  const start = performance.now();
  const more = () => (performance.now() - start < limitMs ? people[next++] : undefined);
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let person = more(); person; person = more()) {
        while (!person.done) {
          const { kind, ms } = await person.tap();
          times.get(kind)!.push(ms);
          updates++;
        }
      }
    }),
  );
  return { perSecond: updates / ((performance.now() - start) / 1000), updates };
}

/** Updates offered at `rate` a second whatever the answers, from `active` people tapping in turn. */
async function openLoop(fresh: () => Person, rate: number, seconds: number, times: Latencies): Promise<{ late: number; gaveUpAfter: number | null }> {
  let total = Math.round(rate * seconds);
  let gaveUpAfter: number | null = null;
  const ready: Person[] = Array.from({ length: ACTIVE }, fresh);
  const pending = new Set<Promise<void>>();
  let fired = 0;
  let late = 0;
  const start = performance.now();
  while (fired < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    while (fired < due) {
      const scheduled = start + (fired * 1000) / rate;
      if (performance.now() - scheduled > 5) late++;
      fired++;
      // A random one of those ready: people drift apart, so every kind of tap is in every second.
      const person = ready.splice(Math.floor(Math.random() * ready.length), 1)[0] ?? fresh();
      const run: Promise<void> = person.tap().then(({ kind }) => {
        times.get(kind)!.push(performance.now() - scheduled);
        ready.push(person.done ? fresh() : person);
        pending.delete(run);
      });
      pending.add(run);
    }
    // Two seconds of updates waiting: the bot cannot keep up, and the backlog would only grow.
    if (pending.size > 2 * rate && gaveUpAfter === null) {
      gaveUpAfter = (performance.now() - start) / 1000;
      total = fired;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  return { late, gaveUpAfter };
}

// ---- one database ------------------------------------------------------------------------------

type Counts = Map<Kind, { counts: number[]; sample: string[]; alone: number[] }>;

async function bench(name: string, url: string): Promise<void> {
  const seeding = performance.now();
  migrate(url);
  // In a child process, so that the 20,000 rows it handled do not stay in this process's RSS.
  run("--seed", url);
  console.log(`\n${name}: ${TEACHERS} teachers, ${EVENTS} events seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  collect();

  collect();
  const baseRss = process.memoryUsage().rss;
  const telegram = new FakeTelegram();
  const problems: string[] = [];
  const logger = pino({ level: "warn", base: undefined }, { write: (line: string) => void (problems.length < 20 && problems.push(line)) });
  const config = parseConfig({ BOT_TOKEN: TOKEN, LOG_LEVEL: "silent", DATABASE_URL: url });
  const handled = (handle: (update: Update) => Promise<void>): Driver => ({ telegram, handle });

  // The start: the bot's modules, its client, init (getMe) and the first answer.
  const started = performance.now();
  const { createBot } = await import("../src/bot/index.ts");
  const db = await createDb(url);
  const bot = createBot({ config, db, logger, fetch: telegram.fetch, clock: systemClock, outbox: { wake() {} } });
  await bot.init();
  const driver = handled((update) => bot.handleUpdate(update));
  let people = 0;
  const fresh = () => new Person(people++, driver);
  const first = fresh();
  await first.tap();
  const startMs = performance.now() - started;
  while (!first.done) await first.tap();

  try {
    // Statements per tap, one update at a time (concurrent updates may share a batched query).
    const counts: Counts = new Map(KINDS.map((kind) => [kind, { counts: [], sample: [], alone: [] }]));
    for (let i = 0; i < COUNTED_PEOPLE; i++) {
      const person = fresh();
      while (!person.done) {
        const { kind, update, after } = person.next();
        const sink: Sink = { count: 0, sql: [] };
        const began = performance.now();
        await perUpdate.run(sink, () => driver.handle(update));
        const ms = performance.now() - began;
        after();
        const entry = counts.get(kind)!;
        entry.counts.push(sink.count);
        if (i >= 5) entry.alone.push(ms);
        if (i === COUNTED_PEOPLE - 1 && !entry.sample.length) entry.sample = sink.sql;
      }
    }

    collect();
    const idleRss = process.memoryUsage().rss;
    const memory = new Memory();
    memory.start();
    const closedTimes = latencies();
    const before = statements;
    const cpuBefore = process.cpuUsage();
    const closed = await closedLoop(Array.from({ length: Math.ceil(UPDATES / 8) }, fresh), IN_FLIGHT, closedTimes, CLOSED_LIMIT_MS);
    const cpuPerUpdate = cpuMicros(cpuBefore) / closed.updates;
    const statementsPerUpdate = (statements - before) / closed.updates;
    memory.stop();
    const openMemory = new Memory();
    openMemory.start();
    const openTimes = latencies();
    const { late, gaveUpAfter } = await openLoop(fresh, RATE, SECONDS, openTimes);
    openMemory.stop();
    collect();
    const afterRss = process.memoryUsage().rss;

    // The bare grammY bot: the same fake, the same cadence (2 messages, 6 presses per person).
    const bare = new Bot(TOKEN, { client: { fetch: telegram.fetch } });
    const keyboard = new InlineKeyboard().text("📅 Ближайшие события", "a").row().text("🎫 Мои записи", "b").row().text("👤 Профиль", "c");
    bare.command("menu", (ctx) => ctx.reply("<b>Главное меню</b>", { parse_mode: "HTML", reply_markup: keyboard }));
    bare.on("callback_query:data", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`<b>${ctx.callbackQuery.data}</b> ${ctx.update.update_id}`, { parse_mode: "HTML", reply_markup: keyboard });
    });
    await bare.init();
    const bareDriver = handled((update) => bare.handleUpdate(update));
    const barePeople = Array.from({ length: Math.ceil(UPDATES / 8) }, (_, i) => new BarePerson(i, bareDriver));
    const bareCpuBefore = process.cpuUsage();
    const bareRun = await closedLoop(barePeople, IN_FLIGHT, latencies());
    const bareCpuPerUpdate = cpuMicros(bareCpuBefore) / bareRun.updates;

    // ---- the table ----
    const mixed = KINDS.flatMap((kind) => openTimes.get(kind)!);
    console.log(`${name}: start (import bot + createDb + createBot + init + first /menu answered) ${startMs.toFixed(0)} ms`);
    console.log(
      `${name}: ${closed.updates} updates, ${IN_FLIGHT} chats in flight: ${Math.round(closed.perSecond)} updates/s ` +
        `(bare grammY on the same fake: ${Math.round(bareRun.perSecond)} updates/s; ratio ${(closed.perSecond / bareRun.perSecond).toFixed(2)}); ` +
        `${statementsPerUpdate.toFixed(1)} statements/update; this process's CPU ${Math.round(cpuPerUpdate)} µs/update (bare grammY ${Math.round(bareCpuPerUpdate)} µs)`,
    );
    console.log(
      `${name}: ${RATE}/s offered for ${gaveUpAfter === null ? SECONDS : `${gaveUpAfter.toFixed(1)} s of ${SECONDS}`} s (${mixed.length} updates${late ? `, ${late} fired over 5 ms late` : ""}` +
        `${gaveUpAfter === null ? "" : `; stopped: over ${2 * RATE} updates waiting, the bot cannot keep up`}): ` +
        `all taps p50 ${quantile(mixed, 0.5).toFixed(1)} ms, p99 ${quantile(mixed, 0.99).toFixed(1)} ms`,
    );
    console.log(
      `${name}: RSS before the bot ${mb(baseRss)} MB, idle with the bot ${mb(idleRss)} MB; peak with ${IN_FLIGHT} in flight ${mb(memory.rss)} MB ` +
        `(heap ${mb(memory.heap)} MB), at ${RATE}/s offered ${mb(openMemory.rss)} MB (heap ${mb(openMemory.heap)} MB); after the load ${mb(afterRss)} MB`,
    );
    console.log(`  tap                 statements     alone     at ${RATE}/s offered      at ${IN_FLIGHT} in flight`);
    console.log(`                      median (max)   p50 ms    p50 ms     p99 ms    p50 ms     p99 ms`);
    for (const kind of KINDS) {
      const c = counts.get(kind)!.counts;
      const alone = counts.get(kind)!.alone;
      const open = openTimes.get(kind)!;
      const shut = closedTimes.get(kind)!;
      console.log(
        `  ${kind.padEnd(18)}  ${pad(quantile(c, 0.5), 4)} (${pad(Math.max(...c), 2)})   ${pad(quantile(alone, 0.5).toFixed(1), 7)}   ${pad(quantile(open, 0.5).toFixed(1), 6)}  ${pad(quantile(open, 0.99).toFixed(1), 9)}` +
          `  ${pad(quantile(shut, 0.5).toFixed(1), 8)}  ${pad(quantile(shut, 0.99).toFixed(1), 9)}`,
      );
    }
    const worst = Math.max(...KINDS.map((kind) => Math.max(...counts.get(kind)!.counts)));
    const worstMenu = Math.max(...[...MENU_TAPS].map((kind) => Math.max(...counts.get(kind)!.counts)));
    const check = (ok: boolean) => (ok ? "ok" : "MISSED");
    console.log(
      `${name}: targets: ≥ 500 updates/s ${check(closed.perSecond >= 500)}; p99 < 25 ms at ${RATE}/s ${check(quantile(mixed, 0.99) < 25)}; ` +
        `≤ 5 statements a tap ${check(worst <= 5)} (worst ${worst}); ≤ 2 a menu tap ${check(worstMenu <= 2)} (worst ${worstMenu}); ` +
        `RSS < 250 MB ${check(memory.rss < 250 * 1_048_576)}; first answer < 3 s ${check(startMs < 3000)}`,
    );
    if (process.env.BENCH_SQL !== "0") {
      console.log(`${name}: the statements of one tap of each kind (person ${COUNTED_PEOPLE}):`);
      for (const kind of KINDS) {
        console.log(`  ${kind}:`);
        for (const sql of counts.get(kind)!.sample) console.log(`    ${sql.replace(/\s+/g, " ").slice(0, 220)}`);
      }
    }
    if (problems.length) console.log(`${name}: the bot logged ${problems.length}${problems.length === 20 ? "+" : ""} warnings/errors, first: ${problems[0]}`);
  } finally {
    await db.$disconnect();
  }
}

/** A person tapping the bare bot: the same message/press cadence, with whatever buttons it sent. */
class BarePerson {
  private step = 0;
  private menuId = 0;
  constructor(
    readonly index: number,
    private readonly driver: Driver,
  ) {
    driver.telegram.registerUser({ id: FIRST_ID + 100_000 + index, is_bot: false, first_name: "Bare", language_code: "ru" });
  }
  get done(): boolean {
    return this.step >= 8;
  }
  async tap(): Promise<{ kind: Kind; ms: number }> {
    const step = this.step++;
    const telegram = this.driver.telegram;
    const id = FIRST_ID + 100_000 + this.index;
    const from: User = { id, is_bot: false, first_name: "Bare", language_code: "ru" };
    let update: Update;
    if (step === 0 || step === 4) {
      const message: Message.TextMessage & Update.NonChannel = {
        message_id: telegram.nextMessageId(id),
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: "private", first_name: "Bare" },
        from,
        text: "/menu",
        entities: [{ type: "bot_command", offset: 0, length: 5 }],
      };
      telegram.storeIncoming(message);
      update = { update_id: telegram.nextUpdateId(), message };
    } else {
      const stored = telegram.message(id, this.menuId)!;
      const cb = telegram.newId("cb");
      telegram.openCallbackQuery(cb);
      update = { update_id: telegram.nextUpdateId(), callback_query: { id: cb, from, chat_instance: `ci${id}`, data: "abc"[step % 3]!, message: structuredClone(stored.message) } };
    }
    const start = performance.now();
    await this.driver.handle(update);
    const ms = performance.now() - start;
    if (step === 0 || step === 4) {
      this.menuId = telegram.messages(id).filter((m) => m.fromBot).sort((a, b) => b.seq - a.seq)[0]!.message.message_id;
    }
    if (this.done) {
      (telegram as unknown as { history: Map<number, unknown> }).history.delete(id);
      telegram.calls.length = 0;
    }
    return { kind: "/menu", ms };
  }
}

// Each database runs in a process of its own, which seeds in a child: RSS and the start are the
// bot's, not what seeding or the other database left behind.
const script = fileURLToPath(import.meta.url);
const run = (...args: string[]) => execFileSync(process.execPath, [...process.execArgv, script, ...args], { stdio: "inherit" });

if (MODE === "--seed") {
  const seeder = await createDb(ARGS[0]!);
  await seed(seeder);
  await seeder.$disconnect();
  process.exit(0);
}
if (MODE === "--bench") {
  await bench(ARGS[0]!, ARGS[1]!);
  process.exit(0);
}

// BENCH_DB=sqlite or BENCH_DB=postgresql runs only that one.
const only = process.env.BENCH_DB;
if (only !== "postgresql") {
  const dir = mkdtempSync(path.join(os.tmpdir(), "profrost-bench-updates-"));
  try {
    run("--bench", "SQLite", `file:${path.join(dir, "bench.db")}`, String(UPDATES), String(SECONDS));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
const reachable = only !== "sqlite" && (await admin.connect().then(() => true, () => false));
if (reachable) {
  const dbName = `profrost_bench_updates_${process.pid}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  try {
    run("--bench", "PostgreSQL", `${PG_SERVER}/${dbName}`, String(UPDATES), String(SECONDS));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
} else if (only !== "sqlite") {
  console.log(`PostgreSQL does not answer at ${PG_SERVER}: skipped`);
}
