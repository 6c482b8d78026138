// FakeTelegram over real HTTP, for end-to-end tests of the real process (`TELEGRAM_API_ROOT=<url>`)
// and of polling with @grammyjs/runner. The user's updates wait in a queue for getUpdates.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { FakeTelegram, type RecordedCall, type UpdateInput } from "./fake-telegram.ts";
import { FakeUser, type UserOptions } from "./harness.ts";

export type FakeBotApi = {
  /** The apiRoot, e.g. http://127.0.0.1:40123 */
  url: string;
  telegram: FakeTelegram;
  pushUpdate(update: UpdateInput): Update;
  /** A user whose send()/press() queue updates; they resolve at once, so follow with waitForReply(). */
  user(opts?: UserOptions): FakeUser;
  /** The first recorded call (past or future) matching `predicate`, once it has been answered. */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Ends held long polls with [], then stops the server. */
  close(): Promise<void>;
};

export async function startFakeBotApi(telegram = new FakeTelegram()): Promise<FakeBotApi> {
  const server = createServer((req, res) => {
    serve(telegram, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo; // listen() on a port always yields an AddressInfo
  let nextId = 7_000_000_001;
  const deliver = async (update: Update): Promise<void> => {
    telegram.pushUpdate(update);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    telegram,
    pushUpdate: (update) => telegram.pushUpdate(update),
    user: (opts = {}) => new FakeUser(telegram, deliver, { ...opts, id: opts.id ?? nextId++ }),
    waitFor: (predicate, timeoutMs = 5000) => telegram.waitForCall(predicate, timeoutMs),
    close: async () => {
      telegram.close();
      // Let the released polls' answers reach the socket before connections are cut.
      await new Promise((resolve) => setImmediate(resolve));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function serve(telegram: FakeTelegram, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  // A client that gives up (runner.stop() aborts its long poll) closes the response early.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  let answer;
  try {
    answer = await telegram.handleHttp({
      url: req.url ?? "/",
      contentType: req.headers["content-type"] ?? "",
      body: new Uint8Array(Buffer.concat(chunks)),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) return;
    throw error;
  }
  res.writeHead(answer.status, { "content-type": answer.contentType });
  res.end(typeof answer.body === "string" ? answer.body : Buffer.from(answer.body));
}
