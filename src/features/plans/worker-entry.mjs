// Starts a TypeScript module in a worker thread. A worker does not inherit the loader the main
// thread got from `node --import tsx` (nor vitest's), so it registers tsx itself first.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
