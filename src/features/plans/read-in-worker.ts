/**
 * Reads a plan document in a worker thread, so the bot answers everyone else while a large
 * document is unpacked and parsed (reading a 2,000-row .docx takes seconds of pure CPU). The
 * worker has its own heap ceiling and a deadline: a document that needs more is refused as
 * "too-complex" and only that worker dies. A few documents are read at a time; more wait.
 */
import { Worker } from "node:worker_threads";
import { PlanInputError, type ParsedPlan, type PlanInputErrorCode } from "./parser/index.ts";
import { isPdf, PDFJS_MODULES } from "./parser/pdf.ts";

/** `preload`: plain JavaScript modules the thread loads before tsx (see worker-entry.mjs). */
export type WorkerInput = { module: string; preload: readonly string[]; bytes: Uint8Array; fileName: string };
export type WorkerAnswer = { ok: true; plan: ParsedPlan } | { ok: false; code: PlanInputErrorCode; message: string };

type ReaderSettings = {
  /** The module the worker runs; tests swap in one that holds the thread. */
  module: URL;
  /** More for that module's workerData. */
  extraData: Record<string, unknown>;
  timeoutMs: number;
  heapMb: number;
  parallel: number;
};

const DEFAULTS: ReaderSettings = {
  module: new URL("./read-worker.ts", import.meta.url),
  extraData: {},
  timeoutMs: 60_000,
  heapMb: 384,
  parallel: 2,
};
let settings = DEFAULTS;

/** Changes how documents are read (tests only); returns the function that restores the defaults. */
export function configurePlanReader(changes: Partial<ReaderSettings>): () => void {
  settings = { ...settings, ...changes };
  return () => {
    settings = DEFAULTS;
  };
}

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= settings.parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const tooComplex = (why: string) => new PlanInputError("too-complex", why);

function readInWorker(bytes: Uint8Array, fileName: string): Promise<ParsedPlan> {
  const { module, extraData, timeoutMs, heapMb } = settings;
  const input: WorkerInput = { module: module.href, preload: isPdf(bytes) ? PDFJS_MODULES : [], bytes, fileName };
  const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), {
    workerData: { ...extraData, ...input },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  return new Promise<ParsedPlan>((resolve, reject) => {
    const deadline = setTimeout(() => {
      reject(tooComplex(`Reading ${fileName} took over ${timeoutMs} ms.`));
      void worker.terminate();
    }, timeoutMs);
    worker.once("message", (answer: WorkerAnswer) => {
      clearTimeout(deadline);
      if (answer.ok) resolve(answer.plan);
      else reject(new PlanInputError(answer.code, answer.message));
      void worker.terminate();
    });
    worker.once("error", (error: Error & { code?: string }) => {
      clearTimeout(deadline);
      reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex(`Reading ${fileName} ran out of its ${heapMb} MB.`) : error);
    });
    worker.once("exit", (code) => {
      clearTimeout(deadline);
      reject(new Error(`The plan reader stopped (exit code ${code}) before answering.`));
    });
  });
}

/** readPlanDocument, off the main thread: the plan, or a PlanInputError that says why not. */
export function readPlanDocumentInWorker(bytes: Uint8Array, fileName: string): Promise<ParsedPlan> {
  return inTurn(() => readInWorker(bytes, fileName));
}
