// Everything the bot runs, started from settings already read and checked (src/main.ts).
import { run, type RunnerHandle } from "@grammyjs/runner";
import { Api } from "grammy";
import type { Config } from "./config/index.ts";
import { createDb } from "./db/client.ts";
import { migrateIfPending } from "./db/migrate.ts";
import { createLogger } from "./logger.ts";
import { createBot } from "./bot/index.ts";
import { createChatLock } from "./bot/chat-lock/index.ts";
import { registerCommands } from "./bot/commands.ts";
import { startWebhookServer } from "./bot/webhook-server.ts";
import { sharedI18n } from "./i18n/index.ts";
import { hostname } from "node:os";
import { systemClock } from "./core/clock.ts";
import { createJobRunner, JOBS } from "./jobs/index.ts";
import { planPreviewsPurge } from "./features/plans/purge-job.ts";
import { ensureBundledDirectory } from "./features/directory/service.ts";
import { resolveMissingTerritories } from "./features/plans/territory.ts";
import { createSendRate } from "./messaging/rate.ts";
import { LANE, OutboxSender } from "./messaging/sender.ts";
import { scheduledBroadcasts } from "./features/broadcasts/jobs.ts";
import { startProgressReports } from "./features/broadcasts/progress.ts";
import { EVENT_NUDGES } from "./features/events/nudges.ts";
import { nudgesJob } from "./nudges/job.ts";
import { planDeadlineNudge } from "./features/plans/deadline-nudges.ts";
import { ensureDefaultQuestionnaire } from "./features/diagnostics/default.ts";
import { questionnaireDueNudge } from "./features/diagnostics/due-nudges.ts";
import { routeItemSoonNudge } from "./features/diagnostics/route-nudges.ts";
import { MEETING_NUDGES } from "./features/mentoring/meetings/nudges.ts";
import { practiceReviewDigest } from "./features/practices/review-digest.ts";

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;
const SHUTDOWN_LIMIT_MS = 10_000;
const MAX_UPDATES_IN_FLIGHT = 32;

/** Starts the bot; the returned promise settles once it polls or serves webhooks. */
export async function start(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  // Listening from the start (before the first await): a signal that comes while the bot is still
  // starting, or the moment it starts polling, must stop it as gracefully as one that comes later.
  let stopUpdates = async () => {};
  let stopJobs = async () => {};
  let stopSending = async () => {};
  let closeDatabase = async () => {};
  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing the updates in flight");
    setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await stopUpdates();
    await stopJobs();
    await stopSending();
    await closeDatabase();
    logger.info("stopped");
    logger.flush(() => process.exit(0));
  }
  // `on`, not `once`: a Ctrl+C reaches the process twice (directly and through npm), and a second
  // signal must not end the shutdown that the first one started.
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  const db = await createDb(config.databaseUrl);
  closeDatabase = () => db.$disconnect();

  const migrated = await migrateIfPending(db, config.databaseUrl);
  if (migrated.length) logger.info({ migrations: migrated }, "database migrated");
  const bundled = await ensureBundledDirectory(db, { defaultTimezone: config.defaultTimezone });
  if (bundled) logger.info({ municipalities: bundled.municipalitiesAdded, schools: bundled.schoolsAdded }, "bundled directory loaded");
  // Plans saved before territories existed, or before the directory knew their issuer's place.
  const defaultQuestionnaire = await ensureDefaultQuestionnaire(db, systemClock.now());
  if (defaultQuestionnaire) logger.info({ questionnaire: defaultQuestionnaire }, "default questionnaire published");
  const placed = await resolveMissingTerritories(db);
  if (placed) logger.info({ plans: placed }, "plan territories resolved");

  const clock = systemClock;
  const rate = await createSendRate({ perSecond: config.sendRatePerSecond, redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix, clock });
  const paidPerSecond = config.paidSendRatePerSecond;
  const paidRate = paidPerSecond ? await createSendRate({ perSecond: paidPerSecond, redisUrl: config.redisUrl, keyPrefix: `${config.redisKeyPrefix}-paid`, clock }) : undefined;
  // Its own Api, without auto-retry: the sender reads 429s itself and never sleeps on a row.
  const senderApi = new Api(config.botToken, { apiRoot: config.apiRoot, timeoutSeconds: 30 });
  const senderDeps = { db, api: senderApi, i18n: sharedI18n(), clock, logger, defaultTimezone: config.defaultTimezone };
  const outbox = new OutboxSender({
    ...senderDeps,
    rate,
    perSecond: config.sendRatePerSecond,
    // Urgent announcements have a sender of their own at the paid rate when paid broadcasts are on.
    lanes: paidRate ? [LANE.notice, LANE.broadcast] : [LANE.notice, LANE.broadcast, LANE.paid],
  });
  const paidOutbox = paidRate && paidPerSecond ? new OutboxSender({ ...senderDeps, rate: paidRate, perSecond: paidPerSecond, lanes: [LANE.paid], paid: true }) : undefined;
  const delivery = { paidBroadcasts: paidRate !== undefined, defaultTimezone: config.defaultTimezone, quietHours: config.quietHours };
  // Only webhooks can be served by several instances: Telegram gives getUpdates to one poller.
  const chatLock = config.mode.kind === "webhook" ? await createChatLock({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix, db }) : undefined;
  const bot = createBot({ config, db, logger, clock, outbox, chatLock: chatLock?.lock });
  await bot.init();
  // The "/" list is Telegram's to show; the first update need not wait for it.
  void registerCommands(bot.api, sharedI18n()).catch((err: unknown) => logger.warn({ err }, "commands not registered"));
  outbox.start();
  paidOutbox?.start();
  const progress = startProgressReports({ db, api: bot.api, i18n: sharedI18n(), clock, logger, perSecond: config.sendRatePerSecond, paidPerSecond });
  stopSending = async () => {
    await progress.stop();
    await Promise.all([outbox.stop(), paidOutbox?.stop()]);
    await Promise.all([rate.close(), paidRate?.close()]);
  };
  const jobs = createJobRunner({
    deps: { db, clock, logger },
    jobs: [...JOBS, planPreviewsPurge, scheduledBroadcasts(delivery), nudgesJob([...EVENT_NUDGES, planDeadlineNudge, questionnaireDueNudge, routeItemSoonNudge, ...MEETING_NUDGES, practiceReviewDigest(config.adminIds)], { defaultTimezone: config.defaultTimezone, quietHours: config.quietHours })],
    holder: `${hostname()}:${process.pid}`,
  });
  jobs.start();
  stopJobs = () => jobs.stop();

  if (config.mode.kind === "webhook") {
    const { url, secret, port } = config.mode;
    const server = await startWebhookServer({ bot, path: new URL(url).pathname, secret, port, logger });
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
    stopUpdates = async () => {
      await server.close();
      await chatLock?.close();
    };
    logger.info({ bot: bot.botInfo.username, port }, "webhook server listening");
  } else {
    await bot.api.deleteWebhook();
    const runner: RunnerHandle = run(bot, {
      runner: { fetch: { allowed_updates: ALLOWED_UPDATES } },
      // Past about 32 updates in flight, throughput fell: they only queue for the database.
      sink: { concurrency: MAX_UPDATES_IN_FLIGHT },
    });
    stopUpdates = async () => {
      if (runner.isRunning()) await runner.stop();
      // stop() ends fetching but does not wait for the updates already being handled.
      while (runner.size() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    logger.info({ bot: bot.botInfo.username }, "polling for updates");
  }
}
