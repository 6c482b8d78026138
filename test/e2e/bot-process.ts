// The real process, `npm start`, for end-to-end tests: spawned in its own process group so that
// whatever it leaves behind (sh, node) can be killed at once, with its output kept for
// failure messages and its pino lines parsed.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { adminQuery, pgUrl, testProvider, testTmpDir } from "../support/db-names.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TOKEN = "123456:" + "ABCdefGhIJKlmnoPQRstuVWXyz0123456-_";

/** Settings the bot reads; the parent's values never leak into the child. */
const CONFIG_KEYS = [
  "BOT_TOKEN", "DATABASE_URL", "TELEGRAM_API_ROOT", "BOT_ADMIN_IDS", "BOT_MODE", "WEBHOOK_URL",
  "WEBHOOK_SECRET", "PORT", "DEFAULT_TIMEZONE", "LOG_LEVEL", "SEND_RATE_PER_SECOND", "REDIS_URL",
  "PAID_BROADCASTS", "PAID_SEND_RATE_PER_SECOND", "SUPPORT_CONTACT", "QUIET_HOURS", "REDIS_KEY_PREFIX",
];

export type LogLine = { level: number; msg: string; [key: string]: unknown };
export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };

export type BotProcess = {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** The pino lines printed so far. */
  logs(): LogLine[];
  /** Resolves with the first log line whose msg is `msg` (past or future). */
  waitForLog(msg: string, timeoutMs?: number): Promise<LogLine>;
  /** Resolves when `npm start` exits; rejects after `timeoutMs`. */
  waitForExit(timeoutMs?: number): Promise<Exit>;
  /** The exit, once it happened. */
  exit(): Exit | undefined;
  /** The node process running src/main.ts (under npm; `exec` replaced the shell). */
  botPid(): number;
  /**
   * The processes still alive in the process group `npm start` leads ("pid args"), once they are
   * all gone or after `graceMs` (a child such as tsx's esbuild service may take a moment to end).
   */
  leftovers(graceMs?: number): Promise<string[]>;
  /** stdout and stderr, for failure messages. */
  transcript(): string;
};

const running = new Set<BotProcess>();

/** `npm start` in the repository root with exactly these settings (and the parent's PATH etc.). */
export function startBot(settings: Record<string, string>): BotProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of CONFIG_KEYS) delete env[key];
  Object.assign(env, settings);
  // A developer's .env must not fill in what a test leaves out (both src/main.ts and
  // prisma/migrate.config.ts load it through dotenv/config, which honours DOTENV_CONFIG_PATH).
  env.DOTENV_CONFIG_PATH = path.join(testTmpDir(), "no-such.env");
  const child = spawn("npm", ["start"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error("npm start did not spawn");
  const pid = child.pid;
  let out = "";
  let err = "";
  let exit: Exit | undefined;
  const logs: LogLine[] = [];
  const logWaiters = new Set<(line: LogLine) => void>();
  let pending = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const parsed = parseLogLine(line);
      if (!parsed) continue;
      logs.push(parsed);
      for (const waiter of [...logWaiters]) waiter(parsed);
    }
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal, at: Date.now() };
      resolve(exit);
    });
  });

  const proc: BotProcess = {
    child,
    pid,
    stdout: () => out,
    stderr: () => err,
    logs: () => [...logs],
    exit: () => exit,
    transcript: () => `--- npm start (pid ${pid}) exit ${JSON.stringify(exit ?? "none yet")}\n--- stdout:\n${tail(out)}\n--- stderr:\n${tail(err)}`,
    waitForLog: (msg, timeoutMs = 30_000) => {
      const seen = logs.find((line) => line.msg === msg);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const done = (line?: LogLine, error?: Error): void => {
          clearTimeout(timer);
          logWaiters.delete(onLine);
          if (line) resolve(line);
          else reject(error);
        };
        const onLine = (line: LogLine): void => {
          if (line.msg === msg) done(line);
        };
        logWaiters.add(onLine);
        const timer = setTimeout(() => done(undefined, new Error(`No log line "${msg}" within ${timeoutMs} ms\n${proc.transcript()}`)), timeoutMs);
        void exited.then(() => {
          // Let the last chunks of output arrive before giving up.
          setTimeout(() => {
            if (logWaiters.has(onLine)) done(undefined, new Error(`npm start exited before logging "${msg}"\n${proc.transcript()}`));
          }, 200);
        });
      });
    },
    waitForExit: (timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not exit within ${timeoutMs} ms\n${proc.transcript()}`)), timeoutMs);
        void exited.then((e) => {
          clearTimeout(timer);
          // stdout/stderr may still be draining after "exit"; "close" follows once they are, unless
          // an orphaned descendant still holds the pipes: then give up waiting after a moment.
          if (child.stdout?.readableEnded !== false && child.stderr?.readableEnded !== false) return resolve(e);
          const drained = setTimeout(() => resolve(e), 1000);
          child.once("close", () => {
            clearTimeout(drained);
            resolve(e);
          });
        });
      }),
    botPid: () => {
      const bot = processTree(pid).filter((p) => p.args.includes("src/main.ts") && !p.args.includes("/.bin/tsx") && !/^sh /.test(p.args));
      const leaf = bot.find((p) => !bot.some((other) => other.ppid === p.pid));
      if (!leaf) throw new Error(`No node process running src/main.ts under npm start (pid ${pid})\n${proc.transcript()}`);
      return leaf.pid;
    },
    leftovers: async (graceMs = 3000) => {
      const deadline = Date.now() + graceMs;
      for (;;) {
        const left = groupMembers(pid);
        if (left.length === 0 || Date.now() > deadline) return left;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
  running.add(proc);
  return proc;
}

/** Kills every process group started by startBot (SIGKILL) and forgets them. */
export function killAll(): void {
  for (const proc of running) {
    try {
      process.kill(-proc.pid, "SIGKILL");
    } catch {
      // ESRCH: the whole group is gone already
    }
    running.delete(proc);
  }
}
process.once("exit", killAll);

type Ps = { pid: number; ppid: number; pgid: number; args: string };

function ps(): Ps[] {
  const text = execFileSync("ps", ["-A", "-o", "pid=,ppid=,pgid=,args="], { encoding: "utf8" });
  return text
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .flatMap((m) => (m ? [{ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4] ?? "" }] : []));
}

/** `root` and its descendants. */
function processTree(root: number): Ps[] {
  const all = ps();
  const tree: Ps[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    for (const p of all) {
      if (p.pid === pid) tree.push(p);
      if (p.ppid === pid) queue.push(p.pid);
    }
  }
  return tree;
}

function groupMembers(pgid: number): string[] {
  return ps()
    .filter((p) => p.pgid === pgid && !/^\[|<defunct>/.test(p.args))
    .map((p) => `${p.pid} ${p.args}`);
}

function parseLogLine(line: string): LogLine | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const record = parsed as Record<string, unknown>;
    return typeof record.msg === "string" && typeof record.level === "number" ? { ...record, level: record.level, msg: record.msg } : undefined;
  } catch {
    return undefined;
  }
}

function tail(text: string, max = 6000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

export type FreshDatabase = { url: string; drop(): Promise<void> };

/** An empty database of the provider under test; `npm start` must migrate it. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `e2e_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  if (testProvider() === "postgres") {
    await adminQuery(`CREATE DATABASE "${name}"`);
    return { url: pgUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const file = path.join(testTmpDir(), `${name}.db`);
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Polls `check` until it returns a value other than undefined, or fails with `describe()`. */
export async function until<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
