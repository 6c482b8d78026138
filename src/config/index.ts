import { z } from "zod";
import { DEFAULT_SQLITE_URL } from "../db/url.ts";
import { parseQuietHours, type QuietHours } from "../core/quiet-hours.ts";

const telegramIds = z
  .string()
  .default("")
  .transform((raw, ctx) => {
    const ids: bigint[] = [];
    for (const part of raw.split(",").map((p) => p.trim()).filter(Boolean)) {
      if (!/^\d{1,20}$/.test(part)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a Telegram user id` });
        return z.NEVER;
      }
      ids.push(BigInt(part));
    }
    return ids;
  });

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "is not an IANA time zone such as Asia/Omsk");

const common = {
  BOT_TOKEN: z
    .string({ error: "is required: get a token from @BotFather" })
    .regex(/^\d+:[\w-]{30,}$/, "does not look like a token from @BotFather (digits:letters)"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_SQLITE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: or postgresql://"),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  BOT_ADMIN_IDS: telegramIds,
  DEFAULT_TIMEZONE: timeZone.default("Asia/Omsk"),
  // Nothing the bot sends on its own arrives between these times in the person's zone (they may set their own).
  QUIET_HOURS: z
    .string()
    .default("21:00-08:00")
    .transform((text, ctx) => parseQuietHours(text) ?? (ctx.addIssue({ code: "custom", message: 'must be two times such as "21:00-08:00"' }), z.NEVER)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Telegram takes about 30 messages a second from a bot; the rest is headroom for answers to taps.
  SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(25),
  // Urgent announcements as Telegram's paid broadcasts (up to 1,000 a second, paid in Stars): off unless the owner switches it on.
  PAID_BROADCASTS: z.enum(["on", "off"]).default("off"),
  PAID_SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(1000),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// URL" }).optional(),
  // Names every key the bot keeps in Redis: instances share the rate and the locks only under the same one.
  REDIS_KEY_PREFIX: z.string().regex(/^[\w.-]{1,64}$/, "must be 1-64 characters of A-Z, a-z, 0-9, _, . and -").default("profrost"),
  SUPPORT_CONTACT: z.string().trim().min(1).max(200, "must be at most 200 characters").optional(),
};

const envSchema = z.discriminatedUnion("BOT_MODE", [
  z.object({ ...common, BOT_MODE: z.literal("polling") }),
  z.object({
    ...common,
    BOT_MODE: z.literal("webhook"),
    WEBHOOK_URL: z.url({ protocol: /^https$/, error: "must be an https:// URL Telegram can reach" }),
    WEBHOOK_SECRET: z.string({ error: "is required in webhook mode" }).regex(/^[\w-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ and -"),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  }),
]);

type Env = z.infer<typeof envSchema>;

export type Config = {
  botToken: string;
  databaseUrl: string;
  apiRoot: string;
  adminIds: bigint[];
  defaultTimezone: string;
  /** When nothing is sent on the bot's own initiative, unless a person set their own hours. */
  quietHours: QuietHours;
  logLevel: Env["LOG_LEVEL"];
  /** Messages a second the outbox sends, shared by every instance through Redis when redisUrl is set. */
  sendRatePerSecond: number;
  /** Messages a second of urgent announcements sent as paid broadcasts; null when paid broadcasts are off. */
  paidSendRatePerSecond: number | null;
  redisUrl: string | undefined;
  /** Starts the name of every Redis key; deployments sharing one Redis keep apart under different ones. */
  redisKeyPrefix: string;
  /** Who people ask for help (/help names them); unset: their school's coordinator. */
  supportContact: string | undefined;
  mode: { kind: "polling" } | { kind: "webhook"; url: string; secret: string; port: number };
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment; a ConfigError's message is one line naming every bad key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse({ BOT_MODE: "polling", ...cleaned });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "BOT_MODE"} ${issue.message}`);
    throw new ConfigError(`Configuration error: ${problems.join("; ")}. See .env.example.`);
  }
  const e = result.data;
  return {
    botToken: e.BOT_TOKEN,
    databaseUrl: e.DATABASE_URL,
    apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    adminIds: e.BOT_ADMIN_IDS,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    quietHours: e.QUIET_HOURS,
    logLevel: e.LOG_LEVEL,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    paidSendRatePerSecond: e.PAID_BROADCASTS === "on" ? e.PAID_SEND_RATE_PER_SECOND : null,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    supportContact: e.SUPPORT_CONTACT,
    mode:
      e.BOT_MODE === "webhook"
        ? { kind: "webhook", url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, port: e.PORT }
        : { kind: "polling" },
  };
}
