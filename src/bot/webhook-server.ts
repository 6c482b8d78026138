import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import { BotError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.ts";

export type WebhookServerOptions<C extends Context> = {
  bot: Bot<C>;
  /** The path of the webhook URL; requests elsewhere get 404. */
  path: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; requests without it get 401. */
  secret: string;
  /** 0 picks a free port (tests); the chosen one is returned. */
  port: number;
  logger: Logger;
  /** Telegram's updates are a few kilobytes: a far larger body is not from Telegram. */
  maxBodyBytes?: number;
  /**
   * A plan import can take longer than Telegram waits: answer by then and finish the work, rather
   * than fail the request and have Telegram deliver the same update again.
   */
  answerWithinMs?: number;
};

export type WebhookServer = {
  port: number;
  /** Stops accepting requests and waits for the updates still being handled. */
  close(): Promise<void>;
};

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Receives updates from Telegram; a bad request is refused with its status and never ends the process. */
export async function startWebhookServer<C extends Context>(options: WebhookServerOptions<C>): Promise<WebhookServer> {
  const { bot, path, secret, logger, maxBodyBytes = 1024 * 1024, answerWithinMs = 55_000 } = options;
  await bot.init(); // handleUpdate needs botInfo; nothing is fetched when the caller already did this
  const handling = new Set<Promise<void>>();

  const handle = (update: Update): Promise<void> => {
    const done = bot
      .handleUpdate(update)
      .catch((error: unknown) => report(bot, logger, error))
      .finally(() => handling.delete(done));
    handling.add(done);
    return done;
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST" || pathOf(req) !== path) return void res.writeHead(404).end();
    if (!sameSecret(req.headers[SECRET_HEADER], secret)) return refuse(res, logger, 401, "secret token is wrong");
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined) return refuse(res, logger, 413, `body over ${maxBodyBytes} bytes`);
    const update = parseUpdate(body);
    if (update === undefined) return refuse(res, logger, 400, "body is not an update");
    await whicheverFirst(handle(update), answerWithinMs);
    res.writeHead(200).end();
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, resolve);
  });
  const { port } = server.address() as AddressInfo; // a server listening on a port has an AddressInfo

  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...handling]);
    },
  };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://localhost").pathname;
}

/** Compared in constant time, as grammY does, so the secret cannot be guessed byte by byte. */
function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? "") : (header ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body, or undefined once it exceeds maxBytes (by its Content-Length, or as it streams in). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(req.headers["content-length"]) > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off("data", onData);
      resolve(undefined);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

function parseUpdate(body: Buffer): Update | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    const isUpdate = typeof parsed === "object" && parsed !== null && typeof (parsed as { update_id?: unknown }).update_id === "number";
    return isUpdate ? (parsed as Update) : undefined;
  } catch {
    return undefined;
  }
}

/** The connection is closed after a refusal: the rest of a refused body is not worth reading. */
function refuse(res: ServerResponse, logger: Logger, status: number, reason: string): void {
  logger.warn({ status, reason }, "webhook request refused");
  res.writeHead(status, { connection: "close", "content-type": "text/plain" }).end(reason);
}

/** Middleware errors go to bot.catch, as with polling; the update counts as handled. */
async function report<C extends Context>(bot: Bot<C>, logger: Logger, error: unknown): Promise<void> {
  try {
    if (error instanceof BotError) await bot.errorHandler(error);
    else throw error;
  } catch (unhandled) {
    logger.error({ err: unhandled }, "update failed");
  }
}

function whicheverFirst(task: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([task, deadline]).finally(() => clearTimeout(timer));
}
