/**
 * A plan reader for tests that holds its worker thread (Atomics.wait blocks the thread, as a long
 * parse would) until the test releases it, then reads as the real one does. workerData.hold:
 * [0] set to 1 by the test to release, [1] set to 1 here once the thread is held.
 */
import { workerData } from "node:worker_threads";

const { hold } = workerData as { hold: Int32Array };
Atomics.store(hold, 1, 1);
Atomics.notify(hold, 1);
Atomics.wait(hold, 0, 0);
await import("../../../../src/features/plans/read-worker.ts");
