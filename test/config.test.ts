import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/index.ts";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

describe("configuration", () => {
  it("defaults to SQLite, polling, Telegram's API and Omsk time", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      databaseUrl: "file:./data/profrost.db",
      apiRoot: "https://api.telegram.org",
      adminIds: [],
      defaultTimezone: "Asia/Omsk",
      logLevel: "info",
      sendRatePerSecond: 25,
      paidSendRatePerSecond: null,
      quietHours: { from: 1260, until: 480 },
      redisUrl: undefined,
      redisKeyPrefix: "profrost",
      mode: { kind: "polling" },
    });
  });

  it("reads admins, a PostgreSQL URL, an API root and webhook settings", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      BOT_ADMIN_IDS: " 7000000001, 42 ",
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/profrost",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
      PORT: "9000",
    });
    expect(config.adminIds).toEqual([7000000001n, 42n]);
    expect(config.apiRoot).toBe("http://127.0.0.1:8081");
    expect(config.mode).toEqual({ kind: "webhook", url: "https://bot.example.org/hook", secret: "s3cret-s3cret-s3cret", port: 9000 });
  });

  it("names a missing or malformed token in one line that points to @BotFather and .env.example", () => {
    for (const env of [{}, { BOT_TOKEN: "" }, { BOT_TOKEN: "not-a-token" }]) {
      expect(() => parseConfig(env)).toThrowError(/^Configuration error: BOT_TOKEN .*@BotFather.*\. See \.env\.example\.$/);
    }
  });

  it("refuses bad admin ids, time zones, database URLs and a webhook without its settings", () => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BOT_ADMIN_IDS: "12,abc" })).toThrowError(/BOT_ADMIN_IDS "abc" is not a Telegram user id/);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: "Omsk" })).toThrowError(/DEFAULT_TIMEZONE/);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL/);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" })).toThrowError(/WEBHOOK_URL.*WEBHOOK_SECRET|WEBHOOK_SECRET.*WEBHOOK_URL/);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://x.org/h", WEBHOOK_SECRET: "s".repeat(20) })).toThrowError(/WEBHOOK_URL/);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "push" })).toThrowError(/BOT_MODE/);
  });

  it("names the Redis keys with a prefix of the owner's choosing, refusing one that is not a plain name", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: "profrost-staging" }).redisKeyPrefix).toBe("profrost-staging");
    for (const prefix of ["with space", "a:b", "x".repeat(65)]) {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, REDIS_KEY_PREFIX: prefix })).toThrowError(/REDIS_KEY_PREFIX/);
    }
  });
});
