/** The worker side of read-in-worker.ts: reads one document and posts the plan or the reason it cannot. */
import { parentPort, workerData } from "node:worker_threads";
import { PlanInputError, readPlanDocument } from "./parser/index.ts";
import type { WorkerAnswer, WorkerInput } from "./read-in-worker.ts";

const { bytes, fileName } = workerData as WorkerInput;
let answer: WorkerAnswer;
try {
  answer = { ok: true, plan: await readPlanDocument(bytes, fileName) };
} catch (error) {
  if (!(error instanceof PlanInputError)) throw error;
  answer = { ok: false, code: error.code, message: error.message };
}
parentPort!.postMessage(answer);
